package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a body is for, written after its name with ل, is part of its name (guide, Actors:
 * organisations and companies by their full name).
 */
class BodyPurposeNameTest {

  @Test
  void testAJointCommitteeKeepsWhatItIsFor() {
    ExtractedEvent e =
        Fixtures.only(
            "عقدت اللجنة الوزارية المشتركة للتعاون التجاري اجتماعها الخامس أمس في عمّان بحضور"
                + " وزيري التجارة في البلدين.");
    Fixtures.assertActors(e, "اللجنة الوزارية المشتركة للتعاون التجاري");
  }

  @Test
  void testACompanyNamedByItsStateKeepsWhatItIsFor() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وقعت الشركة التونسية القابضة للأسمدة الكيميائية أمس في روما عقدا مع الحكومة الإيطالية"
                + " لتوريد الفوسفات.");
    assertTrue(
        events.stream()
            .anyMatch(e -> Fixtures.hasActor(e, "الشركة التونسية القابضة للأسمدة الكيميائية")),
        events.toString());
  }

  @Test
  void testABodyJoinedByAndKeepsWhatItIsFor() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وقعت وزارة الطاقة الموريتانية أمس في نواكشوط مذكرة تفاهم مع الحكومة السنغالية"
                + " والمؤسسة السنغالية للكهرباء والمياه.");
    assertTrue(
        events.stream().anyMatch(e -> Fixtures.hasActor(e, "المؤسسة السنغالية للكهرباء والمياه")),
        events.toString());
  }

  @Test
  void testWhomTheBodySpokeToIsNoPartOfItsName() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "قالت الشركة الأردنية للصحفيين أمس إنها وقعت اتفاقية مع الحكومة العراقية لنقل النفط.");
    assertTrue(
        events.stream().noneMatch(e -> Fixtures.hasActor(e, "الشركة الأردنية للصحفيين")),
        events.toString());
  }
}
