package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "أعلنت الوزارة أمس أن السفير شخص غير مرغوب فيه": to declare a diplomat persona non grata is to
 * expel him, so the dated declaration is the expulsion (guide: diplomatic), not a statement; the
 * predicate «شخص» is no name of the diplomat.
 */
class DeclaredPersonaNonGrataTest {

  @Test
  void datedDeclarationThatTheAmbassadorIsPersonaNonGrataIsDiplomatic() {
    ExtractedEvent e =
        Fixtures.only("أعلنت وزارة الخارجية البحرينية أمس أن السفير اللبناني شخص غير مرغوب فيه.");
    assertEquals(EventType.DIPLOMATIC, e.type(), e.toString());
    assertEquals(LocalDate.of(2023, 3, 15), e.date().start(), e.toString());
    Fixtures.assertNoActor(e, "شخص");
  }

  @Test
  void attacheDeclaredPersonaNonGrataWithAnOrderToLeaveIsDiplomatic() {
    ExtractedEvent e =
        Fixtures.only(
            "أعلنت حكومة بوركينا فاسو يوم الثلاثاء أن الملحق العسكري في السفارة الفرنسية شخص غير"
                + " مرغوب فيه، وأمهلته 72 ساعة لمغادرة البلاد.");
    assertEquals(EventType.DIPLOMATIC, e.type(), e.toString());
  }

  @Test
  void staffDeclaredPersonaNonGrataInThePluralIsDiplomatic() {
    ExtractedEvent e =
        Fixtures.only("أعلنت السلطات الأذربيجانية أمس أربعة دبلوماسيين روس أشخاصا غير مرغوب فيهم.");
    assertEquals(EventType.DIPLOMATIC, e.type(), e.toString());
  }
}
