package org.chronology.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the time axis, the story view, comparing actors and an actor's relations, Arabic
 * first; English in {@code messages/tl_en.properties}. Templates use {@code tl:key}. A bundle of
 * its own because one bundle holds at most 300 messages ({@link MessageBundleSizeTest}).
 */
@MessageBundle(value = "tl", locale = "ar")
public interface TimelineMsg {

  // The time axis, the story view, comparing actors and co-actors.

  @Message("الخط الزمني: {span}")
  String axisTitle(String span);

  @Message("تكبير الخط الزمني وتحريكه")
  String axisNav();

  @Message("انتقل إلى الخط الزمني")
  String skipToAxis();

  /** The chronology's skip link to the search box, below the year strip. */
  @Message("انتقل إلى البحث")
  String skipToSearch();

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

  @Message(
      "{#switch label:arabicCount(n)}{#case 'zero'}لا أحداث{#case 'one'}حدث واحد{#case 'two'}حدثان{#case 'few'}{count} أحداث{#case 'many'}{count} حدثاً{#else}{count} حدث{/switch} في هذه الفترة، معدودة لكل مدة ببداياتها؛ اختر مدة لتكبيرها.")
  String axisAggregated(String count, long n);

  @Message(
      "{#switch label:arabicCount(n)}{#case 'zero'}لا أحداث{#case 'one'}حدث واحد{#case 'two'}حدثان{#case 'few'}{count} أحداث{#case 'many'}{count} حدثاً{#else}{count} حدث{/switch} في هذه الفترة، كل حدث في موضعه.")
  String axisEventsShown(String count, long n);

  @Message(
      "{#switch label:arabicCount(n)}{#case 'zero'}لا أحداث{#case 'one'}حدث واحد{#case 'two'}حدثان{#case 'few'}{count} أحداث{#case 'many'}{count} حدثاً{#else}{count} حدث{/switch} بلا تاريخ معروف خارج الخط.")
  String axisUndated(String count, long n);

  @Message(
      "لتحديد فترة: اسحب على الخط، أو اختر الشريط تحت التواريخ (بالنقر، أو بمفتاح Tab ثم Enter) عند طرفها الأول ثم عند الآخر.")
  String axisSpanHint();

  @Message("يبدأ التحديد من {date}: اختر طرفه الآخر على الشريط.")
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

  @Message("الأول")
  String storyFirst();

  @Message("الأخير")
  String storyLast();

  @Message("لا أحداث تطابق هذه التصفيات.")
  String storyEmpty();

  @Message("اقرأ الأحداث قصةً، حدثاً حدثاً")
  String storyLink();

  @Message("المفتاحان ← و→ ينتقلان بين الأحداث.")
  String storyKeys();

  /** The story view's hint on a touch screen, which has no arrow keys. */
  @Message("اسحب يميناً أو يساراً، أو استعمل «السابق» و«التالي»، للانتقال بين الأحداث.")
  String storyTouch();

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

  @Message(
      "{name}: {#switch label:arabicCount(n)}{#case 'zero'}لا أحداث{#case 'one'}حدث واحد{#case 'two'}حدثان{#case 'few'}{count} أحداث{#case 'many'}{count} حدثاً{#else}{count} حدث{/switch}")
  String compareEach(String name, String count, long n);

  @Message("قارن")
  String compareWith();

  /** The compare page with one actor, asking for the other. */
  @Message("قارن {name} بفاعل آخر")
  String comparePickTitle(String name);

  @Message("الفاعل الآخر")
  String compareSecond();

  @Message("الفاعل الأول")
  String compareFirst();

  @Message("فاعل واحد يحمل اسم «{who}»: اختره للمتابعة.")
  String compareOneMatch(String who);

  @Message("لا يوجد فاعل آخر باسم «{who}».")
  String compareNoOther(String who);

  @Message("فاعل واحد يتضمن اسمه «{who}»: اختره للمتابعة.")
  String compareOneContaining(String who);

  @Message("الفاعلون الذين تتضمن أسماؤهم «{who}»: اختر.")
  String compareContaining(String who);

  @Message("الجانبان فاعل واحد:")
  String compareSameActor();

  @Message("غيّر أحد الاسمين لمقارنة فاعلَين.")
  String compareSameActorHint();

  @Message("فاعلون في الأحداث نفسها")
  String coActors();

  @Message(
      "{#switch label:arabicCount(n)}{#case 'zero'}لا أحداث مشتركة{#case 'one'}حدث واحد مشترك{#case 'two'}حدثان مشتركان{#case 'few'}{count} أحداث مشتركة{#case 'many'}{count} حدثاً مشتركاً{#else}{count} حدث مشترك{/switch}")
  String coActorCount(String count, long n);

  @Message("لا أحد.")
  String noCoActors();

  @Message("{a} و{b} عبر السنين")
  String relationTitle(String a, String b);

  @Message("كل أحداث {name}")
  String relationAll(String name);

  @Message("المشتركة مع {name}")
  String relationShared(String name);

  @Message(
      "{year}: {#switch label:arabicCount(n)}{#case 'zero'}لا أحداث{#case 'one'}حدث واحد{#case 'two'}حدثان{#case 'few'}{all} أحداث{#case 'many'}{all} حدثاً{#else}{all} حدث{/switch}، منها مشتركة: {shared}")
  String relationYear(String year, String all, String shared, long n);

  // The article page, for editors: an extraction that did not finish (its reason follows).

  @Message(
      "لم يكتمل استخراج الأحداث من هذه المقالة، ويُعاد عند رفعها مرة أخرى أو عند إعادة الاستخراج. السبب:")
  String articleExtractionFailed();

  @Message(
      "يجري استخراج الأحداث من هذه المقالة؛ تظهر في التسلسل الزمني حين ينتهي. أعد تحميل الصفحة بعد قليل.")
  String articleExtractionPending();
}
