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
        // one trigger of every type
        "زار وزير الخارجية التركي هاكان فيدان باكو في 3 آذار 2023.|visit",
        "التقى الرئيس الروسي فلاديمير بوتين نظيره الأذري يوم 2 آذار 2023.|meeting",
        "عقد مجلس الأمن الدولي جلسة طارئة حول ناغورني قره باغ في 29 أيلول 2020.|meeting",
        // a foreign official received by the host came to him: the guest's visit
        "استقبل الرئيس الأذري إلهام علييف وزير الخارجية الإسرائيلي في باكو يوم 5 آذار 2023.|visit",
        "أسقطت الدفاعات الجوية الإيرانية طائرة مسيرة قرب الحدود في 11 آذار 2023.|incident",
        "اتصل الرئيس التركي رجب طيب أردوغان هاتفيا بنظيره الأذري في 12 آذار 2023.|meeting",
        "وقعت أذربيجان وإسرائيل اتفاقية لشراء طائرات مسيرة في 5 آذار 2023.|deal",
        "افتتحت تركيا قنصلية في مدينة شوشا في 1 آذار 2023.|diplomatic",
        "استدعت وزارة الخارجية الأرمينية يوم 9 آذار 2023 سفير إيران في يريفان.|diplomatic",
        "أحبطت الشرطة الأذربيجانية هجوما على السفارة في 4 آذار 2023.|incident",
        "أجرى الجيش الأذربيجاني مناورات مشتركة مع تركيا في 6 آذار 2023.|military",
        "اتهمت إيران أذربيجان بالتعاون مع الموساد في 7 آذار 2023.|statement",
        "صادق البرلمان الأذربيجاني على خطة جديدة في 8 آذار 2023.|other",
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
        // the other gender of a past verb: same happening, same type
        "واختتمت الوزيرة الكينية أمس زيارة إلى كمبالا استمرت يومين.|visit",
        "وناقشت الحكومتان في 3 آذار 2023 ملف المياه المشتركة.|meeting",
        "واستلم الجيش النيجيري الدفعة الأولى من المدرعات في أيار 2022.|deal",
        "واندلع القتال على الحدود بين البلدين في 9 آب 2021.|incident",
        "وأغلق السودان أجواءه أمام الطيران التشادي في 2 أيار 2023.|other",
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
        // steps decided inside a declaration, airspace (other: round 62 item 3), invitations
        "أعلنت الحكومة النيجرية مساء الثلاثاء إغلاق مجالها الجوي أمام الطائرات الفرنسية.|other",
        "وكانت سلطة الطيران المدني قد أعلنت في آب 2022 فتح أجواء البلاد أمام الرحلات القطرية.|other",
        "ووجه الرئيس التونسي خلال اللقاء دعوة إلى نظيره الجزائري لزيارة تونس في 14 آذار 2023.|diplomatic",
        "وقال الملك إنه وجه الدعوة لأمير الكويت لزيارة المملكة يوم 10 آذار 2023.|diplomatic",
        "أعلن وزير الخارجية الأردني أمس الأربعاء أن عمان ودمشق قررتا رفع مستوى علاقاتهما.|diplomatic",
        "وكان الوزير قد أعلن في أيلول 2022 أن البلدين اتفقا على تطبيع العلاقات بينهما.|diplomatic",
        "أعلن الوزير أمس الأربعاء أن البلدين اتفقا على فتح الأجواء بينهما اعتبارا من اليوم.|other",
        // a happening named as an aim is no event of its own
        "عقد الوفدان أمس الأربعاء في جنيف جولة من المحادثات الرامية إلى تطبيع العلاقات.|meeting",
        "وصل وفد تركي إلى طرابلس أمس الأربعاء لبحث تمديد الهدنة.|visit",
        // rulings, lawsuits and sentences carried out
        "وأصدرت محكمة الاستئناف في القاهرة أمس الأربعاء حكما بوقف تنفيذ الاتفاقية.|other",
        "وكانت المحكمة العليا قد أصدرت حكمها في القضية يوم الاثنين الماضي.|other",
        "وكانت الحكومة الليبية قد رفعت دعوى أمام المحكمة الدولية عام 2016.|other",
        "ونفذت السلطات العراقية الأحد الماضي حكم الإعدام بحق خمسة مدانين.|other",
        "وصدر قرار هيئة التحكيم الدولية الأسبوع الماضي لصالح الشركة المصرية.|other",
        // flows: pumping is trade, a flow stopped or a dam filled is of no other type
        "وبدأ أمس الثلاثاء ضخ الغاز الجزائري إلى إيطاليا عبر الأنبوب البحري.|deal",
        "وأعلنت الدوحة في شباط الماضي ضخ استثمارات جديدة في السوق الأردنية.|deal",
        "وتوقف في أيار 2022 تصدير الكهرباء إلى لبنان عبر الخط الأردني.|other",
        "وكانت إثيوبيا قد بدأت ملء خزان السد في تموز 2020.|other",
        // letters, flights, travel advice
        "وكان أمير قطر قد بعث برسالة إلى الرئيس الإيراني مطلع الشهر الماضي.|other",
        "واستأنفت شركة طيران الخليج رحلاتها إلى الدوحة يوم الأحد الماضي.|other",
        "ودعت وزارة الخارجية الكندية أمس مواطنيها إلى تجنب السفر إلى إيران.|statement",
        "ونصحت السفارة الأميركية أمس رعاياها بعدم السفر إلى شمال سيناء.|statement",
        // treaties left, documents about relations, ambassadors taking up their post
        "وكانت روسيا قد انسحبت في تشرين الثاني 2023 من معاهدة القوات التقليدية في أوروبا.|diplomatic",
        "وأعلنت باماكو في كانون الثاني 2024 انسحابها من اتفاق السلام مع المتمردين.|diplomatic",
        "ووقع الوزيران أمس في نيويورك بيانا مشتركا بإقامة علاقات دبلوماسية بين البلدين.|diplomatic",
        // a peace treaty is a signed agreement (dev README, convention review round 43, point 3)
        "ويرتبط البلدان بمعاهدة سلام وقعت في واشنطن عام 1979.|deal",
        // a named declaration is a deal, even one in support of peace
        "ووقع الوزيران أمس في المنامة إعلان تأييد السلام بين البلدين.|deal",
        "ووقع الزعيمان أمس بيانا مشتركا لتأييد السلام في المنطقة.|deal",
        "وتسلم السفير المصري الجديد مهامه في أنقرة يوم الخميس الماضي.|diplomatic",
        "وطردت الحكومة الكينية أمس ثلاثة دبلوماسيين صوماليين من نيروبي.|diplomatic",
        "وكانت الكويت قد خفضت في أيار 2017 تمثيلها الدبلوماسي في طهران.|diplomatic",
        // a document signed, told in a relative clause or by a participle
        "وأشاد الوزير بإعلان الدوحة الذي وقعه قادة الدول الأربع في الثالث من شباط الماضي.|deal",
        "وطالب البرلمان بتفعيل اتفاقية النقل الموقعة بين البلدين عام 2009.|deal",
        "ووقع الجانبان أمس ثلاث اتفاقيات تتعلق بإعفاء حاملي الجوازات الدبلوماسية من التأشيرات.|deal",
        // troops sent or pulled back, orders of a court, referendums, relations restored
        "ونشرت ألمانيا الأسبوع الماضي كتيبة قوامها 300 جندي في ليتوانيا.|military",
        "وأعلنت أنقرة أمس إرسال قوات إضافية إلى قطر.|military",
        "واكتمل انسحاب القوات الإثيوبية من المنطقة في أيار 2019.|military",
        "وأمرت محكمة العدل الدولية في 3 شباط الماضي البلدين بوقف التصعيد.|other",
        "ونظمت السلطات في الإقليم استفتاء على الانفصال يوم 25 أيلول 2017.|other",
        "وكانت الحكومة الكويتية قد أعلنت أمس الأحد عودة العلاقات مع بغداد.|diplomatic",
        "واستأنفت الرحلات الجوية بين عمان ودمشق في الشهر الماضي.|other",
        // a court's order told subject first, in the past perfect
        "وكانت محكمة العدل الدولية قد أمرت الطرفين في 3 شباط الماضي بوقف الأعمال.|other",
        "وكانت المحكمة الدستورية العليا قد قضت في أيار 2022 ببطلان العقد.|other",
        // a treaty ratified is a step in relations; approving anything else is not
        "وصادق مجلس الشورى أمس على معاهدة الصداقة مع الجارة الشمالية.|diplomatic",
        "وأعلنت الرئاسة أمس تصديق الرئيس على اتفاقية التعاون العسكري.|diplomatic",
        "ووافق مجلس النواب أمس على خطة الحكومة الجديدة.|other",
        // trade stopped or banned, diplomats withdrawn, complaints lodged
        "وقررت الحكومة العراقية يوم الأحد الماضي وقف استيراد الدواجن من البرازيل.|other",
        "وأعلنت وزارة الزراعة أمس حظر استيراد المواشي من الدول المجاورة.|other",
        "وسحبت الحكومة الكندية أمس دبلوماسييها من العاصمة الأفغانية.|diplomatic",
        "وتقدمت الحكومة الليبية في أيار 2020 بشكوى إلى مجلس الأمن ضد الجارة الجنوبية.|other",
        // sanctions, embargoes and trade limits imposed, the subject between verb and object
        "وفرض الاتحاد الأوروبي في حزيران 2021 عقوبات اقتصادية واسعة على الحكومة.|other",
        "وفرضت واشنطن عام 1962 حظرا تجاريا شاملا على الجزيرة.|other",
        "وكانت اليابان قد فرضت قيودا على تصدير المواد الكيميائية في تموز 2019.|other",
        // a team sent abroad; a declaration adopted by the parties
        "وأرسلت الأردن في 8 شباط 2023 فريق إغاثة من 40 عنصراً إلى جنوب تركيا.|other",
        "وكان الرئيسان قد اعتمدا في 12 آذار 2022 إعلان الدوحة بوساطة قطرية.|deal"
      })
  void testOneEventOfItsFamilyType(String sentence, String type) {
    assertEquals(EventType.fromCode(type), Fixtures.only(sentence).type());
  }

  @ParameterizedTest(name = "not an event: {0}")
  @ValueSource(
      strings = {
        "ويبلغ حجم التبادل التجاري بين البلدين نحو 5 مليارات دولار سنوياً.",
        "وذكرت الصحيفة أن الطائرات قد تستخدم القاعدة لشن ضربات جوية.",
        // a verbal noun after a preposition is no past verb: sanctions asked for, not imposed
        "وطالب الرئيس الاتحاد الأوروبي أمس بفرض عقوبات على جارته."
      })
  void testRunningFiguresAndPurposesAreNoEvents(String sentence) {
    Fixtures.assertNoEvent(sentence);
  }

  @Test
  void testAnAgreementApprovedLaterIsItsSigningAndItsRatification() {
    var events =
        Fixtures.extract(
            "ووقع البلدان الاتفاقية في الرباط عام 2015، وصادق عليها البرلمان المغربي في العام"
                + " التالي.");
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventType.DEAL, events.get(0).type());
    assertEquals(EventType.DIPLOMATIC, events.get(1).type());
  }

  @Test
  void testAnOrderOfAnyoneButACourtIsNoRuling() {
    Fixtures.assertNoEvent("وكانت الحكومة قد أمرت بإغلاق المدارس يوم 3 آذار 2023.");
  }

  @Test
  void testAlsoSigningFurtherDocumentsIsASigningOfItsOwn() {
    String first = "وقع الرئيسان أمس الأربعاء في عمان إعلانا مشتركا لتعزيز التعاون بين البلدين. ";
    assertEquals(
        2, Fixtures.extract(first + "كما وقع الجانبان أربع اتفاقيات تتعلق بالنقل والطاقة.").size());
    assertEquals(
        1, Fixtures.extract(first + "كما وقع الجانبان الإعلان بحضور عدد من الوزراء.").size());
  }

  @Test
  void testAVisitToldWithThePlaceAsAPronounIsAVisit() {
    var events =
        Fixtures.extract(
            "وزار وزير الدفاع التركي باكو في أيار 2019، فيما زارتها وزيرة الخارجية في آذار 2021.");
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(1).type());
    assertEquals(
        EventType.VISIT,
        Fixtures.only("وكان الرئيس قد زارها في كانون الثاني 2016 على رأس وفد كبير.").type());
    Fixtures.assertNoEvent("وقالت وزارة الخارجية إن عدد السكان بلغ عشرة ملايين نسمة.");
  }

  @Test
  void testAnAssertionMadeInADatedStatementIsAStatement() {
    assertEquals(
        EventType.STATEMENT,
        Fixtures.only("وأكدت حكومة الإقليم في بيان مساء أمس الأحد أن القرار لا يمس حقوقها.")
            .type());
    // undated, or no statement named: the reporting verb alone makes no event
    Fixtures.assertNoEvent("وأكدت حكومة الإقليم في بيان أن القرار لا يمس حقوقها.");
    Fixtures.assertNoEvent("وأكد الوزير أن القرار لا يمس حقوق الإقليم.");
  }

  @Test
  void testClashesToldByThePluralNounAreAnIncident() {
    assertEquals(
        EventType.INCIDENT,
        Fixtures.only("وشهدت المنطقة الحدودية في أيلول 2022 أعنف مواجهات بين البلدين منذ سنوات.")
            .type());
    // the singular is "facing, against"
    Fixtures.assertNoEvent("وتسعى الحكومة إلى تعزيز قدراتها في مواجهة التحديات الاقتصادية.");
  }

  @Test
  void testFurtherDocumentsSignedByThePartiesAreASigningOfTheirOwn() {
    String first = "وقع الرئيسان أمس الخميس في طشقند معاهدة تحالف بين البلدين. ";
    // counted documents
    assertEquals(
        2,
        Fixtures.extract(first + "كما وقع الجانبان 15 وثيقة تعاون في مجالات الطاقة والنقل.")
            .size());
    // the parties after the verb are its subject, not a definite object told again
    assertEquals(
        2, Fixtures.extract(first + "ووقع الجانبان تسع وثائق للتعاون في مجال الزراعة.").size());
    assertEquals(1, Fixtures.extract(first + "ووقع الجانبان المعاهدة بحضور الوزراء.").size());
  }

  @Test
  void testASigningSetDuringAVisitIsASigningOfItsOwn() {
    var events =
        Fixtures.extract(
            "وصل وزير الزراعة الإسرائيلي إلى باكو أمس الأحد في زيارة رسمية. وجرى خلال الزيارة توقيع"
                + " مذكرة تفاهم للتعاون في مجال الري.");
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
    assertEquals(EventType.DEAL, events.get(1).type());
  }

  @Test
  void testBeingAGuestOfAStateIsAVisit() {
    assertEquals(
        EventType.VISIT,
        Fixtures.only("وحلّ وزير الخارجية الإسرائيلي ضيفاً على باكو في 20 نيسان 2023.").type());
    Fixtures.assertNoEvent("وتسعى الحكومة إلى حل الأزمة الاقتصادية.");
  }
}
