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

  @Message("ربما حُذف أو دُمج في غيره.")
  String notFoundText();

  @Message("طلب غير صالح")
  String badRequest();

  @Message("و{count} جملة أخرى تروي هذا الحدث لا تُعرض هنا.")
  String moreEvidence(String count);

  @Message("الخادم مشغول")
  String busy();

  @Message(
      "يقرأ كثيرون في اللحظة نفسها أو استغرق هذا البحث وقتاً طويلاً. أعد المحاولة بعد قليل، أو ضيّق المرشحات.")
  String busyText();

  @Message("القيمة «{value}» غير صالحة للمعامل {parameter}.")
  String badValue(String parameter, String value);

  @Message("قيمة المعامل {parameter} غير صالحة.")
  String badParameter(String parameter);

  @Message("السنة رقم من 1 إلى 9999، مثل 2022.")
  String hintYear();

  @Message("التاريخ بصيغة سنة-شهر-يوم، مثل 2022-10-08، و«من» لا يأتي بعد «إلى».")
  String hintDate();

  @Message(
      "الفاعل يُحدد برقمه، كما في روابط صفحات الفاعلين، أو باسم أو لقب لا يطابق غير فاعل واحد.")
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

  // Robustness: limits, unavailable database, conflicts, refused requests.

  @Message("الطلب أكبر من المسموح")
  String tooLarge();

  @Message(
      "يتسع الحقل الواحد (نص مقالة ملصق مثلاً) لـ {maxFieldKb} كيلوبايت على الأكثر، أي نحو"
          + " {maxFieldChars} حرف عربي، ويتسع الطلب كله لـ {maxBodyKb} كيلوبايت.")
  String tooLargeText(long maxFieldKb, long maxFieldChars, long maxBodyKb);

  @Message("قسّم النص أو ارفعه ملفاً أصغر، ثم أعد المحاولة.")
  String tooLargeHint();

  @Message("الخدمة غير متاحة مؤقتاً")
  String unavailable();

  @Message(
      "قاعدة البيانات لا تجيب الآن. ستعود الصفحات من تلقاء نفسها حين تعود؛ أعد المحاولة بعد قليل.")
  String unavailableText();

  @Message("تعارض في الحفظ")
  String conflict();

  @Message(
      "عدّل شخص آخر هذا السجل في الوقت نفسه، فلم يُحفظ تعديلك. افتح الصفحة من جديد وأعد التعديل.")
  String conflictText();

  @Message("طلب مرفوض")
  String forbidden();

  @Message("انتهت صلاحية النموذج أو لم يأتِ من جلستك. افتح الصفحة من جديد وأعد الإرسال.")
  String forbiddenText();

  @Message("رقم الصفحة أبعد من آخر صفحة ({last}).")
  String hintPage(long last);

  @Message("لا يمكن دمج الحدث مع نفسه.")
  String historySelfMerge();

  @Message("الحدث المطلوب غير موجود.")
  String historyNoEvent();

  @Message("لا توجد هذه النسخة لهذا الحدث.")
  String historyNoRevision();

  @Message("لا توجد حالة محفوظة للحدث في هذه النسخة.")
  String historyNoState();

  @Message("أدخل رقم الحدث المراد دمجه.")
  String historyMergeId();

  @Message("لا يُفصل إلا دليل من أدلة حدث له أكثر من دليل.")
  String historySplit();

  @Message("لم يُنفذ التغيير.")
  String historyFailed();

  @Message("الحقل يحوي محارف تحكم (مثل NUL) لا تُحفظ؛ احذفها.")
  String controlCharacters();

  @Message("تنزيل")
  String downloads();

  @Message("موجز Atom")
  String atomFeed();

  @Message("الملفات المرفوضة")
  String rejectedTitle();

  @Message("ملفات لم تُقرأ نصًا عند الإدخال، محفوظة كما وصلت مع السبب.")
  String rejectedIntro();

  @Message("لا ملفات مرفوضة.")
  String rejectedNone();

  @Message("الملف")
  String rejectedSource();

  @Message("السبب")
  String rejectedReason();

  @Message("الحجم (بايت)")
  String rejectedSize();

  @Message("أول البايتات")
  String rejectedFirstBytes();

  @Message("وقت الرفض")
  String rejectedAt();

  @Message("تنزيل البايتات المحفوظة")
  String rejectedDownload();

  @Message("الفاعل")
  String actor();

  @Message("النوع")
  String type();

  @Message("كل الأنواع")
  String anyType();

  @Message("أكثر من فاعل يحمل اسم «{who}»: اختر.")
  String chooseActor(String who);

  @Message("تصفيات أخرى")
  String moreFilters();

  @Message("الترتيب")
  String sort();

  @Message("الأحدث أولاً")
  String newestFirst();

  @Message("الأقدم أولاً")
  String oldestFirst();

  @Message("أحداث: {count}")
  String eventCountShort(String count);

  @Message("هذه الصفحة غير موجودة. تحقق من العنوان، أو ابدأ من التسلسل الزمني.")
  String noSuchPage();

  @Message(
      "{#switch name}{#case 'type'}النوع{#case 'title'}العنوان{#case 'status'}الحالة{#case 'review'}المراجعة{#case 'dateStart'}بداية التاريخ{#case 'dateEnd'}نهاية التاريخ{#case 'datePrecision'}دقة التاريخ{#case 'dateApproximate'}تاريخ تقريبي{#case 'dateText'}عبارة التاريخ{#case 'dateResolvedAgainst'}حُسب التاريخ بالنسبة إلى{#case 'date'}التاريخ{#case 'location'}المكان{#case 'locationName'}المكان{#case 'locationNameEn'}المكان بالإنجليزية{#case 'note'}ملاحظة{#case 'actors'}الفاعلون{#case 'mentions'}الأدلة{#case 'editedFields'}ما حدده المحررون{#case 'kind'}النوع{#case 'name'}الاسم{#case 'nameEn'}الاسم بالإنجليزية{#case 'office'}المنصب{#case 'country'}الدولة{#case 'mergedInto'}دُمج في{#case 'aliases'}الأسماء الأخرى{#case 'publishedOn'}تاريخ النشر{#case 'outlet'}المصدر{#case 'url'}الرابط{#case 'publishedOnSource'}مصدر تاريخ النشر{#else}{name}{/switch}")
  String field(String name);

  @Message(
      "{#switch name}{#case 'create'}إنشاء{#case 'edit'}تعديل{#case 'confirm'}تأكيد{#case 'reject'}رفض{#case 'merge'}دمج حدث آخر فيه{#case 'merged-into'}دُمج في غيره{#case 'split'}فصل جملة منه{#case 'split-from'}فُصل من حدث آخر{#case 'revert'}استعادة نسخة{#case 'revert-before'}استعادة ما قبل نسخة{#case 'reextract'}إعادة الاستخراج الآلي{#else}{name}{/switch}")
  String action(String name);

  @Message("نعم")
  String yes();

  @Message("لا")
  String no();

  @Message("سجل الحدث #{id}")
  String historyTitle(String id);

  @Message("النسخة {n}")
  String revisionNumber(String n);

  @Message("إلى النسخة {n}")
  String revertedTo(String n);

  @Message("إلى ما قبل النسخة {n}")
  String revertedToBefore(String n);

  @Message("السجل")
  String history();

  @Message("تحرير")
  String edit();

  @Message("هذا الحدث لم يعد موجوداً (دُمج في حدث آخر).")
  String eventGone();

  @Message("الحقل")
  String fieldHeader();

  @Message("قبل")
  String beforeHeader();

  @Message("بعد")
  String afterHeader();

  @Message("استعادة الحالة بعد هذه النسخة")
  String restoreAfter();

  @Message("استعادة الحالة قبلها")
  String restoreBefore();

  @Message("لم يعدّل أي محرر هذا الحدث بعد: كل قيمه من الاستخراج الآلي.")
  String noEdits();

  @Message("لا تعديلات بعد.")
  String noChanges();

  @Message("تعارض في التعديل: {title}")
  String conflictTitle(String title);

  @Message("عدّل محرر آخر هذا الحدث في أثناء عملك")
  String conflictHeading();

  @Message("لم يُكتب شيء. هذه هي النسختان؛ اختر ما تريد.")
  String conflictVersionsText();

  @Message("المحفوظ الآن")
  String savedNow();

  @Message("تعديلك")
  String yourEdit();

  @Message("الفاعلون المحفوظون الآن")
  String savedActors();

  @Message("احفظ تعديلي فوق النسخة الحالية")
  String saveMine();

  @Message("تخلَّ عن تعديلي وافتح النسخة الحالية")
  String dropMine();

  @Message(
      "{#switch code}{#case 'publishedOutOfRange'}تاريخ النشر خارج المدى المعقول{#case 'badDate'}تاريخ غير صالح، اكتبه هكذا: 2022-10-08{#case 'outletTooLong'}اسم المصدر أطول من 200 حرف{#case 'titleTooLong500'}العنوان أطول من 500 حرف{#case 'saved'}حُفظت التعديلات.{#case 'nothingSaved'}لم يُحفظ شيء.{#case 'enterDuplicateActor'}أدخل رقم الفاعل المكرر{#case 'actorConflict'}عدّل محرر آخر هذا الفاعل في أثناء عملك: راجع القيم المحفوظة الآن{#case 'countryNotCountry'}أدخل رقم فاعل من صنف «دولة»{#case 'aliasTooLong'}الاسم البديل أطول من 200 حرف{#case 'mergeActorSelf'}لا يُدمج الفاعل في نفسه{#case 'actorAlreadyMerged'}هذا الفاعل نفسه مدموج في غيره{#case 'chooseType'}اختر نوعاً من القائمة{#case 'titleRequired'}العنوان مطلوب{#case 'titleTooLong'}العنوان أطول من 300 حرف{#case 'chooseStatus'}اختر حالة من القائمة{#case 'endBeforeStart'}نهاية الفترة قبل بدايتها{#case 'choosePrecision'}اختر دقة من القائمة{#case 'unknownPrecisionWithDate'}الدقة «غير معروفة» تعني فترة بلا تاريخ: امسح التاريخين أو اختر دقة{#case 'startRequired'}أدخل تاريخ البداية أو اختر الدقة «غير معروفة»{#case 'chooseReview'}اختر حالة مراجعة من القائمة{#case 'unknownRole'}دور غير معروف{#case 'noSuchActor'}لا يوجد فاعل بهذا الرقم{#case 'enterActor'}أدخل رقم الفاعل{#case 'chooseKind'}اختر صنف الفاعل الجديد{#case 'nameTooLong'}الاسم أطول من 200 حرف{#case 'noteTooLong'}الملاحظة أطول من 4000 حرف{#case 'mergeEventSelf'}لا يمكن دمج الحدث مع نفسه{#case 'rangeNumbers'}حدد بداية الجملة ونهايتها بأرقام{#case 'rangeOutside'}المدى خارج نص المقالة{#case 'rangeEmpty'}الجملة المختارة فارغة{#case 'fixFields'}لم يُحفظ شيء: صحّح الحقول المشار إليها.{#case 'enterEventToMerge'}أدخل رقم الحدث المراد دمجه{#case 'splitNeedsTwo'}لا يُفصل إلا دليل من أدلة حدث له أكثر من دليل{#case 'savedReextracted'}حُفظ تاريخ النشر وأُعيد الاستخراج: حُسبت التواريخ النسبية من جديد.{#case 'eventNotCreated'}لم يُنشأ الحدث.{#case 'badUsername'}اسم المستخدم من 3 إلى 40 حرفاً لاتينياً أو رقماً أو . _ -{#case 'usernameTaken'}اسم المستخدم مستعمل{#case 'fileOrText'}ارفع ملفاً أو الصق النص، لا الاثنين معاً.{#case 'fileOrTextRequired'}ارفع ملف نص أو الصق نص المقالة.{#case 'publishedFormat'}تاريخ النشر بصيغة 2023-07-13.{#case 'urlScheme'}الرابط يبدأ بـ http:// أو https://{#case 'noSuchEvent'}لا يوجد حدث بهذا الرقم{#case 'articleConflict'}عدّل محرر آخر هذه المقالة في أثناء عملك: القيم المحفوظة الآن في الأعلى، وقيمك في النموذج. احفظ مجدداً لتكتب قيمك فوقها.{#case 'passwordShort'}كلمة المرور 10 أحرف على الأقل{#case 'noSuchRevision'}لا توجد هذه النسخة لهذا الحدث{#case 'noSavedState'}لا توجد حالة محفوظة للحدث في هذه النسخة{#case 'rejectEmpty'}لم يُقبل الملف: فارغ (حُفظت بايتاته كما هي).{#case 'rejectEncoding'}لم يُقبل الملف: ليس نصاً بترميز UTF-8 ولا نصاً عربياً بترميز windows-1256 (حُفظت بايتاته كما هي).{#case 'rejectBom'}لم يُقبل الملف: علامة ترتيب البايتات لا تطابق محتواه (حُفظت بايتاته كما هي).{#case 'rejectBinary'}لم يُقبل الملف: محتواه ثنائي لا نص (حُفظت بايتاته كما هي).{#case 'rejectBlank'}لم يُقبل الملف: لا نص فيه سوى المسافات (حُفظت بايتاته كما هي).{#case 'rejectUnreadable'}لم يُقبل الملف: تعذرت قراءته (حُفظت بايتاته كما هي).{#case 'ambiguousActor'}أكثر من فاعل بهذا الاسم: اكتب الاسم كاملاً أو اختر من القائمة{#else}{code}{/switch}")
  String err(String code);

  @Message("المراجعة: {total} حدثاً لم يُراجع بعد")
  String reviewHeading(String total);

  @Message("تم")
  String reviewDone();

  @Message("تحديد")
  String select();

  @Message("الحدث")
  String event();

  @Message("تحديد {id}")
  String selectEvent(String id);

  @Message("تأكيد")
  String confirm();

  @Message("رفض")
  String reject();

  @Message("لا شيء للمراجعة هنا.")
  String nothingToReview();

  @Message("تأكيد المحدد")
  String confirmSelected();

  @Message("إجراء")
  String actionColumn();

  @Message("تحرير: {title}")
  String editTitle(String title);

  @Message("→ الحدث")
  String backToEvent();

  @Message("تحرير الحدث #{id}")
  String editEvent(String id);

  @Message("العبارة كما وردت")
  String phraseAsWritten();

  @Message("حُسبت بالنسبة إلى تاريخ النشر {date}")
  String resolvedAgainst(String date);

  @Message("الدقة")
  String precision();

  @Message("تاريخ تقريبي")
  String approximateDate();

  @Message("تحرير الفاعل")
  String editActor();

  @Message("إزالة")
  String remove();

  @Message("إضافة فاعل موجود (اكتب اسمه)")
  String addActor();

  @Message("بدور")
  String asRole();

  @Message("أو فاعل جديد: الاسم")
  String newActorName();

  @Message("بالإنجليزية")
  String inEnglish();

  @Message("حالة المراجعة")
  String reviewState();

  @Message("سبب التعديل (اختياري، يظهر في السجل)")
  String editReason();

  @Message("حفظ")
  String save();

  @Message("دمج أو فصل")
  String mergeOrSplit();

  @Message("دمج الحدث رقم")
  String mergeEventNumber();

  @Message("في هذا الحدث (تنتقل أدلته وفاعلوه إليه)")
  String mergeIntoThis();

  @Message("السبب")
  String reason();

  @Message("دمج")
  String merge();

  @Message("تحرير المقالة")
  String editArticle();

  @Message("فصل هذه الجملة في حدث مستقل")
  String splitSentence();

  @Message("تحرير الفاعل: {name}")
  String editActorTitle(String name);

  @Message("تحرير الفاعل #{id}")
  String editActorHeading(String id);

  @Message("هذا الفاعل مدموج في")
  String actorMergedInto();

  @Message("الدولة (رقم الفاعل)")
  String countryNumber();

  @Message("حذف")
  String removeAlias();

  @Message("إضافة اسم بديل")
  String addAlias();

  @Message("دمج فاعل مكرر")
  String mergeDuplicateActor();

  @Message("رقم الفاعل المكرر")
  String duplicateActorNumber();

  @Message("دمجه في هذا الفاعل")
  String mergeIntoThisActor();

  @Message("تحرير المقالة: {title}")
  String editArticleTitle(String title);

  @Message("→ المقالة")
  String backToArticle();

  @Message("تحرير المقالة #{id}")
  String editArticleHeading(String id);

  @Message(
      "{#switch source}{#case 'header'}من رأس المقالة{#case 'metadata'}من البيانات المرفقة{#case 'editor'}حدده محرر{#else}{source}{/switch}")
  String dateSource(String source);

  @Message("المصدر (الصحيفة أو الموقع)")
  String outletLong();

  @Message("حدث جديد من جملة")
  String newEventFromSentence();

  @Message(
      "اختر الجملة بالفأرة في النص أدناه فيُملأ موضعا بدايتها ونهايتها، أو اكتبهما كما في روابط الأدلة")
  String selectSentenceHint();

  @Message("البداية")
  String rangeStart();

  @Message("النهاية")
  String rangeEnd();

  @Message("إنشاء الحدث")
  String createEvent();

  @Message("إضافة مقالة")
  String addArticle();

  @Message(
      "يُحفظ النص كما هو تماماً، مرة واحدة لكل محتوى، وتُستخرج أحداثه فوراً. ما يكتبه المحرر هنا يتقدّم على ما يُقرأ من رأس المقالة.")
  String uploadIntro();

  @Message("ملف نصي (UTF-8)")
  String textFile();

  @Message("أو الصق نص المقالة")
  String orPasteText();

  @Message("أضف المقالة")
  String addTheArticle();

  @Message("أُنشئ الحساب")
  String accountCreated();

  @Message("اسم المستخدم")
  String username();

  @Message("الأدوار")
  String roles();

  @Message("مفعّل")
  String enabled();

  @Message("موقوف")
  String disabled();

  @Message("إيقاف")
  String disable();

  @Message("تفعيل")
  String enable();

  @Message("إضافة محرر")
  String addEditor();

  @Message("كلمة المرور")
  String password();

  @Message("مدير (يدير الحسابات)")
  String adminRole();

  @Message("إضافة")
  String add();

  @Message("اسم المستخدم أو كلمة المرور غير صحيحة، أو أُوقف الدخول مؤقتاً بعد محاولات فاشلة كثيرة.")
  String loginFailed();

  @Message("دخول")
  String signInButton();

  @Message("القراءة متاحة للجميع بلا حساب.")
  String readingIsOpen();

  @Message("تسجيل الخروج")
  String signOutButton();

  @Message("جودة الاستخراج")
  String qualityTitle();

  @Message("جودة الاستخراج بحسب تصحيحات المحررين")
  String qualityHeading();

  @Message(
      "لكل نوع ونسخة من المستخرج: كم حدثاً آلياً أكّده المحررون كما هو، أو عدّلوه (وأي الحقول)، أو رفضوه. «الدقة» = المؤكَّد ÷ ما رُوجع.")
  String qualityHint();

  @Message("النسخة")
  String version();

  @Message("المجموع")
  String total();

  @Message("الحقول المعدّلة")
  String editedFieldsColumn();

  @Message("الدقة")
  String precisionRatio();

  @Message("لا أحداث آلية بعد.")
  String noMachineEvents();

  @Message("إعادة الاستخراج")
  String reextractTitle();

  @Message(
      "يعيد تشغيل الاستخراج على كل المقالات. ما صحّحه المحررون يبقى كما هو: الحقول المعدّلة، الأحداث المرفوضة والمؤكدة، الدمج والفصل.")
  String reextractText();

  @Message("أعد الاستخراج الآن")
  String reextractNow();

  @Message(
      "{#switch code}{#case 'visit'}زيارة{#case 'meeting'}لقاء{#case 'deal'}صفقة{#case 'diplomatic'}دبلوماسية{#case 'incident'}حادث{#case 'military'}نشاط عسكري{#case 'statement'}تصريح{#case 'other'}أخرى{#else}{code}{/switch}")
  String typeName(String code);

  @Message(
      "{#switch code}{#case 'happened'}وقع{#case 'planned'}مخطط له{#case 'cancelled'}أُلغي أو أُجّل{#case 'reported'}غير مؤكد{#else}{code}{/switch}")
  String statusName(String code);

  @Message(
      "{#switch code}{#case 'extracted'}مستخرج آلياً{#case 'confirmed'}أكده محرر{#case 'edited'}عدّله محرر{#case 'rejected'}مرفوض{#else}{code}{/switch}")
  String reviewName(String code);

  @Message(
      "{#switch code}{#case 'visitor'}زائر{#case 'host'}مضيف{#case 'buyer'}مشترٍ{#case 'seller'}بائع{#case 'attacker'}مهاجم{#case 'target'}مستهدف{#case 'speaker'}متحدث{#case 'participant'}مشارك{#else}{code}{/switch}")
  String roleName(String code);

  @Message(
      "{#switch code}{#case 'day'}يوم{#case 'week'}أسبوع{#case 'month'}شهر{#case 'season'}فصل{#case 'year'}سنة{#case 'decade'}عقد{#case 'century'}قرن{#case 'unknown'}غير معروف{#else}{code}{/switch}")
  String precisionName(String code);

  @Message(
      "{#switch code}{#case 'person'}شخص{#case 'country'}دولة{#case 'organization'}مؤسسة{#case 'company'}شركة{#case 'group'}جماعة{#else}{code}{/switch}")
  String kindName(String code);

  @Message(
      "كانون الثاني/يناير؛شباط/فبراير؛آذار/مارس؛نيسان/أبريل؛أيار/مايو؛حزيران/يونيو؛تموز/يوليو؛آب/أغسطس؛أيلول/سبتمبر؛تشرين الأول/أكتوبر؛تشرين الثاني/نوفمبر؛كانون الأول/ديسمبر")
  String monthNames();

  @Message("تاريخ غير معروف")
  String dateUnknown();

  @Message("حوالي {date}")
  String dateAbout(String date);

  @Message("حتى {date}")
  String dateUntil(String date);

  @Message("منذ {date}")
  String dateSince(String date);

  @Message("عقد {start}–{end}")
  String decadeOf(String start, String end);

  @Message("القرن {n}")
  String centuryOf(String n);

  @Message("انتهت صلاحية النموذج")
  String csrfTitle();

  @Message(
      "لم يُحفظ شيء: النموذج أقدم من جلستك (انتهت صلاحيته أو أُعيد تشغيل الخادم)، فلم نستطع التحقق من أنه منك. ما كتبته محفوظ في هذه الصفحة: أرسله مرة أخرى.")
  String csrfText();

  @Message("الملف المرفوع لا يُحفظ هنا: اختره مرة أخرى في النموذج.")
  String csrfFile();

  @Message("أرسل النموذج مرة أخرى")
  String csrfResend();

  @Message("لوحة المفاتيح")
  String keyboard();

  @Message("التالي/السابق")
  String keyNextPrevious();

  @Message("افتح النموذج من جديد")
  String csrfReload();
}
