package org.chronology.web;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.chronology.event.query.EventViews.DateView;

/** How events read to a person: Arabic labels for codes and honest date labels. */
@TemplateExtension(namespace = "label")
public final class Labels {

  private static final String[] MONTHS = {
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"
  };

  private static final Map<String, String> TYPES =
      Map.of(
          "visit", "زيارة",
          "meeting", "لقاء",
          "deal", "صفقة",
          "diplomatic", "دبلوماسية",
          "incident", "حادث",
          "military", "نشاط عسكري",
          "statement", "تصريح",
          "other", "أخرى");

  private static final Map<String, String> STATUSES =
      Map.of(
          "happened", "وقع",
          "planned", "مخطط له",
          "cancelled", "أُلغي أو أُجّل",
          "reported", "غير مؤكد");

  private static final Map<String, String> ROLES =
      Map.ofEntries(
          Map.entry("visitor", "زائر"),
          Map.entry("host", "مضيف"),
          Map.entry("buyer", "مشترٍ"),
          Map.entry("seller", "بائع"),
          Map.entry("attacker", "مهاجم"),
          Map.entry("target", "مستهدف"),
          Map.entry("speaker", "متحدث"),
          Map.entry("participant", "مشارك"));

  private static final Map<String, String> PRECISIONS =
      Map.of(
          "day", "يوم",
          "week", "أسبوع",
          "month", "شهر",
          "season", "فصل",
          "year", "سنة",
          "decade", "عقد",
          "century", "قرن",
          "unknown", "غير معروف");

  private static final Map<String, String> KINDS =
      Map.of(
          "person", "شخص",
          "country", "دولة",
          "organization", "مؤسسة",
          "company", "شركة",
          "group", "جماعة");

  private Labels() {}

  public static String type(String code) {
    return TYPES.getOrDefault(code, code);
  }

  public static String status(String code) {
    return STATUSES.getOrDefault(code, code);
  }

  public static String role(String code) {
    return code == null ? "" : ROLES.getOrDefault(code, code);
  }

  public static String precision(String code) {
    return PRECISIONS.getOrDefault(code, code);
  }

  public static String kind(String code) {
    return KINDS.getOrDefault(code, code);
  }

  /**
   * The date as a reader should understand it: never a day when only the month is known, a range
   * for weeks and periods, "حوالي" for approximate dates.
   */
  public static String date(DateView d) {
    if (d == null || d.start() == null && d.end() == null) {
      return "تاريخ غير معروف";
    }
    String body = interval(d.start(), d.end(), d.precision());
    return d.approximate() ? "حوالي " + body : body;
  }

  static String interval(LocalDate start, LocalDate end, String precision) {
    if (start == null) {
      return "حتى " + day(end);
    }
    if (end == null) {
      return "منذ " + (precision.equals("day") ? day(start) : String.valueOf(start.getYear()));
    }
    switch (precision) {
      case "day":
        return start.equals(end) ? day(start) : range(start, end);
      case "week":
        return range(start, end);
      case "month":
        if (start.getMonth() == end.getMonth() && start.getYear() == end.getYear()) {
          return month(start);
        }
        return month(start) + " – " + month(end);
      case "season":
        return month(start) + " – " + month(end);
      case "decade":
        if (end.getYear() - start.getYear() == 9 && start.getYear() % 10 == 0) {
          return "عقد " + start.getYear() + "–" + end.getYear();
        }
        return start.getYear() + "–" + end.getYear();
      case "century":
        return "القرن " + ((start.getYear() / 100) + 1);
      default:
        return start.getYear() == end.getYear()
            ? String.valueOf(start.getYear())
            : start.getYear() + "–" + end.getYear();
    }
  }

  private static String range(LocalDate start, LocalDate end) {
    if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
      return start.getDayOfMonth() + "–" + end.getDayOfMonth() + " " + month(end);
    }
    if (ChronoUnit.DAYS.between(start, end) > 366) {
      return start.getYear() + "–" + end.getYear();
    }
    return day(start) + " – " + day(end);
  }

  private static String day(LocalDate d) {
    return d.getDayOfMonth() + " " + month(d);
  }

  private static String month(LocalDate d) {
    return MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }
}
