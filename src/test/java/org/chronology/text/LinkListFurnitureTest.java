package org.chronology.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The items under a heading of links to other stories ("اقرأ أيضاً:"، "الأكثر قراءة") are those
 * stories' headlines, furniture; a line that is not a list item closes the list.
 */
class LinkListFurnitureTest {

  private static final PageFurniture FURNITURE = PageFurniture.standard();

  private static List<Boolean> check(List<String> lines) {
    PageFurniture.Lines checker = FURNITURE.lines();
    return lines.stream()
        .map(l -> checker.isFurniture(ArabicNormalizer.normalize(l).text()))
        .toList();
  }

  @Test
  void testItemsUnderARelatedStoriesHeadingAreFurniture() {
    assertEquals(
        List.of(false, true, true, true, true, true),
        check(
            List.of(
                "وقع الوزيران أمس اتفاقية للتعاون في مجال الطاقة.",
                "اقرأ أيضاً:",
                "- وزير الخارجية يزور القاهرة الأسبوع المقبل",
                "",
                "• البرلمان يصادق على اتفاقية الحدود",
                "2. الرئيس يستقبل السفير الفرنسي")));
  }

  @Test
  void testANumberedMostReadListIsFurniture() {
    assertEquals(
        List.of(true, true, true),
        check(
            List.of(
                "الأكثر قراءة",
                "1. الحكومة تعلن زيادة جديدة في أسعار المحروقات",
                "2. وفد تجاري يزور الرباط الشهر المقبل")));
  }

  @Test
  void testALineOfTextClosesTheList() {
    assertEquals(
        List.of(true, true, false, false),
        check(
            List.of(
                "اقرأ أيضاً",
                "- الرئيس يزور باريس الشهر المقبل",
                "وكان الرئيس قد زار لندن في مارس الماضي.",
                "- واستقبل الرئيس أمس وزير الدفاع")));
  }

  @Test
  void testAReadMoreLinkOnItsOwnLineIsFurniture() {
    assertEquals(
        List.of(true, false, true, true),
        check(
            List.of(
                "اقرأ المزيد: الرئيس الكيني يعلن افتتاح سفارة بلاده في كمبالا",
                "وزار وزير الخارجية الكيني كمبالا أمس الأربعاء.",
                "اقرأ المزيد:",
                "- وزير الدفاع يزور نيروبي الأسبوع المقبل")));
  }

  @Test
  void testABulletedLineWithoutAHeadingIsText() {
    assertEquals(
        List.of(false), check(List.of("- وصل وزير الخارجية إلى أنقرة اليوم في زيارة رسمية")));
  }
}
