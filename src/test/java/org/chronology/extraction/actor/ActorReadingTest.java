package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How actors are read, one sentence of our own per case: states whose usual name is another word
 * too (ambiguous-names.tsv), the state where an incident happens, where a name after a title goes
 * on and stops (name-parts.tsv), the other side of a happening written in the sentences before.
 * Expectations, ";"-separated: "+name" an actor of that name; "-word" no actor whose name contains
 * the word ("-name!": none of exactly that name); "@alias" an actor with that alias.
 */
class ActorReadingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "vowelled name is the state | رحبت عُمان يوم الثلاثاء 4 تموز 2023 بالاتفاق بين الرياض وطهران. | رحبت | +سلطنة عمان",
        "unvowelled name stays Amman | وصل وزير الخارجية الإيطالي إلى عمان يوم الثلاثاء 4 تموز 2023 في زيارة رسمية. | وصل | -سلطنة عمان",
        "usual name is an alias | استدعت سلطنة عمان في 3 آذار 2022 سفيرها لدى السويد. | استدعت | +سلطنة عمان;@عُمان",
        "common-word name after an event verb | واستدعت مالي في 6 نيسان 2025 سفيرها لدى الجزائر. | استدعت | +جمهورية مالي",
        "common-word name joined to a state | وقعت النيجر ومالي في 2 أيار 2024 اتفاقية للتعاون الأمني في نيامي. | وقعت | +جمهورية مالي",
        "common-word name after a preposition | وصل وزير الخارجية المغربي إلى مالي يوم الأحد 5 أيار 2024 في زيارة رسمية. | وصل | +جمهورية مالي",
        "common word after a noun is no state | وقعت مصر والأردن في 2 أيار 2024 اتفاقية دعم مالي لمشروعات الطاقة. | وقعت | -جمهورية مالي",
        "longer state name beats its neighbour | وقعت إثيوبيا في 1 كانون الثاني 2024 مذكرة تفاهم مع أرض الصومال. | وقعت | +أرض الصومال;-الصومال!",
        "breakaway regions are actors | اعترفت روسيا في 26 آب 2008 باستقلال أبخازيا وأوسيتيا الجنوبية. | اعترفت | +أبخازيا;+أوسيتيا الجنوبية",
        "state of the place of an incident takes part | اقتحم محتجون السفارة الفرنسية في يريفان مساء الأحد 5 أيار 2024. | اقتحم | +أرمينيا",
        "the venue of a meeting is no party | التقى وزير الخارجية المصري نظيره الأردني في يريفان يوم الأحد 5 أيار 2024. | التقى | -أرمينيا",
        "compound given name is one part | وقع وزير الطاقة المغربي نور الدين عبد الحكيم في 3 آذار 2021 اتفاقية غاز. | وقع | +نور الدين عبد الحكيم",
        "after son-of only a link or family name | افتتح ولي العهد الكويتي مشعل بن ناصر أعمال المنتدى في 3 آذار 2021. | افتتح | -أعمال",
        "a dual verb is no name | ولي العهد الأردني والرئيس القبرصي يشهدان توقيع اتفاقية للطاقة في 3 آذار 2021. | توقيع | -يشهدان",
        "family name of a given name closes three parts | وصل وزير الداخلية السوداني عثمان طاهر الحسين إلى القاهرة في 3 آذار 2021. | وصل | +عثمان طاهر الحسين",
        "an object after two parts is no family name | رفض وزير الإعلام الليبي سالم مختار البيان الصادر عن البرلمان في 3 آذار 2021. | رفض | -البيان",
        "a speaking participle is no name | وصل وزير الخارجية العراقي إلى الرباط في 3 آذار 2021 حاملا رسالة إلى جلالة الملك، مؤكدا أن بلاده ماضية في التعاون. | وصل | -مؤكدا",
        "a preposition on a verbal noun is no name | استدعت الخارجية الكندية في 3 آذار 2021 السفير الإيراني رضا حسيني لإبلاغه احتجاجها. | استدعت | -لإبلاغه",
        "a time adverb is no name | وصل الرئيس البرازيلي ليلا إلى بوينس آيرس يوم الأحد 5 أيار 2024 في زيارة رسمية. | وصل | -ليلا;+البرازيل",
        "the title of the Saudi king names an office | استقبل خادم الحرمين الشريفين في الرياض يوم الأحد 5 أيار 2024 رئيس وزراء باكستان. | استقبل | -الحرمين;+السعودية",
        "a syllable may be a function word | وقال المتحدث باسم الخارجية الصينية تشانغ يو بين في مؤتمر صحفي يوم 3 آذار 2021 إن بكين تعارض العقوبات. | وقال | +تشانغ يو بين",
        "a preposition after two syllables is none | وقال وزير الخارجية الصيني تشين غانغ في مؤتمر صحفي يوم 3 آذار 2021 إنه متفائل. | وقال | +تشين غانغ",
        "a family-first name later by its family name | التقى وزير الخارجية الصيني وانغ يي نظيره الإيراني في بكين يوم 3 آذار 2021.\\n\\nوزار وانغ طهران يوم 5 أيار 2022 في زيارة رسمية. | وزار | +وانغ يي",
        "a given name spelled unlike its function word | وصل وزير الخارجية الماليزي أنور علي إلى جاكرتا يوم 3 آذار 2021 في زيارة رسمية. | وصل | +أنور علي",
        "the other side from the paragraphs before, not a state named in passing | زار وزير الخارجية الأردني العراق يوم الأحد 5 أيار 2024 والتقى الرئيس العراقي.\\n\\nوكان وفد أردني قد زار إيطاليا يوم 6 أيار 2024.\\n\\nوفي 7 أيار 2024 استدعت الخارجية الأردنية سفيرها للتشاور. | استدعت | +العراق;-إيطاليا",
        "a statement of one side takes the other from before | استقبل الرئيس المصري في القاهرة يوم 3 آذار 2021 رئيس وزراء السودان لبحث العلاقات بين مصر والسودان.\\n\\nوفي 5 آذار 2021 أعلنت وزارة الخارجية المصرية استدعاء السفير. | استدعاء | +السودان",
        "a counterpart's name after a state adjective | التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأوكراني دميتري كوليبا في أنطاليا يوم 10 آذار 2022. | التقى | +دميتري كوليبا",
        "a decision verb ends a counterpart's name | وأعلنت الخارجية المصرية يوم 3 آذار 2021 أن وزير الخارجية سامح شكري ونظيره اليوناني نيكوس دندياس اتفقا على ترسيم الحدود. | وأعلنت | +نيكوس دندياس;-اتفقا",
        "a happening told without its states takes the two of the article | استدعت إثيوبيا سفيرها لدى إريتريا يوم 3 آذار 2021، وردت إريتريا بطرد دبلوماسي إثيوبي.\\n\\nوكانت الحرب الحدودية قد اندلعت في 6 أيار 1998. | الحرب | +إثيوبيا;+إريتريا",
        "no second state when an international body takes part | زار وزير الخارجية التركي إسرائيل يوم الأحد 5 أيار 2024 والتقى الرئيس الإسرائيلي.\\n\\nوعقد مجلس الأمن الدولي يوم 7 أيار 2024 جلسة طارئة بطلب من تركيا. | جلسة | -إسرائيل",
        "a given name with a hamza on its alef is no article | وقال رئيس الوزراء البولندي ألكسندر نوفاك أمام البرلمان يوم 3 آذار 2021 إن بلاده ستغلق الحدود. | وقال | +ألكسندر نوفاك;-أمام",
        "a determiner after a name ends it | نفى الرئيس الصربي إلياس ماركوفيتش يوم 3 آذار 2021 أي تورط في الهجوم. | نفى | +إلياس ماركوفيتش;-أي",
        "an armed body with its complement and state | اختتمت القوات المسلحة التشادية والقوات الجوية النيجرية يوم 3 آذار 2021 مناورات مشتركة قرب الحدود. | مناورات | +القوات المسلحة التشادية",
        "a state's forces alone are the state | هاجمت القوات الأرمينية يوم 3 آذار 2021 مواقع على الحدود مع أذربيجان. | هاجمت | +أرمينيا;-القوات الأرمينية!",
        "a company named by its head and state | ووقعت شركة السكك الحديدية المغربية يوم 3 آذار 2021 عقدا مع شركة الكهرباء الموريتانية. | ووقعت | +شركة السكك الحديدية المغربية;+شركة الكهرباء الموريتانية",
        "a body in construct with a state's name is that state's | صوّت برلمان الصومال يوم 3 آذار 2021 على إلغاء الاتفاقية مع إثيوبيا. | صوّت | +برلمان الصومال;+الصومال;+إثيوبيا",
        "a joint committee is named with both states | وقعت اللجنة الفنية المشتركة السودانية التشادية يوم 3 آذار 2021 محضر اتفاق لترسيم الحدود. | وقعت | +اللجنة الفنية المشتركة السودانية التشادية",
        "a joint committee after li keeps its article | وقع الوزيران يوم 3 آذار 2021 محضر الدورة الثالثة للجنة العليا المشتركة الكويتية الأردنية في الكويت. | وقع | +اللجنة العليا المشتركة الكويتية الأردنية",
        "one state's council after its construct stays that state's | ووقعت وزارة الخارجية الليبية يوم 3 آذار 2021 مذكرة تفاهم مع النيجر. | ووقعت | +وزارة الخارجية الليبية;+النيجر",
        "an aerospace company is read by its state | وقعت شركة الصناعات الجوية والفضائية التركية يوم 3 آذار 2021 عقدا مع ماليزيا لبيع طائرات. | وقعت | +الصناعات الجوية والفضائية التركية;-الصناعات الجوية الإسرائيلية!",
        "a president known by full name | استقبل الرئيس قاسم جومارت توكايف في أستانا يوم 3 آذار 2021 وزير الخارجية التركي. | استقبل | +قاسم جومارت توكايف;+كازاخستان",
        "an army named by a state of two words | هاجم جيش جنوب السودان يوم 3 آذار 2021 مواقع قرب الحدود مع السودان. | هاجم | +جيش جنوب السودان;+جنوب السودان",
        "a chairmanship held by a state is no body | تسلمت رئاسة كازاخستان للمنظمة يوم 3 آذار 2021 مهامها في قمة أستانا. | قمة | -رئاسة كازاخستان!",
        "the officer of an international body brings the body | دعا الأمين العام لجامعة الدول العربية سالم الهاشمي يوم 3 آذار 2021 مصر وإثيوبيا إلى الحوار. | دعا | +سالم الهاشمي;+جامعة الدول العربية",
        "a state ministry's spokesman brings the state, not the ministry | ندد المتحدث باسم وزارة الخارجية الإيرانية كريم نادري يوم 3 آذار 2021 بالهجوم على السفينة. | ندد | +إيران;-وزارة الخارجية الإيرانية!",
        "a military spokesman names a person | أعلن المتحدث العسكري باسم الجيش السوداني نبيل عثمان يوم 3 آذار 2021 صد هجوم على الحدود مع إثيوبيا. | هجوم | +نبيل عثمان",
        "a commander's title introduces a person | التقى قائد الجيش الليبي سالم العبيدي يوم 3 آذار 2021 وزير الدفاع التونسي في تونس. | التقى | +سالم العبيدي",
        "an indefinite head with a state adjective is no name | ووقعت مصر يوم 3 آذار 2021 عقدا مع شركة صينية لبناء محطة كهرباء. | ووقعت | -شركة صينية;+مصر",
        "a dual title is the two sides' office holders named before | استقبل الرئيس المصري كمال سليم في القاهرة يوم 3 آذار 2021 الرئيس التونسي منير بن سالم، بحضور وزير الخارجية المصري حازم فؤاد.\\n\\nووقع الرئيسان يوم 4 آذار 2021 اتفاقية للتعاون التجاري بين مصر وتونس. | ووقع | +كمال سليم;+منير بن سالم;-حازم فؤاد"
      })
  void testActorsAreReadAsWritten(String label, String text, String evidence, String expected) {
    ExtractedEvent e = withEvidence(extract(text.replace("\\n", "\n")), evidence);
    assertActors(label, e, expected);
  }

  /**
   * Expectations, ";"-separated: "+name" an actor of that name; "@alias" an actor with that alias;
   * "-name!" no actor of exactly that name; "-part" no actor whose name contains it.
   */
  static void assertActors(String label, ExtractedEvent e, String expected) {
    for (String x : expected.split(";")) {
      String v = x.substring(1);
      boolean holds =
          switch (x.charAt(0)) {
            case '+' -> e.actors().stream().anyMatch(a -> a.name().equals(v));
            case '@' -> e.actors().stream().anyMatch(a -> a.aliases().contains(v));
            default ->
                v.endsWith("!")
                    ? e.actors().stream()
                        .noneMatch(a -> a.name().equals(v.substring(0, v.length() - 1)))
                    : e.actors().stream().noneMatch(a -> a.name().contains(v));
          };
      assertTrue(holds, label + ": " + x + " in " + e.actors());
    }
  }
}
