package org.chronology.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The reader's pages: the chronology with its filters, an event, an actor, an article. Arabic
 * first; English: {@code messages/rd_en.properties}. Templates use {@code rd:key}. A bundle of its
 * own because one bundle holds at most 300 messages and a file should stay small ({@link Msg} has
 * the shell, errors and names).
 */
@MessageBundle(value = "rd", locale = "ar")
public interface ReaderMsg {

  // Chronology page

  @Message("التسلسل الزمني للأحداث")
  String chronologyTitle();

  @Message("أحداث سنة {year}")
  String chronologyOfYear(String year);

  @Message("السنوات")
  String yearsNav();

  @Message(
      "{year}: {#switch label:arabicCount(n)}{#case 'zero'}لا أحداث{#case 'one'}حدث واحد{#case 'two'}حدثان{#case 'few'}{count} أحداث{#case 'many'}{count} حدثاً{#else}{count} حدث{/switch}")
  String yearCount(String year, String count, long n);

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

  @Message("عرض التصفيات الأخرى: التاريخ والحالة والمراجعة والمقالة والفاعلون")
  String showMoreFilters();

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

  /** A text search's count past the bound the page counts to. */
  @Message("عدد الأحداث: أكثر من {count}")
  String eventCountMoreThan(String count);

  /** A large text search's count before it arrives (its first page came first). */
  @Message("عدد الأحداث:")
  String eventCountPending();

  /** Follows {@link #eventCountPending}: the link that asks for the counts (htmx asks at once). */
  @Message("جارٍ العدّ…")
  String eventCountPendingLink();

  /** Stands for a large text search's year strip until its counts arrive (also their link). */
  @Message("عدد النتائج حسب السنة والنوع…")
  String searchCountsLater();

  /** The actor facet of a search with more matches than it counted. */
  @Message("الفاعلون في أحدث {count} حدث مطابق")
  String actorsAmongNewest(String count);

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

  @Message("المقالات التالية →")
  String nextArticles();

  // Event card and page

  @Message("دقة التاريخ: {precision}")
  String precisionIs(String precision);

  @Message("عبارة التاريخ كما وردت")
  String datePhrase();

  @Message(
      "{#switch label:arabicCount(n)}{#case 'zero'}لا مصادر{#case 'one'}مصدر واحد{#case 'two'}مصدران{#case 'few'}{shown} مصادر{#case 'many'}{shown} مصدراً{#else}{shown} مصدر{/switch}")
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

  @Message("نص ملصق في نموذج الإضافة، لا ملف")
  String pastedText();

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

  @Message("تنزيل")
  String downloads();

  @Message("موجز Atom")
  String atomFeed();

  @Message("الفاعل")
  String actor();

  @Message("النوع")
  String type();

  @Message("كل الأنواع")
  String anyType();

  @Message("أكثر من فاعل يحمل اسم «{who}»: اختر.")
  String chooseActor(String who);

  /** No actor bears the typed name, several contain it ({@link #chooseActor} when they bear it). */
  @Message("الفاعلون الذين تتضمن أسماؤهم «{who}»: اختر.")
  String chooseActorContaining(String who);

  @Message("تصفيات أخرى")
  String moreFilters();

  @Message("الترتيب")
  String sort();

  @Message("الأحدث أولاً")
  String newestFirst();

  @Message("الأقدم أولاً")
  String oldestFirst();

  @Message("{#if n == 0}لا أحداث{#else}أحداث: {count}{/if}")
  String eventCountShort(String count, long n);
}
