package org.chronology.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The editors' pages: event, actor and article editing, history, conflicts, review, and the form
 * errors (codes through {@link #err}). Arabic first; English: {@code messages/ed_en.properties}.
 * Templates use {@code ed:key}. A bundle of its own because one bundle holds at most 300 messages
 * and a file should stay small ({@link Msg} has the shell, errors and names).
 */
@MessageBundle(value = "ed", locale = "ar")
public interface EditMsg {

  @Message("لا يمكن دمج الحدث مع نفسه.")
  String historySelfMerge();

  @Message("الحدث المطلوب غير موجود.")
  String historyNoEvent();

  /** A merge asked for with a number that names no event. */
  @Message("لا يوجد حدث رقمه {id}: لم يُدمج شيء.")
  String historyNoEventNumbered(String id);

  @Message("لا توجد هذه النسخة لهذا الحدث.")
  String historyNoRevision();

  @Message("لا توجد حالة محفوظة للحدث في هذه النسخة.")
  String historyNoState();

  /** A restore that would change nothing (the state after the newest revision is the event's). */
  @Message("الحدث على هذه الحالة الآن: لم يتغير شيء ولم تُسجَّل نسخة جديدة.")
  String historyUnchanged();

  @Message("أدخل رقم الحدث المراد دمجه.")
  String historyMergeId();

  @Message("لا يُفصل إلا دليل من أدلة حدث له أكثر من دليل.")
  String historySplit();

  @Message("لم يُنفذ التغيير.")
  String historyFailed();

  @Message(
      "{#switch name}{#case 'create'}إنشاء{#case 'edit'}تعديل{#case 'confirm'}تأكيد{#case 'reject'}رفض{#case 'merge'}دمج حدث آخر فيه{#case 'merged-into'}دُمج في غيره{#case 'split'}فصل جملة منه{#case 'split-from'}فُصل من حدث آخر{#case 'unmerged'}أُخرج من دمج{#case 'revert'}استعادة نسخة{#case 'revert-before'}استعادة ما قبل نسخة{#case 'reextract'}إعادة الاستخراج الآلي{#else}{name}{/switch}")
  String action(String name);

  @Message("سجل الحدث #{id}")
  String historyTitle(String id);

  @Message("النسخة {n}")
  String revisionNumber(String n);

  @Message("إلى النسخة {n}")
  String revertedTo(String n);

  @Message("المستخرج الآلي، الإصدار {v}: غيّر ما لم يحدده محرر فقط")
  String reextractedBy(String v);

  @Message("المستخرج الآلي")
  String machine();

  @Message("إلى ما قبل النسخة {n}")
  String revertedToBefore(String n);

  /**
   * Where a merge or a split went, by {@code HistoryView.Structure}'s key: the other record's
   * number, linked by the page.
   */
  @Message(
      "{#switch key}{#case 'event-merge'}دُمج فيه الحدث رقم {n}{#case 'event-merged-into'}دُمج في الحدث رقم {n}"
          + "{#case 'event-split'}نُقلت جملة منه إلى حدث جديد رقم {n}{#case 'event-split-from'}فُصل عن الحدث رقم {n}"
          + "{#case 'event-unmerged-from'}أُخرج من الحدث رقم {n}{#case 'event-unmerged-as'}أُعيد حدثاً مستقلاً رقم {n}"
          + "{#case 'actor-merge'}دُمج فيه الفاعل رقم {n}{#case 'actor-merged-into'}دُمج في الفاعل رقم {n}"
          + "{#else}{n}{/switch}")
  String structureReason(String key, String n);

  @Message("السجل")
  String history();

  /** A sentence of an event's evidence in its history that is no longer stored anywhere. */
  @Message("جملة لم تعد محفوظة")
  String sentenceNotKept();

  /** The article of a sentence in an event's history, since removed. */
  @Message("مقال لم يعد موجوداً (#{id})")
  String articleGone(String id);

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

  @Message("التراجع عن الفصل: إعادة دمج الحدث رقم {other} في هذا الحدث")
  String undoSplit(String other);

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
      "{#switch code}{#case 'publishedOutOfRange'}تاريخ النشر خارج المدى المعقول{#case 'badDate'}تاريخ غير صالح، اكتبه هكذا: 2022-10-08{#case 'outletTooLong'}اسم المصدر أطول من 200 حرف{#case 'titleTooLong500'}العنوان أطول من 500 حرف{#case 'saved'}حُفظت التعديلات.{#case 'nothingSaved'}لم يُحفظ شيء.{#case 'enterDuplicateActor'}أدخل رقم الفاعل المكرر{#case 'actorConflict'}عدّل محرر آخر هذا الفاعل في أثناء عملك: راجع القيم المحفوظة الآن{#case 'countryNotCountry'}أدخل رقم فاعل من صنف «دولة»{#case 'aliasTooLong'}الاسم البديل أطول من 200 حرف{#case 'mergeActorSelf'}لا يُدمج الفاعل في نفسه{#case 'actorAlreadyMerged'}هذا الفاعل نفسه مدموج في غيره{#case 'chooseType'}اختر نوعاً من القائمة{#case 'titleRequired'}العنوان مطلوب{#case 'titleTooLong'}العنوان أطول من 300 حرف{#case 'chooseStatus'}اختر حالة من القائمة{#case 'endBeforeStart'}نهاية الفترة قبل بدايتها{#case 'choosePrecision'}اختر دقة من القائمة{#case 'unknownPrecisionWithDate'}الدقة «غير معروفة» تعني فترة بلا تاريخ: امسح التاريخين أو اختر دقة{#case 'startRequired'}أدخل تاريخ البداية أو اختر الدقة «غير معروفة»{#case 'chooseReview'}اختر حالة مراجعة من القائمة{#case 'unknownRole'}دور غير معروف{#case 'noSuchActor'}لا يوجد فاعل بهذا الرقم{#case 'enterActor'}أدخل رقم الفاعل{#case 'chooseKind'}اختر صنف الفاعل الجديد{#case 'nameTooLong'}الاسم أطول من 200 حرف{#case 'noteTooLong'}الملاحظة أطول من 4000 حرف{#case 'mergeEventSelf'}لا يمكن دمج الحدث مع نفسه{#case 'rangeNumbers'}حدد بداية الجملة ونهايتها بأرقام{#case 'rangeOutside'}المدى خارج نص المقالة{#case 'rangeEmpty'}الجملة المختارة فارغة{#case 'fixFields'}لم يُحفظ شيء: صحّح الحقول المشار إليها.{#case 'enterEventToMerge'}أدخل رقم الحدث المراد دمجه{#case 'splitNeedsTwo'}لا يُفصل إلا دليل من أدلة حدث له أكثر من دليل{#case 'savedReextracted'}حُفظ تاريخ النشر وأُعيد الاستخراج: حُسبت التواريخ النسبية من جديد.{#case 'eventNotCreated'}لم يُنشأ الحدث.{#case 'badUsername'}اسم المستخدم من 3 إلى 40 حرفاً لاتينياً أو رقماً أو . _ -{#case 'usernameTaken'}اسم المستخدم مستعمل{#case 'fileOrText'}ارفع ملفاً أو الصق النص، لا الاثنين معاً.{#case 'fileOrTextRequired'}ارفع ملف نص أو الصق نص المقالة.{#case 'publishedFormat'}تاريخ النشر بصيغة 2023-07-13.{#case 'urlScheme'}الرابط يبدأ بـ http:// أو https://{#case 'noSuchEvent'}لا يوجد حدث بهذا الرقم{#case 'articleConflict'}عدّل محرر آخر هذه المقالة في أثناء عملك: القيم المحفوظة الآن في الأعلى، وقيمك في النموذج. احفظ مجدداً لتكتب قيمك فوقها.{#case 'passwordShort'}كلمة المرور 10 أحرف على الأقل{#case 'noSuchRevision'}لا توجد هذه النسخة لهذا الحدث{#case 'noSavedState'}لا توجد حالة محفوظة للحدث في هذه النسخة{#case 'rejectUnreadable'}لم يُقبل الملف: تعذرت قراءته (حُفظت بايتاته كما هي).{#case 'controlCharacters'}الحقل يحوي محارف تحكم (مثل NUL) لا تُحفظ؛ احذفها.{#case 'ambiguousActor'}أكثر من فاعل بهذا الاسم: اكتب الاسم كاملاً أو اختر من القائمة{#else}{code}{/switch}")
  String err(String code);

  @Message(
      "المراجعة: {#switch label:arabicCount(n)}{#case 'zero'}لا أحداث{#case 'one'}حدث واحد{#case 'two'}حدثان{#case 'few'}{total} أحداث{#case 'many'}{total} حدثاً{#else}{total} حدث{/switch} دون مراجعة بعد")
  String reviewHeading(String total, long n);

  @Message("{#if action == 'reject'}رُفض{#else}أُكّد{/if} الحدث رقم {id}.")
  String reviewedOne(String action, String id);

  @Message(
      "{#switch label:arabicCount(n)}{#case 'zero'}لم يُؤكَّد أي حدث: حدّد الأحداث أولاً{#case 'one'}أُكّد حدث واحد{#case 'two'}أُكّد حدثان{#case 'few'}أُكّدت {total} أحداث{#case 'many'}أُكّد {total} حدثاً{#else}أُكّد {total} حدث{/switch}.")
  String reviewedMany(String total, long n);

  /** The review queue's pager: the page before. */
  @Message("الصفحة السابقة")
  String reviewPrevious();

  /** The review queue's pager: the page after. */
  @Message("الصفحة التالية")
  String reviewNext();

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

  /**
   * The label of an actor's role in the editor, standing alone beside its field (the reader's
   * {@code role} is lower-case inside a line: "— person, role: agent").
   */
  @Message("الدور")
  String roleLabel();

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

  /**
   * Beside the start and end fields: what the «#c123» of an evidence link's address means (the
   * reference between bidi isolates, U+2066 and U+2069, so it reads left to right in Arabic).
   */
  @Message(
      "البداية والنهاية موضعا حرفين في نص المقالة. رابط الدليل الذي ينتهي بـ «⁦#c123⁩» يشير إلى جملة تبدأ عند الحرف 123: اكتب 123 في البداية، وموضع آخر حرف منها في النهاية.")
  String rangeHint();

  /** The review queue's year field, given something that is not a year it can filter by. */
  @Message("«{value}» ليست سنة: اكتب سنة من {min} إلى {max} أو اخترها من القائمة.")
  String reviewBadYear(String value, String min, String max);
}
