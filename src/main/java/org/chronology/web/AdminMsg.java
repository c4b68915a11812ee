package org.chronology.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Adding articles, accounts, sign-in, quality, re-extraction and rejected files. Arabic first;
 * English: {@code messages/adm_en.properties}. Templates use {@code adm:key}. A bundle of its own
 * because one bundle holds at most 300 messages and a file should stay small ({@link Msg} has the
 * shell, errors and names).
 */
@MessageBundle(value = "adm", locale = "ar")
public interface AdminMsg {

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

  /**
   * A rejection reason by its code (article.RejectionReason) and numbers; {@code n} is the first
   * number as a number, which the counted nouns agree with.
   */
  @Message(
      "{#switch code}{#case 'empty'}ملف فارغ{#case 'encoding'}ليس نصاً بترميز UTF-8 ولا نصاً عربياً بترميز windows-1256"
          + "{#case 'invalidUtf8'}ترميز UTF-8 معطوب: عدد البايتات المعطوبة {a}، أولها البايت {b} (والباقي UTF-8 سليم، فلا يُقرأ بترميز windows-1256)"
          + "{#case 'bom'}علامة ترتيب البايتات لا تطابق محتواه{#case 'binary'}محتوى ثنائي لا نص (فيه {#switch label:arabicCount(n)}{#case 'one'}محرف تحكم واحد{#case 'two'}محرفا تحكم{#case 'few'}{a} محارف تحكم{#else}{a} محرف تحكم{/switch})"
          + "{#case 'binaryNul'}محتوى ثنائي لا نص (فيه محارف NUL){#case 'blank'}لا نص فيه سوى المسافات"
          + "{#case 'tooLarge'}حجم المقالة {a} بايت، أكبر من الحد {b} بايت (chronology.article.max-bytes){#if kept}؛ حُفظت أول {c} بايت منها{/if}"
          + "{#else}{code}{/switch}")
  String rejectReason(String code, String a, String b, String c, boolean kept, long n);

  /** The upload form's answer to a refused file; {@code reason} is {@link #rejectReason}'s. */
  @Message("لم يُقبل الملف: {reason}. حُفظت بايتاته كما هي.")
  String uploadRejected(String reason);

  @Message("إضافة مقالة")
  String addArticle();

  @Message(
      "يُحفظ النص كما هو تماماً، مرة واحدة لكل محتوى، وتُستخرج أحداثه فوراً. ما يكتبه المحرر هنا يتقدّم على ما يُقرأ من رأس المقالة.")
  String uploadIntro();

  @Message(
      "يُكتب اليوم المختار بالكلمات هنا، أياً كان الترتيب الذي يعرض به المتصفح التاريخ (يوم/شهر أو شهر/يوم).")
  String publishedHint();

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

  /** An account's roles in the accounts table (the stored codes are {@code admin,editor}). */
  @Message("مدير ومحرر")
  String rolesAdminEditor();

  @Message("محرر")
  String rolesEditor();

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
}
