package org.chronology.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The shell's texts (navigation, footer, error pages) and the names of codes and dates, Arabic
 * first. English: {@code messages/msg_en.properties}. Templates use {@code msg:key}; the locale
 * follows the reader's choice ({@link Ui#localize}). The pages' texts are in bundles per area:
 * {@link ReaderMsg} ({@code rd:}), {@link TimelineMsg} ({@code tl:}), {@link EditMsg} ({@code ed:})
 * and {@link AdminMsg} ({@code adm:}).
 */
@MessageBundle(value = "msg", locale = "ar")
public interface Msg {

  @Message("الكرونولوجيا")
  String appName();

  @Message("انتقل إلى المحتوى")
  String skipToContent();

  @Message("الأقسام")
  String navSections();

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

  @Message("غير معروف")
  String unknown();

  // Errors

  @Message("خطأ {status}")
  String errorTitle(int status);

  @Message("غير موجود")
  String notFound();

  @Message("ربما حُذف أو دُمج في غيره.")
  String notFoundText();

  @Message("ما جرى له: سجله")
  String notFoundTrail();

  @Message("طلب غير صالح")
  String badRequest();

  @Message(
      "{#switch label:arabicCount(n)}{#case 'zero'}{#case 'one'}وجملة أخرى تروي هذا الحدث لا تُعرض هنا.{#case 'two'}وجملتان أخريان ترويان هذا الحدث لا تُعرضان هنا.{#case 'few'}و{count} جمل أخرى تروي هذا الحدث لا تُعرض هنا.{#case 'many'}و{count} جملة أخرى تروي هذا الحدث لا تُعرض هنا.{#else}و{count} جملة أخرى تروي هذا الحدث لا تُعرض هنا.{/switch}")
  String moreEvidence(String count, long n);

  @Message("الخادم مشغول")
  String busy();

  @Message(
      "يقرأ كثيرون في اللحظة نفسها أو استغرق هذا البحث وقتاً طويلاً. أعد المحاولة بعد قليل، أو ضيّق التصفيات.")
  String busyText();

  /** {@code parameter} is the filter's name as the form labels it ({@code rd:param}). */
  @Message("القيمة «{value}» المعطاة لـ«{parameter}» غير صالحة.")
  String badValue(String parameter, String value);

  @Message("قيمة «{parameter}» غير صالحة.")
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

  @Message("العودة إلى الاستمارة")
  String backToForm();

  @Message("فتح الصفحة نفسها من دون هذه القيمة")
  String retryWithout();

  @Message("لا يوجد حدث رقم {id}.")
  String noEvent(String id);

  @Message("لا توجد مقالة رقم {id}.")
  String noArticle(String id);

  @Message("لا يوجد فاعل رقم {id}.")
  String noActor(String id);

  // Robustness: limits, unavailable database, conflicts, refused requests.

  @Message("الطلب أكبر من المسموح")
  String tooLarge();

  @Message(
      "يتسع الطلب كله (ملف مرفوع مع الاستمارة مثلاً) لـ {maxBodyKb} كيلوبايت على الأكثر، ويتسع"
          + " الحقل الواحد (نص مقالة ملصق مثلاً) لـ {maxFieldKb} كيلوبايت، أي نحو {maxFieldChars} حرف"
          + " عربي.")
  String tooLargeText(String maxFieldKb, String maxFieldChars, String maxBodyKb);

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

  @Message("هذه الصفحة غير موجودة. تحقق من العنوان، أو ابدأ من التسلسل الزمني.")
  String noSuchPage();

  @Message(
      "{#switch name}{#case 'type'}النوع{#case 'title'}العنوان{#case 'status'}الحالة{#case 'review'}المراجعة{#case 'dateStart'}بداية التاريخ{#case 'dateEnd'}نهاية التاريخ{#case 'datePrecision'}دقة التاريخ{#case 'dateApproximate'}تاريخ تقريبي{#case 'dateText'}عبارة التاريخ{#case 'dateResolvedAgainst'}حُسب التاريخ بالنسبة إلى{#case 'date'}التاريخ{#case 'location'}المكان{#case 'locationName'}المكان{#case 'locationNameEn'}المكان بالإنجليزية{#case 'note'}ملاحظة{#case 'actors'}الفاعلون{#case 'mentions'}الأدلة{#case 'editedFields'}ما حدده المحررون{#case 'kind'}النوع{#case 'name'}الاسم{#case 'nameEn'}الاسم بالإنجليزية{#case 'office'}المنصب{#case 'country'}الدولة{#case 'mergedInto'}دُمج في{#case 'aliases'}الأسماء الأخرى{#case 'publishedOn'}تاريخ النشر{#case 'outlet'}المصدر{#case 'url'}الرابط{#case 'publishedOnSource'}مصدر تاريخ النشر{#case 'reason'}السبب{#case 'other'}رقم الحدث المدموج فيه{#case 'actorName'}فاعل{#case 'role'}الدور{#case 'addActor'}فاعل يُضاف{#case 'addRole'}دور الفاعل المضاف{#case 'newActorName'}فاعل جديد{#case 'newActorRole'}دور الفاعل الجديد{#case 'newActorKind'}نوع الفاعل الجديد{#case 'remove'}إزالة فاعل{#case 'addAlias'}اسم بديل يُضاف{#case 'removeAlias'}اسم بديل يُحذف{#case 'duplicate'}الفاعل المكرر{#case 'text'}النص{#case 'start'}بداية الجملة{#case 'end'}نهاية الجملة{#case 'username'}اسم المستخدم{#case 'admin'}مدير{#case 'who'}الفاعل{#case 'published'}تاريخ النشر{#else}{name}{/switch}")
  String field(String name);

  @Message("نعم")
  String yes();

  @Message("لا")
  String no();

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

  @Message("تعذّر التحقق من النموذج")
  String csrfMissingTitle();

  @Message(
      "لم يُحفظ شيء: وصل النموذج بلا رمز التحقق الذي يثبت أنه منك (قد يكون أسقطه امتداد في المتصفح أو وسيط في الشبكة)، فلم نستطع التحقق منه. ما كتبته محفوظ في هذه الصفحة: أرسله مرة أخرى.")
  String csrfMissingText();

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
