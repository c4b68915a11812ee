package org.chronology.web;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * How events read to a person, in the interface language of the request ({@link Ui}): labels for
 * codes and honest date labels (never a day when only the month is known). Digits follow the
 * reader's choice ({@code ?digits=arab}).
 */
@TemplateExtension(namespace = "label")
public final class Labels {

  /** Month names as read across the Arab world: Levantine/Iraqi name and the Egyptian one. */
  private static final String[] MONTHS_AR = {
    "كانون الثاني/يناير",
    "شباط/فبراير",
    "آذار/مارس",
    "نيسان/أبريل",
    "أيار/مايو",
    "حزيران/يونيو",
    "تموز/يوليو",
    "آب/أغسطس",
    "أيلول/سبتمبر",
    "تشرين الأول/أكتوبر",
    "تشرين الثاني/نوفمبر",
    "كانون الأول/ديسمبر"
  };

  private static final String[] MONTHS_EN = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };

  private static final Map<String, String[]> TYPES =
      Map.of(
          "visit", new String[] {"زيارة", "Visit"},
          "meeting", new String[] {"لقاء", "Meeting"},
          "deal", new String[] {"صفقة", "Deal"},
          "diplomatic", new String[] {"دبلوماسية", "Diplomatic"},
          "incident", new String[] {"حادث", "Incident"},
          "military", new String[] {"نشاط عسكري", "Military"},
          "statement", new String[] {"تصريح", "Statement"},
          "other", new String[] {"أخرى", "Other"});

  /** A small pictogram per type, shown next to its label (decorative, aria-hidden). */
  private static final Map<String, String> ICONS =
      Map.of(
          "visit", "✈",
          "meeting", "⇄",
          "deal", "✎",
          "diplomatic", "⚑",
          "incident", "⚠",
          "military", "⚔",
          "statement", "❝",
          "other", "•");

  private static final Map<String, String[]> STATUSES =
      Map.of(
          "happened", new String[] {"وقع", "Happened"},
          "planned", new String[] {"مخطط له", "Planned"},
          "cancelled", new String[] {"أُلغي أو أُجّل", "Cancelled or postponed"},
          "reported", new String[] {"غير مؤكد", "Reported, unconfirmed"});

  private static final Map<String, String[]> REVIEWS =
      Map.of(
          "extracted", new String[] {"مستخرج آلياً", "Machine-extracted"},
          "confirmed", new String[] {"أكده محرر", "Confirmed by an editor"},
          "edited", new String[] {"عدّله محرر", "Edited by an editor"},
          "rejected", new String[] {"مرفوض", "Rejected"});

  private static final Map<String, String[]> ROLES =
      Map.ofEntries(
          Map.entry("visitor", new String[] {"زائر", "visitor"}),
          Map.entry("host", new String[] {"مضيف", "host"}),
          Map.entry("buyer", new String[] {"مشترٍ", "buyer"}),
          Map.entry("seller", new String[] {"بائع", "seller"}),
          Map.entry("attacker", new String[] {"مهاجم", "attacker"}),
          Map.entry("target", new String[] {"مستهدف", "target"}),
          Map.entry("speaker", new String[] {"متحدث", "speaker"}),
          Map.entry("participant", new String[] {"مشارك", "participant"}));

  private static final Map<String, String[]> PRECISIONS =
      Map.of(
          "day", new String[] {"يوم", "day"},
          "week", new String[] {"أسبوع", "week"},
          "month", new String[] {"شهر", "month"},
          "season", new String[] {"فصل", "season"},
          "year", new String[] {"سنة", "year"},
          "decade", new String[] {"عقد", "decade"},
          "century", new String[] {"قرن", "century"},
          "unknown", new String[] {"غير معروف", "unknown"});

  private static final Map<String, String[]> KINDS =
      Map.of(
          "person", new String[] {"شخص", "person"},
          "country", new String[] {"دولة", "country"},
          "organization", new String[] {"مؤسسة", "organization"},
          "company", new String[] {"شركة", "company"},
          "group", new String[] {"جماعة", "group"});

  private Labels() {}

  private static String pick(Map<String, String[]> table, String code) {
    if (code == null) {
      return "";
    }
    String[] both = table.get(code);
    if (both == null) {
      return code;
    }
    return Ui.current().isEn() ? both[1] : both[0];
  }

  public static String type(String code) {
    return pick(TYPES, code);
  }

  public static String icon(String code) {
    return ICONS.getOrDefault(code, "•");
  }

  public static String status(String code) {
    return pick(STATUSES, code);
  }

  public static String review(String code) {
    return pick(REVIEWS, code);
  }

  public static String role(String code) {
    return pick(ROLES, code);
  }

  public static String precision(String code) {
    return pick(PRECISIONS, code);
  }

  public static String kind(String code) {
    return pick(KINDS, code);
  }

  /** A number in the reader's digits. */
  public static String num(Object n) {
    return Ui.current().digits(String.valueOf(n));
  }

  /** An ISO date in the reader's digits. */
  public static String iso(LocalDate d) {
    return d == null ? "…" : Ui.current().digits(d.toString());
  }

  /** A month heading: "أيار/مايو 2022". */
  public static String month(int year, int month) {
    return Ui.current().digits(monthName(month, Ui.current().isEn()) + " " + year);
  }

  /**
   * The date as a reader should understand it: never a day when only the month is known, a range
   * for weeks and periods, "حوالي" / "about" for approximate dates.
   */
  public static String date(Dated d) {
    return Ui.current().digits(date(d, Ui.current().isEn()));
  }

  static String date(Dated d, boolean en) {
    if (d == null || d.start() == null && d.end() == null) {
      return en ? "date unknown" : "تاريخ غير معروف";
    }
    String body = interval(d.start(), d.end(), d.precision(), en);
    if (!d.approximate()) {
      return body;
    }
    return (en ? "about " : "حوالي ") + body;
  }

  static String interval(LocalDate start, LocalDate end, String precision, boolean en) {
    if (start == null) {
      return (en ? "until " : "حتى ") + day(end, en);
    }
    if (end == null) {
      return (en ? "since " : "منذ ")
          + (precision.equals("day") ? day(start, en) : String.valueOf(start.getYear()));
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
          return en
              ? "the " + start.getYear() + "s"
              : "عقد " + start.getYear() + "–" + end.getYear();
        }
        return start.getYear() + "–" + end.getYear();
      case "century":
        int c = (start.getYear() / 100) + 1;
        return en ? "century " + c : "القرن " + c;
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
    return (en ? MONTHS_EN : MONTHS_AR)[month - 1];
  }
}
