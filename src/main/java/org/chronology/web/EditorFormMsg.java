package org.chronology.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the editor forms' own helpers (a refused form offered again, actor fields that take
 * names), Arabic first; English in {@code messages/ef_en.properties}. Templates use {@code ef:key}.
 * A bundle of its own because one bundle holds at most 300 messages ({@link
 * MessageBundleSizeTest}).
 */
@MessageBundle(value = "ef", locale = "ar")
public interface EditorFormMsg {

  @Message("ما كتبته")
  String typedHeading();

  @Message("كلمات المرور لا تُحفظ هنا: اكتبها مرة أخرى في النموذج.")
  String passwordNotKept();

  // Actor boxes that take a name or a number (the actor editor's country and duplicate).

  @Message("الدولة (اسمها أو رقمها)")
  String countryField();

  @Message("الفاعل المكرر (اسمه أو رقمه)")
  String duplicateField();

  @Message("اكتب الاسم واختر من الاقتراحات، أو رقم الفاعل.")
  String nameOrNumberHint();

  @Message("أكثر من فاعل بهذا الاسم: اختر واحداً ثم أرسل النموذج")
  String pickOne();

  /** No actor bears the typed name, several contain it ({@link #pickOne} when they bear it). */
  @Message("الفاعلون الذين تتضمن أسماؤهم «{who}»: اختر واحداً ثم أرسل النموذج")
  String pickContaining(String who);

  /** The field's error when no actor bears the typed name and several contain it. */
  @Message("الفاعلون الذين تتضمن أسماؤهم «{who}»: اختر واحداً من القائمة")
  String lookupContaining(String who);

  @Message("رقم {n}")
  String actorNo(String n);

  @Message(
      "{#switch code}{#case 'lookupNoCountry'}لا توجد دولة بهذا الاسم{#case 'lookupNoActor'}لا يوجد"
          + " فاعل بهذا الاسم{#case 'lookupSeveral'}أكثر من فاعل بهذا الاسم: اختر واحداً من"
          + " القائمة{#case 'lookupTooLong'}الاسم أطول من 200 حرف{#else}{code}{/switch}")
  String err(String code);
}
