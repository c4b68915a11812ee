package org.chronology.time;

import java.time.LocalDate;
import java.util.function.Function;
import org.chronology.text.NormalizedText;

/**
 * A match on the normalised text, before overlaps are settled. Immutable: every change is a {@code
 * with…} copy, so a pass that touches one field cannot forget another.
 *
 * @param s start offset in the normalised text
 * @param e exclusive end offset in the normalised text
 * @param against the publication date a relative phrase was resolved against
 * @param kind what later passes may do with it (merge a Hijri date, resolve "the same year")
 * @param follow for a phrase that follows an earlier date ("العام نفسه", "في اليوم التالي"): the
 *     phrase resolved from that date
 */
record Cand(
    int s,
    int e,
    LocalDate start,
    LocalDate end,
    Precision precision,
    boolean approximate,
    boolean relative,
    LocalDate against,
    boolean mismatch,
    EventAnchor anchor,
    Kind kind,
    Function<LocalDate, Cand> follow) {

  /** What the merge passes may do with a candidate. */
  enum Kind {
    PLAIN,
    HIJRI,
    /** "العام نفسه": the year of the closest earlier date of year precision or finer. */
    SAME_YEAR(Precision.YEAR),
    /** "الشهر نفسه": the month of the closest earlier date of month precision or finer. */
    SAME_MONTH(Precision.MONTH),
    /**
     * "في 15 من الشهر نفسه": a day of that month; unresolved, not dropped, when there is none (the
     * day makes it a date phrase).
     */
    DAY_OF_SAME_MONTH(Precision.MONTH),
    /** "الأسبوع نفسه": the week of the closest earlier date of week precision or finer. */
    SAME_WEEK(Precision.WEEK),
    /** "اليوم نفسه", "في اليوم التالي": from the closest earlier date of day precision. */
    SAME_DAY(Precision.DAY),
    /**
     * "وبعد أربعة أشهر" in a past narrative: counted from the date told just before (days and weeks
     * from a day, months and years from a month); without one it keeps its own reading from the
     * publication date.
     */
    AFTER_EARLIER_DAY(Precision.DAY),
    AFTER_EARLIER_MONTH(Precision.MONTH);

    /** How fine the earlier date must be; null for a phrase that follows nothing. */
    final Precision needs;

    Kind() {
      this(null);
    }

    Kind(Precision needs) {
      this.needs = needs;
    }

    boolean follows() {
      return needs != null;
    }

    /** A follower that is already resolved on its own and only refined by an earlier date. */
    boolean keepsOwnReading() {
      return this == AFTER_EARLIER_DAY || this == AFTER_EARLIER_MONTH;
    }
  }

  /** An absolute phrase with its interval; null when the interval is. */
  static Cand absolute(int s, int e, Interval iv, boolean approximate) {
    return known(s, e, iv, approximate, false, null);
  }

  /** A relative phrase resolved against {@code pub}; null when the interval is. */
  static Cand resolved(int s, int e, Interval iv, boolean approximate, LocalDate pub) {
    return known(s, e, iv, approximate, true, pub);
  }

  /** A relative phrase that cannot be resolved (no publication date, no earlier year ...). */
  static Cand unresolved(int s, int e, boolean approximate) {
    return pending(s, e, approximate, null, Kind.PLAIN, null);
  }

  /**
   * A phrase resolved later from the closest earlier date fine enough for {@code kind}: {@code at}
   * maps that date (its last day) to the phrase's interval.
   */
  static Cand follower(
      Kind kind, int s, int e, boolean approximate, Function<LocalDate, Interval> at) {
    return pending(
        s, e, approximate, null, kind, ref -> absolute(s, e, at.apply(ref), approximate));
  }

  /** A date relative to another event of the article ("قبل يومين من ..."). */
  static Cand anchored(int s, int e, EventAnchor anchor) {
    return pending(s, e, anchor.approximate(), anchor, Kind.PLAIN, null);
  }

  private static Cand known(
      int s, int e, Interval iv, boolean approximate, boolean relative, LocalDate against) {
    if (iv == null) {
      return null;
    }
    return new Cand(
        s,
        e,
        iv.start(),
        iv.end(),
        iv.precision(),
        approximate,
        relative,
        against,
        false,
        null,
        Kind.PLAIN,
        null);
  }

  /** A relative phrase whose interval is not known yet. */
  private static Cand pending(
      int s,
      int e,
      boolean approximate,
      EventAnchor anchor,
      Kind kind,
      Function<LocalDate, Cand> follow) {
    return new Cand(
        s, e, null, null, Precision.UNKNOWN, approximate, true, null, false, anchor, kind, follow);
  }

  boolean resolvedInterval() {
    return start != null && end != null;
  }

  Cand withSpan(int ns, int ne) {
    return new Cand(
        ns,
        ne,
        start,
        end,
        precision,
        approximate,
        relative,
        against,
        mismatch,
        anchor,
        kind,
        follow);
  }

  Cand withInterval(LocalDate ns, LocalDate ne, Precision p) {
    return new Cand(
        s, e, ns, ne, p, approximate, relative, against, mismatch, anchor, kind, follow);
  }

  /** Opens the interval ("منذ ..."): no end. */
  Cand open() {
    return withInterval(start, null, precision);
  }

  Cand withApproximate(boolean a) {
    return new Cand(
        s, e, start, end, precision, a, relative, against, mismatch, anchor, kind, follow);
  }

  /** Sets the weekday-mismatch flag when {@code m} is true (never clears it). */
  Cand withMismatch(boolean m) {
    if (!m) {
      return this;
    }
    return new Cand(
        s, e, start, end, precision, approximate, relative, against, true, anchor, kind, follow);
  }

  Cand withKind(Kind k) {
    return withFollow(k, follow);
  }

  /** The same phrase, re-read from an earlier date when one is close enough ({@code kind}). */
  Cand countedFromEarlier(Kind k, Function<LocalDate, Interval> at) {
    return withFollow(k, ref -> absolute(s, e, at.apply(ref), approximate));
  }

  private Cand withFollow(Kind k, Function<LocalDate, Cand> f) {
    return new Cand(
        s, e, start, end, precision, approximate, relative, against, mismatch, anchor, k, f);
  }

  Cand withAnchor(EventAnchor a) {
    return new Cand(
        s, e, start, end, precision, approximate, relative, against, mismatch, a, kind, follow);
  }

  /** This candidate as the tagger returns it, with offsets and text in the original text. */
  TemporalExpression toExpression(NormalizedText nt) {
    int os = nt.originalStart(s);
    int oe = nt.originalEnd(e);
    return new TemporalExpression(
        os,
        oe,
        nt.original().substring(os, oe),
        start,
        end,
        precision,
        approximate,
        against,
        relative,
        mismatch,
        anchor);
  }
}
