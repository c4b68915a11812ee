package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One sentence, two happenings: a clause opened by a word of contrast (فيما، بينما) or by كما whose
 * doer is named in it and nowhere before it, and a clause of consequence that names the party moved
 * to act ("ما دفع البرلمان إلى …"، "ما أثار احتجاج باريس"), each tell another party's act, an event
 * of its own. The other side of the same vote, the same speaker's second word, a meeting held
 * during a visit and the casualties of an attack ("ما أسفر عن مقتل …") stay one happening.
 */
class ContrastedDoerClauseTest {

  static Stream<Arguments> sentences() {
    return Stream.of(
        // another state's step set against the first, same type
        Arguments.of(
            "وطردت الكويت السفير الإيراني أمس الأربعاء، فيما أعلنت البحرين سحب سفيرها من طهران.",
            2),
        Arguments.of(
            "ولحقت الكويت بالبحرين أمس الأربعاء بخطوة مماثلة، فيما أعلنت الإمارات سحب دبلوماسييها"
                + " من بيروت.",
            2),
        // another side's rejection after the act, its subject after its verb
        Arguments.of(
            "وكان المجلس العسكري قد سحب الحصانة الدبلوماسية من السفير الفرنسي في أواخر فبراير"
                + " الماضي، فيما رفضت باريس الاعتراف بشرعية الانقلابيين.",
            2),
        // كما with another doer before the happening
        Arguments.of(
            "ونشر حلف شمال الأطلسي الأسبوع الماضي كتيبة بريطانية في كوسوفو، كما أعلنت رومانيا"
                + " إرسال قوات إضافية.",
            2),
        // كما with the same (unnamed) doer: the name after the verb is its object
        Arguments.of("وشكر الوزير الأردن ومصر على تعاونهما أمس، كما شكر البنك الدولي على دعمه.", 1),
        // the other side of one vote
        Arguments.of(
            "وكان القبارصة اليونانيون رفضوا في استفتاء عام 2004 خطة أنان، فيما وافق عليها القبارصة"
                + " الأتراك.",
            1),
        // a meeting held during the visit by a member of the delegation
        Arguments.of(
            "وزار الرئيس الصيني موسكو أمس الأربعاء، فيما التقى وزير الخارجية الصيني نظيره الروسي"
                + " سيرغي لافروف.",
            1),
        // a witness's signature set against the signing is the same signing
        Arguments.of(
            "ووقّعت مصر وإسرائيل أمس في واشنطن معاهدة السلام، فيما وقّع الرئيس الأمريكي بصفته"
                + " شاهداً.",
            1));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void onePerHappening(String text, int happenings) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(happenings, events.size(), events.toString());
  }
}
