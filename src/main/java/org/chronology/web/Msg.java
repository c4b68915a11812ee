package org.chronology.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The interface texts, Arabic first. English: {@code messages/msg_en.properties}. Templates use
 * {@code msg:key}; the locale follows the reader's choice ({@link Ui#localize}).
 */
@MessageBundle(value = "msg", locale = "ar")
public interface Msg {

  @Message("الكرونولوجيا")
  String appName();

  @Message("انتقل إلى المحتوى")
  String skipToContent();

  @Message("الأقسام")
  String navSections();

  @Message("التسلسل الزمني")
  String navChronology();

  @Message("المقالات")
  String navArticles();

  @Message("المراجعة")
  String navReview();

  @Message("الجودة")
  String navQuality();

  @Message("الحسابات")
  String navAccounts();

  @Message("دخول المحررين")
  String signIn();

  @Message("خروج")
  String signOut();

  @Message("تفضيلات العرض")
  String navPrefs();

  @Message("English")
  String otherLanguage();

  @Message("أرقام هندية (١٢٣)")
  String arabicDigits();

  @Message("أرقام عربية (123)")
  String latinDigits();

  @Message("كل حدث مرتبط بالجملة التي ورد فيها في المقالة الأصلية.")
  String footer();

  /** Between the items of a list. */
  @Message("،")
  String sep();

  @Message("٪")
  String percent();

  // Chronology page

  @Message("التسلسل الزمني للأحداث")
  String chronologyTitle();

  @Message("أحداث سنة {year}")
  String chronologyOfYear(String year);

  @Message("السنوات")
  String yearsNav();

  @Message("{year}: {count} من الأحداث")
  String yearCount(String year, String count);

  @Message("لا توجد أحداث معروفة التاريخ لهذه التصفية.")
  String noDatedEvents();

  @Message("دليل الألوان")
  String legend();

  @Message("كل السنوات")
  String allYears();

  @Message("→ السنة الأقدم ({year})")
  String olderYear(String year);

  @Message("السنة الأحدث ({year}) ←")
  String newerYear(String year);

  @Message("أحداث غير معروفة التاريخ: {count}")
  String undatedCount(String count);

  @Message("تصفية الأحداث")
  String filters();

  @Message("بحث في النص")
  String search();

  @Message("مثلاً: زيارة باكو")
  String searchPlaceholder();

  @Message("السنة")
  String year();

  @Message("من تاريخ")
  String from();

  @Message("إلى تاريخ")
  String to();

  @Message("الحالة")
  String status();

  @Message("كل الحالات")
  String anyStatus();

  @Message("المراجعة")
  String review();

  @Message("كل حالات المراجعة")
  String anyReview();

  @Message("المقالة")
  String article();

  @Message("كل المقالات")
  String anyArticle();

  @Message("نوع الحدث")
  String types();

  @Message("الفاعلون")
  String actors();

  @Message("لا يوجد فاعلون في هذه الأحداث.")
  String noActors();

  @Message("ابحث عن فاعل بأي اسم من أسمائه")
  String findActor();

  @Message("مثلاً: جانتس")
  String findActorPlaceholder();

  @Message("لا يوجد فاعل باسم «{who}».")
  String noActorMatch(String who);

  @Message("تطبيق")
  String apply();

  @Message("إزالة كل التصفيات")
  String clearFilters();

  @Message("عدد الأحداث: {count}")
  String eventCount(String count);

  @Message("المعروض: {from}–{to}")
  String showing(String from, String to);

  @Message("التصفيات المفعّلة")
  String activeFilters();

  @Message(
      "{#switch name}{#case 'year'}السنة{#case 'actor'}الفاعل{#case 'type'}النوع{#case 'from'}من"
          + "{#case 'to'}إلى{#case 'status'}الحالة{#case 'review'}المراجعة{#case 'article'}المقالة"
          + "{#case 'q'}البحث{#else}{name}{/switch}")
  String param(String name);

  @Message("إزالة تصفية {name}")
  String removeFilter(String name);

  @Message("لا توجد أحداث هنا.")
  String emptyTitle();

  @Message("لم تُستخرج أي أحداث بعد من المقالات.")
  String emptyNoData();

  @Message("لا يطابق أي حدث كل هذه التصفيات معاً. أزل إحداها (×) أو وسّع الفترة.")
  String emptyHint();

  @Message("تاريخ غير معروف")
  String unknownDate();

  @Message("خلال سنة {year} (الشهر غير معروف)")
  String duringYear(String year);

  @Message("الصفحات")
  String pages();

  @Message("← أحداث أحدث")
  String newerEvents();

  @Message("أحداث أقدم →")
  String olderEvents();

  // Event card and page

  @Message("دقة التاريخ: {precision}")
  String precisionIs(String precision);

  @Message("عبارة التاريخ كما وردت")
  String datePhrase();

  @Message(
      "{#if n == 1}مصدر واحد{#else if n == 2}مصدران{#else if n <= 10}{shown} مصادر"
          + "{#else}{shown} مصدراً{/if}")
  String sources(int n, String shown);

  @Message("التاريخ")
  String date();

  @Message("تقريبي")
  String approximate();

  @Message("الفترة")
  String interval();

  @Message("شاملة الطرفين")
  String inclusive();

  @Message("غير محددة")
  String noInterval();

  @Message("كيف حُدد التاريخ")
  String howResolved();

  @Message("العبارة النسبية «{text}» حُسبت بالنسبة إلى تاريخ النشر {date}.")
  String resolvedRelative(String text, String date);

  @Message("من العبارة «{text}» كما وردت في النص.")
  String resolvedAbsolute(String text);

  @Message("لم ترد عبارة تاريخ في الجملة.")
  String resolvedNone();

  @Message("المكان")
  String place();

  @Message("الثقة")
  String confidence();

  @Message("الدور")
  String role();

  @Message("لم يُتعرف على فاعلين في هذا الحدث.")
  String noActorsFound();

  @Message("الأدلة")
  String evidence();

  @Message("التظليل")
  String markLegend();

  @Message("عبارة التاريخ")
  String markDate();

  @Message("الفاعل")
  String markActor();

  @Message("كلمة الحدث")
  String markTrigger();

  @Message("أحداث أخرى للفاعلين أنفسهم قريبة في الزمن")
  String nearby();

  @Message("رابط دائم")
  String permalink();

  // Actor page

  @Message("النوع")
  String kind();

  @Message("المنصب")
  String office();

  @Message("الدولة")
  String country();

  @Message("الأسماء الأخرى")
  String aliases();

  @Message("لا شيء")
  String none();

  @Message("فترة النشاط")
  String active();

  @Message("الأحداث عبر السنين")
  String eventsOverYears();

  @Message("عرض في التسلسل الزمني مع التصفيات")
  String showInChronology();

  @Message("لا أحداث لهذا الفاعل.")
  String actorNoEvents();

  @Message("باقي الأحداث في التسلسل الزمني")
  String moreInChronology();

  // Article pages

  @Message("العنوان")
  String title();

  @Message("الملف")
  String file();

  @Message("المصدر")
  String outlet();

  @Message("الرابط")
  String url();

  @Message("تاريخ النشر")
  String published();

  @Message("من رأس المقالة:")
  String fromHeader();

  @Message("من البيانات المرفقة")
  String fromMetadata();

  @Message("حدده محرر")
  String fromEditor();

  @Message("غير معروف — التواريخ النسبية في هذه المقالة تبقى غير محسوبة")
  String publishedUnknown();

  @Message("الأحداث")
  String events();

  @Message("النص المحفوظ")
  String storedText();

  @Message("الجمل المظللة تروي أحداثاً مستخرجة؛ كل منها رابط إلى الحدث.")
  String articleLegend();

  @Message("الأحداث المستخرجة من هذه المقالة")
  String eventsInArticle();

  @Message("غير معروف")
  String unknown();

  // Errors

  @Message("خطأ {status}")
  String errorTitle(int status);

  @Message("غير موجود")
  String notFound();

  @Message("لا يوجد شيء بهذا الرقم. ربما حُذف أو دُمج في غيره.")
  String notFoundText();

  @Message("طلب غير صالح")
  String badRequest();

  @Message("القيمة «{value}» غير صالحة للمعامل {parameter}.")
  String badValue(String parameter, String value);

  @Message("قيمة المعامل {parameter} غير صالحة.")
  String badParameter(String parameter);

  @Message("السنة رقم من 1 إلى 9999، مثل 2022.")
  String hintYear();

  @Message("التاريخ بصيغة سنة-شهر-يوم، مثل 2022-10-08، و«من» لا يأتي بعد «إلى».")
  String hintDate();

  @Message("الفاعل يُحدد برقمه، كما في روابط صفحات الفاعلين.")
  String hintActor();

  @Message("النوع واحد من: visit, meeting, deal, diplomatic, incident, military, statement, other.")
  String hintType();

  @Message("الحالة واحدة من: happened, planned, cancelled, reported.")
  String hintStatus();

  @Message("المراجعة واحدة من: extracted, confirmed, edited, rejected.")
  String hintReview();

  @Message("يجب أن تكون القيمة رقماً صحيحاً موجباً.")
  String hintNumber();

  @Message("التفاصيل التقنية")
  String details();

  @Message("العودة إلى التسلسل الزمني")
  String backToChronology();

  @Message("لا يوجد حدث رقم {id}.")
  String noEvent(long id);

  @Message("لا توجد مقالة رقم {id}.")
  String noArticle(long id);

  @Message("لا يوجد فاعل رقم {id}.")
  String noActor(long id);

  // The time axis, the story view, comparing actors and co-actors.

  @Message("الخط الزمني: {span}")
  String axisTitle(String span);

  @Message("تكبير الخط الزمني وتحريكه")
  String axisNav();

  @Message("الأقدم")
  String axisEarlier();

  @Message("الأحدث")
  String axisLater();

  @Message("تصغير إلى {span}")
  String axisZoomOut(String span);

  @Message("الأحداث على الخط الزمني، مساراً مساراً")
  String axisLabel();

  @Message("{bucket} · {lane}: {count} — تكبير")
  String axisCell(String bucket, String lane, String count);

  @Message("{count} حدثاً تبدأ في هذه الفترة، معدودة لكل مدة؛ اختر مدة لتكبيرها.")
  String axisAggregated(String count);

  @Message("{count} حدثاً في هذه الفترة، كل حدث في موضعه.")
  String axisEventsShown(String count);

  @Message("{count} حدثاً بلا تاريخ معروف ليست على الخط.")
  String axisUndated(String count);

  @Message("لتحديد فترة: اسحب على الخط، أو انقر الشريط تحت التواريخ عند طرفها الأول ثم عند الآخر.")
  String axisSpanHint();

  @Message("يبدأ التحديد من {date}: انقر طرفه الآخر على الشريط.")
  String axisPickPending(String date);

  @Message("إلغاء التحديد")
  String axisPickCancel();

  @Message("اختيار {bucket} طرفاً للفترة")
  String axisPick(String bucket);

  @Message("يوم معروف")
  String axisLegendDay();

  @Message("فترة")
  String axisLegendRange();

  @Message("تاريخ تقريبي")
  String axisLegendApprox();

  @Message("السنة فقط")
  String axisLegendYear();

  @Message("مشترك")
  String axisShared();

  @Message("الفترة المختارة")
  String axisSelection();

  @Message("القصة")
  String storyTitle();

  @Message("الحدث {n} من {total}")
  String storyOf(String n, String total);

  @Message("السابق")
  String storyPrevious();

  @Message("التالي")
  String storyNext();

  @Message("لا أحداث تطابق هذه المرشحات.")
  String storyEmpty();

  @Message("اقرأ الأحداث قصةً، حدثاً حدثاً")
  String storyLink();

  @Message("المفتاحان ← و→ ينتقلان بين الأحداث.")
  String storyKeys();

  @Message("صفحة الحدث")
  String storyOpenEvent();

  @Message("التنقل في القصة")
  String storySteps();

  @Message("مقارنة فاعلين")
  String compareHeading();

  @Message("{a} و{b}")
  String compareTitle(String a, String b);

  @Message("الأحداث المشتركة ({count})")
  String compareShared(String count);

  @Message("لا أحداث مشتركة بينهما.")
  String compareNoShared();

  @Message("{name}: {count} حدثاً")
  String compareEach(String name, String count);

  @Message("قارن")
  String compareWith();

  @Message("فاعلون في الأحداث نفسها")
  String coActors();

  @Message("{count} حدثاً مشتركاً")
  String coActorCount(String count);

  @Message("لا أحد.")
  String noCoActors();

  @Message("{a} و{b} عبر السنين")
  String relationTitle(String a, String b);

  @Message("كل أحداث {name}")
  String relationAll(String name);

  @Message("المشتركة مع {name}")
  String relationShared(String name);

  @Message("{year}: {all} حدثاً، منها {shared} مشتركاً")
  String relationYear(String year, String all, String shared);
}
