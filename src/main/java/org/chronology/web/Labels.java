package org.chronology.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.TsvResource;

/**
 * How events read to a person, in the interface language of the request ({@link Ui}): labels for
 * codes and honest date labels (never a day when only the month is known). Digits follow the
 * reader's choice ({@code ?digits=arab}).
 */
@TemplateExtension(namespace = "label")
public final class Labels {

  /** A small pictogram per type, shown next to its label (decorative, aria-hidden). */
  private Labels() {}

  /**
   * Both languages' bundles and month names, looked up once per container: a page asks for labels
   * tens to hundreds of times (the legend, the type select, two per mark of an axis of up to 120),
   * and each {@link MessageBundles#get} resolved the bean anew through a new qualifier literal (14%
   * of the chronology's render in a profile), each month name splitting the bundle's list with a
   * regular expression.
   */
  private record Bundles(
      ArcContainer container, Msg ar, Msg en, String[] arMonths, String[] enMonths) {}

  private static volatile Bundles bundles;

  private static Bundles bundles() {
    ArcContainer c = Arc.container();
    Bundles b = bundles;
    if (b == null || b.container() != c) {
      Msg ar = MessageBundles.get(Msg.class, Localized.Literal.of("ar"));
      Msg en = MessageBundles.get(Msg.class, Localized.Literal.of("en"));
      b = new Bundles(c, ar, en, months(ar), months(en));
      bundles = b;
    }
    return b;
  }

  private static String[] months(Msg m) {
    return m.monthNames().split("[;\u061B]");
  }

  private static Msg bundle(boolean en) {
    Bundles b = bundles();
    return en ? b.en() : b.ar();
  }

  public static String type(String code) {
    return code == null ? "" : msg().typeName(code);
  }

  public static String status(String code) {
    return code == null ? "" : msg().statusName(code);
  }

  public static String review(String code) {
    return code == null ? "" : msg().reviewName(code);
  }

  public static String role(String code) {
    return code == null ? "" : msg().roleName(code);
  }

  public static String precision(String code) {
    return code == null ? "" : msg().precisionName(code);
  }

  public static String kind(String code) {
    return code == null ? "" : msg().kindName(code);
  }

  /**
   * A role standing on its own, as an option of a list: "Visitor" (in a sentence: {@link #role}).
   */
  public static String roleLabel(String code) {
    return code == null ? "" : standing(msg().roleName(code));
  }

  /** A date's precision standing on its own, as an option of a list or a field's value: "Day". */
  public static String precisionLabel(String code) {
    return code == null ? "" : standing(msg().precisionName(code));
  }

  /** An actor's kind standing on its own, as an option of a list or a field's value: "Person". */
  public static String kindLabel(String code) {
    return code == null ? "" : standing(msg().kindName(code));
  }

  /**
   * A word of a sentence standing on its own (an option of a list, a field's value): its first
   * letter capitalised, as the type and status labels are in English; Arabic has no case, so it is
   * the same.
   */
  private static String standing(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  /** The interface texts in the reader's language, for labels built in Java. */
  private static Msg msg() {
    return bundle(Ui.current().isEn());
  }

  /** Common offices' English names, by {@link ArabicNormalizer#key} of the stored office. */
  private static final Map<String, String> OFFICES_EN = officesEn();

  private static Map<String, String> officesEn() {
    Map<String, String> out = new HashMap<>();
    for (String[] r : TsvResource.read("/lang/ar/offices-en.tsv", 2)) {
      if (!r[1].isEmpty()) {
        out.put(ArabicNormalizer.key(r[0]), r[1]);
      }
    }
    return out;
  }

  /**
   * An actor's office as the reader can read it: as stored (Arabic) on the Arabic page; on the
   * English page its English name from {@code lang/ar/offices-en.tsv}, else an empty string (the
   * page then leaves the office out rather than show a line of Arabic in English).
   */
  public static String office(String office) {
    if (office == null || office.isBlank()) {
      return "";
    }
    if (!Ui.current().isEn()) {
      return office;
    }
    return OFFICES_EN.getOrDefault(ArabicNormalizer.key(office.strip()), "");
  }

  /** A field of a revision snapshot or of {@code edited_fields}, named for people. */
  public static String field(String code) {
    return msg().field(code);
  }

  public static String yesNo(boolean yes) {
    return yes ? msg().yes() : msg().no();
  }

  /**
   * A moment as "1 December 2026, 10:42" (UTC, to the minute) in the reader's language and digits.
   */
  public static String timestamp(OffsetDateTime t) {
    if (t == null) {
      return "";
    }
    OffsetDateTime u = t.withOffsetSameInstant(ZoneOffset.UTC);
    boolean en = Ui.current().isEn();
    String text =
        u.getDayOfMonth()
            + " "
            + monthName(u.getMonthValue(), en)
            + " "
            + u.getYear()
            + msg().sep()
            + " "
            + String.format(java.util.Locale.ROOT, "%02d:%02d", u.getHour(), u.getMinute());
    return Ui.current().digits(text);
  }

  /** An ISO timestamp for {@code <time datetime>}, to the second. */
  public static String isoInstant(OffsetDateTime t) {
    return t == null ? "" : t.withOffsetSameInstant(ZoneOffset.UTC).withNano(0).toString();
  }

  /** A confidence (0–1) as a whole percentage ("80%"), in the reader's digits. */
  public static String percent(Object confidence) {
    if (confidence == null) {
      return "";
    }
    double v = ((Number) confidence).doubleValue();
    return Ui.current().digits(String.valueOf(Math.round(v * 100))) + msg().percent();
  }

  /**
   * A name inside a sentence of the interface, isolated (U+2068 … U+2069) so that an Arabic name in
   * an English sentence does not turn the sentence around it ("events 2 :سامي" for "سامي: 2
   * events"): for texts that cannot hold a {@code <bdi>}, like a message with the name inside.
   */
  public static String isolated(String name) {
    return name == null ? "" : "\u2068" + name + "\u2069";
  }

  /** A number in the reader's digits. */
  public static String num(Object n) {
    return Ui.current().digits(String.valueOf(n));
  }

  /**
   * Which form an Arabic noun counted by {@code n} takes, as news writes it (CLDR's Arabic plural
   * categories): {@code zero} (a phrase like "no events"), {@code one}, {@code two} (the dual),
   * {@code few} (the last two digits 3–10: plural genitive), {@code many} (11–99: singular
   * accusative) and {@code other} (00, 01, 02 after hundreds and thousands: singular genitive, «100
   * حدث», «101 حدث»). The messages switch on it, so the rule is written once.
   */
  public static String arabicCount(Object n) {
    long v = Math.abs(((Number) n).longValue());
    long lastTwo = v % 100;
    if (v == 0) {
      return "zero";
    } else if (v == 1) {
      return "one";
    } else if (v == 2) {
      return "two";
    } else if (lastTwo >= 3 && lastTwo <= 10) {
      return "few";
    } else if (lastTwo >= 11) {
      return "many";
    }
    return "other";
  }

  /**
   * A time in office (an actor's "Active"), in the page's words and digits and read in the page's
   * direction: "since 31 October 2003", "until 15 May 2018", "31 October 2003 – 15 May 2018".
   */
  public static String period(LocalDate from, LocalDate to) {
    return Ui.current().digits(period(from, to, Ui.current().isEn()));
  }

  static String period(LocalDate from, LocalDate to, boolean en) {
    if (from == null && to == null) {
      return "";
    }
    if (to == null) {
      return bundle(en).dateSince(day(from, en));
    }
    if (from == null) {
      return bundle(en).dateUntil(day(to, en));
    }
    return day(from, en) + " – " + day(to, en);
  }

  /** An ISO date in the reader's digits. */
  public static String iso(LocalDate d) {
    return d == null ? "…" : Ui.current().digits(d.toString());
  }

  /**
   * A chosen day as the page writes days ("4 March 2022"), beside a native date box, which shows it
   * in the browser's locale format, not the page's; empty for none.
   */
  public static String dayOf(LocalDate d) {
    return d == null ? "" : Ui.current().digits(day(d, Ui.current().isEn()));
  }

  /**
   * {@link #dayOf(LocalDate)} of a day written as ISO (an active filter's chip: "From: 4 March
   * 2022"); empty for none or for what is no ISO day (a form sent back with its error).
   */
  public static String dayOfIso(String iso) {
    if (iso == null || iso.isEmpty()) {
      return "";
    }
    try {
      return dayOf(LocalDate.parse(iso.strip()));
    } catch (java.time.format.DateTimeParseException e) {
      return "";
    }
  }

  /** The reader's month names, ";"-separated, for js/filters.js to write a chosen day as above. */
  public static String monthList() {
    Bundles b = bundles();
    return String.join(";", Ui.current().isEn() ? b.enMonths() : b.arMonths());
  }

  /** A month heading: "May 2022" in the reader's language. */
  public static String month(int year, int month) {
    return Ui.current().digits(monthName(month, Ui.current().isEn()) + " " + year);
  }

  /**
   * The date as a reader should understand it: never a day when only the month is known, a range
   * for weeks and periods, "about" for approximate dates.
   */
  public static String date(Dated d) {
    return Ui.current().digits(date(d, Ui.current().isEn()));
  }

  static String date(Dated d, boolean en) {
    if (d == null || d.start() == null && d.end() == null) {
      return bundle(en).dateUnknown();
    }
    String body = interval(d.start(), d.end(), d.precision(), en);
    if (!d.approximate()) {
      return body;
    }
    return bundle(en).dateAbout(body);
  }

  static String interval(LocalDate start, LocalDate end, String precision, boolean en) {
    if (start == null) {
      return bundle(en).dateUntil(day(end, en));
    }
    if (end == null) {
      return bundle(en)
          .dateSince(precision.equals("day") ? day(start, en) : String.valueOf(start.getYear()));
    }
    switch (precision) {
      case "day":
        return start.equals(end) ? day(start, en) : range(start, end, en);
      case "week":
        return range(start, end, en);
      case "month":
        if (start.getMonth() == end.getMonth() && start.getYear() == end.getYear()) {
          return month(start, en);
        }
        return month(start, en) + " – " + month(end, en);
      case "season":
        return month(start, en) + " – " + month(end, en);
      case "decade":
        if (end.getYear() - start.getYear() == 9 && start.getYear() % 10 == 0) {
          return bundle(en)
              .decadeOf(String.valueOf(start.getYear()), String.valueOf(end.getYear()));
        }
        return start.getYear() + "–" + end.getYear();
      case "century":
        int c = (start.getYear() / 100) + 1;
        return bundle(en).centuryOf(String.valueOf(c));
      default:
        return start.getYear() == end.getYear()
            ? String.valueOf(start.getYear())
            : start.getYear() + "–" + end.getYear();
    }
  }

  private static String range(LocalDate start, LocalDate end, boolean en) {
    if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
      return start.getDayOfMonth() + "–" + end.getDayOfMonth() + " " + month(end, en);
    }
    if (ChronoUnit.DAYS.between(start, end) > 366) {
      return start.getYear() + "–" + end.getYear();
    }
    return day(start, en) + " – " + day(end, en);
  }

  private static String day(LocalDate d, boolean en) {
    return d.getDayOfMonth() + " " + month(d, en);
  }

  private static String month(LocalDate d, boolean en) {
    return monthName(d.getMonthValue(), en) + " " + d.getYear();
  }

  private static String monthName(int month, boolean en) {
    Bundles b = bundles();
    return (en ? b.enMonths() : b.arMonths())[month - 1];
  }
}
