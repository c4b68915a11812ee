package org.chronology.time;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.regex.Matcher;
import org.chronology.text.ArabicNormalizer;

/**
 * Hijri (Umm al-Qura) dates and years. A Hijri date followed by its Gregorian equivalent is merged
 * into the Gregorian one later ({@link CandidateMerger}). A Hijri month without a year ("رمضان
 * الماضي", "غرة شوال", "العشر الأواخر من رمضان", "خلال شهر رمضان") is placed like a Gregorian one:
 * the most recent on or before the publication date, the next one in a future context; الماضي is
 * the most recent before the publication's Hijri month, المقبل the next after it.
 */
final class HijriResolver extends Resolver {

  HijriResolver(TimeLexicon lex) {
    super(lex);
  }

  Cand hijriDate(Matcher m, Rule.Ctx c) {
    int y = Integer.parseInt(m.group("y"));
    int mon = TimeLexicon.lookup(lex.hijriMonths, m.group("hm"));
    int d = day(m, c);
    if (d < 0) {
      return null;
    }
    Interval iv = interval(y, mon, d);
    if (iv == null) {
      return null;
    }
    Integer wd = TimeLexicon.lookup(lex.weekdays, m.group("wd"));
    return absolute(m, iv, false)
        .withKind(Cand.Kind.HIJRI)
        .withMismatch(
            wd != null
                && iv.precision() == Precision.DAY
                && iv.start().getDayOfWeek().getValue() != wd);
  }

  /** A Hijri month, day of a month, or part of a month, without a year. */
  Cand hijriMonth(Matcher m, Rule.Ctx c) {
    int mon = TimeLexicon.lookup(lex.hijriMonths, m.group("hm"));
    int d = day(m, c);
    String kind = partKind(m);
    String rel = TimeLexicon.lookup(lex.relative, m.group("rel"));
    if (d < 0 || (d > 0 && kind != null)) {
      return null;
    }
    String name = ArabicNormalizer.key(m.group("hm"));
    boolean strong = m.group("shahr") != null || rel != null || d > 0 || kind != null;
    boolean prep = precededBy(c.s(), m.start("e"), lex.cues.get("MONTH_CUE"));
    // "رجب", "شعبان", "صفر" are also names and a number: only with a strong cue.
    if (!strong && (!prep || lex.ambiguousHijriMonths.contains(name))) {
      return null;
    }
    boolean ahead = rel == null && inFuture(m, c);
    Cand res =
        relative(
            m,
            c,
            pub -> {
              Interval iv = placed(pub, mon, d, rel, ahead);
              return iv == null ? null : Parts.of(kind, iv, Parts.Scale.MONTH);
            },
            Parts.hedged(kind));
    return res == null ? null : res.withKind(Cand.Kind.HIJRI);
  }

  /**
   * "عيد الفطر", "أول أيام عيد الأضحى", "ثاني أيام عيد الفطر 1445", "رأس السنة الهجرية": the
   * feast's day (feasts.txt), of the Hijri year written after it or placed like a month without a
   * year.
   */
  Cand hijriFeast(Matcher m, Rule.Ctx c) {
    int[] md = TimeLexicon.lookup(lex.feasts, m.group("feast"));
    int offset = m.group("fd2") != null ? 1 : m.group("fd3") != null ? 2 : 0;
    if (m.group("y") != null) {
      Interval iv = interval(Integer.parseInt(m.group("y")), md[0], md[1]);
      return iv == null
          ? null
          : absolute(m, Interval.day(iv.start().plusDays(offset)), false).withKind(Cand.Kind.HIJRI);
    }
    String rel = TimeLexicon.lookup(lex.relative, m.group("rel"));
    boolean ahead = rel == null && inFuture(m, c);
    Cand res =
        relative(
            m,
            c,
            pub -> {
              Interval iv = placed(pub, md[0], md[1], rel, ahead);
              return iv == null ? null : Interval.day(iv.start().plusDays(offset));
            },
            false);
    return res == null ? null : res.withKind(Cand.Kind.HIJRI);
  }

  /**
   * Month {@code mon} (day {@code d}, or the whole month for 0) of the Hijri year that places it as
   * the text says: الماضي the most recent before the publication's Hijri month, المقبل the next
   * after it, else the most recent on or before the publication date (the next on or after it in a
   * future context).
   */
  private static Interval placed(LocalDate pub, int mon, int d, String rel, boolean ahead) {
    HijrahDate h = HijrahDate.from(pub);
    int hy = h.get(ChronoField.YEAR);
    int hm = h.get(ChronoField.MONTH_OF_YEAR);
    int y = hy;
    if ("PAST".equals(rel) && mon >= hm) {
      y--;
    } else if ("NEXT".equals(rel) && mon <= hm) {
      y++;
    } else if (rel == null && ahead && mon < hm) {
      y++;
    } else if (rel == null && !ahead && mon > hm) {
      y--;
    }
    Interval iv = interval(y, mon, d);
    if (rel == null && d > 0 && iv != null) {
      if (!ahead && iv.start().isAfter(pub)) {
        return interval(y - 1, mon, d);
      }
      if (ahead && iv.start().isBefore(pub)) {
        return interval(y + 1, mon, d);
      }
    }
    return iv;
  }

  Cand hijriYear(Matcher m, Rule.Ctx c) {
    int y = Integer.parseInt(m.group("y"));
    HijrahDate first = HijrahDate.of(y, 1, 1);
    HijrahDate last = HijrahDate.of(y, 12, 1);
    last = last.with(ChronoField.DAY_OF_MONTH, last.lengthOfMonth());
    Interval iv = new Interval(LocalDate.from(first), LocalDate.from(last), Precision.YEAR);
    return open(absolute(m, iv, false).withKind(Cand.Kind.HIJRI), since(m));
  }

  private static boolean since(Matcher m) {
    return m.group("since") != null;
  }

  /** The day of the match (a number or an ordinal); 0 for none, -1 when it is no day. */
  private int day(Matcher m, Rule.Ctx c) {
    int ord = ordinalDay(m, c);
    if (ord != 0) {
      return ord;
    }
    String d = group(m, "d");
    return d == null ? 0 : Integer.parseInt(d);
  }

  /** Day {@code d} of a Hijri month, or the whole month when {@code d} is 0; null if impossible. */
  private static Interval interval(int y, int mon, int d) {
    HijrahDate first = HijrahDate.of(y, mon, 1);
    if (d > first.lengthOfMonth()) {
      return null;
    }
    if (d > 0) {
      return Interval.day(LocalDate.from(HijrahDate.of(y, mon, d)));
    }
    return new Interval(
        LocalDate.from(first),
        LocalDate.from(first.with(ChronoField.DAY_OF_MONTH, first.lengthOfMonth())),
        Precision.MONTH);
  }
}
