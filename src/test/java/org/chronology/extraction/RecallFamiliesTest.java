package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Families of writing that report a happening and were missed or mistyped (sentences of our own).
 */
class RecallFamiliesTest {

  /** Each sentence is one event of the given type. */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // reactions are statements
        "دانت وزارة الخارجية الأردنية أمس الأربعاء القصف الذي استهدف القافلة.|statement",
        "واستنكرت الحكومة الكويتية يوم الثلاثاء الاعتداء على مقر بعثتها.|statement",
        "ورفض المتحدث باسم الرئاسة التونسية أمس الاتهامات الليبية جملة وتفصيلا.|statement",
        "انتقدت موسكو اليوم الخميس قرار واشنطن نشر صواريخ في أوروبا.|statement",
        "رحبت سلطنة عمان أمس الأربعاء بالتفاهم بين الرياض وطهران.|statement",
        "وأعربت وزارة الخارجية الموريتانية مساء أمس عن أسفها للخطوة المغربية.|statement",
        "واعتذرت الحكومة الأرمينية يوم الاثنين للجانب الإيراني عن الحادث.|statement",
        // what is said at talks, joined by و, is part of them (one event)
        "اجتمع وزير الدفاع القطري بنظيره التركي في أنقرة يوم 14 آذار 2023، وأعرب الأخير عن"
            + " ارتياحه لتطور التعاون.|meeting",
        "زار وزير الخارجية الجزائري تونس أمس الأربعاء، ورحب الرئيس التونسي بالزيارة.|visit",
        // event nouns and verbs of each type
        "وردت أنقرة بطرد القنصل الإيراني العام في إسطنبول يوم 2 آذار 2023.|diplomatic",
        "وسحبت الدول الأربع سفراءها من المنامة في أيار 2017.|diplomatic",
        "ثم جاء تبادل السفراء بين القاهرة وأنقرة في تموز 2023.|diplomatic",
        "وأغلقت تونس مكتب الاتصال الإسرائيلي عام 2000.|diplomatic",
        "وعلق الاتحاد الإفريقي يوم الجمعة الماضي عضوية النيجر في هيئاته.|diplomatic",
        "وكان الرئيسان قد التقيا على هامش قمة العشرين في أيلول 2023.|meeting",
        "وكانت اللجنة المشتركة قد انعقدت في نواكشوط في آذار 2019.|meeting",
        "وعقد الوفدان ثلاث جولات في جنيف خلال عام 2022.|meeting",
        "وكان الجيش قد أطاح بالرئيس يوم الأربعاء الماضي.|incident",
        "وأطلقت أنقرة في نيسان 2022 عملية برية وجوية في شمال العراق.|incident",
        "ونفذ سلاحا الجو تدريباً جوياً مشتركاً في أيار 2021.|military",
        "وكان الجيش قد أعاد انتشاره على الحدود مطلع تشرين الثاني 2022.|military",
        "وجرت عملية تبادل الأسرى بين الطرفين في 14 نيسان 2023.|other",
        "وأفرجت السلطات الإيرانية في شباط 2023 عن صحافي فرنسي.|other",
        "وكانت الهدنة قد دخلت حيز التنفيذ في الثاني من نيسان 2022.|deal",
        "وبلغ حجم التبادل التجاري بين البلدين 12 مليار دولار في عام 2022.|deal",
        "وعاد سفير قطر إلى القاهرة بعد عودة سفير مصر إلى الدوحة في تموز 2021.|diplomatic",
        "ثم جاء الاتصال الهاتفي بين وزيري خارجية البلدين يوم 3 آذار 2023.|meeting",
        "وتصافح الرئيسان للمرة الأولى على هامش القمة في تشرين الثاني 2022.|meeting",
        "وخاض البلدان حربا استمرت ثماني سنوات بين عامي 1980 و1988.|incident",
        // steps decided inside a declaration, airspace, invitations
        "أعلنت الحكومة النيجرية مساء الثلاثاء إغلاق مجالها الجوي أمام الطائرات الفرنسية.|diplomatic",
        "وكانت سلطة الطيران المدني قد أعلنت في آب 2022 فتح أجواء البلاد أمام الرحلات القطرية.|diplomatic",
        "ووجه الرئيس التونسي خلال اللقاء دعوة إلى نظيره الجزائري لزيارة تونس في 14 آذار 2023.|diplomatic",
        "وقال الملك إنه وجه الدعوة لأمير الكويت لزيارة المملكة يوم 10 آذار 2023.|diplomatic",
        "أعلن وزير الخارجية الأردني أمس الأربعاء أن عمان ودمشق قررتا رفع مستوى علاقاتهما.|diplomatic",
        "وكان الوزير قد أعلن في أيلول 2022 أن البلدين اتفقا على تطبيع العلاقات بينهما.|diplomatic",
        "أعلن الوزير أمس الأربعاء أن البلدين اتفقا على فتح الأجواء بينهما اعتبارا من اليوم.|diplomatic",
        // a happening named as an aim is no event of its own
        "عقد الوفدان أمس الأربعاء في جنيف جولة من المحادثات الرامية إلى تطبيع العلاقات.|meeting",
        "وصل وفد تركي إلى طرابلس أمس الأربعاء لبحث تمديد الهدنة.|visit"
      })
  void testOneEventOfItsFamilyType(String sentence, String type) {
    assertEquals(EventType.fromCode(type), Fixtures.only(sentence).type());
  }

  @ParameterizedTest(name = "not an event: {0}")
  @ValueSource(
      strings = {
        "ويبلغ حجم التبادل التجاري بين البلدين نحو 5 مليارات دولار سنوياً.",
        "وذكرت الصحيفة أن الطائرات قد تستخدم القاعدة لشن ضربات جوية."
      })
  void testRunningFiguresAndPurposesAreNoEvents(String sentence) {
    Fixtures.assertNoEvent(sentence);
  }

  @Test
  void testAlsoSigningFurtherDocumentsIsASigningOfItsOwn() {
    String first = "وقع الرئيسان أمس الأربعاء في عمان إعلانا مشتركا لتعزيز التعاون بين البلدين. ";
    assertEquals(
        2, Fixtures.extract(first + "كما وقع الجانبان أربع اتفاقيات تتعلق بالنقل والطاقة.").size());
    assertEquals(
        1, Fixtures.extract(first + "كما وقع الجانبان الإعلان بحضور عدد من الوزراء.").size());
  }
}
