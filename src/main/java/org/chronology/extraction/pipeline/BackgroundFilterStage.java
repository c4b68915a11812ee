package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Suffix;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Proclitics;

/**
 * Drops drafts that report no happening: negated undated events, imperfect verbs without date or
 * future (habits), running statistics, undated nouns inside quotations or in the plural, and
 * declaration verbs without what was declared, and a tour named as what a visit's stop belongs to
 * ({@link TourStops}).
 */
@Stage.Contract(
    name = "background",
    requires = {Layer.EVENT_DATES, Layer.STATUS},
    adds = Layer.FILTERED)
public record BackgroundFilterStage(Lexicon lexicon) implements Stage {

  /** The complementizer follows the verb at once or after its subject ("اعترف الموقوف بأنه"). */
  private static final int SAYS_THAT_REACH = 3;

  /** "Repeatedly" stands right after the verb or after its subject ("نفت الإمارات مراراً"). */
  private static final int REPEATED_REACH = 3;

  @Override
  public void process(Document doc) {
    doc.events().removeIf(d -> !happening(doc, d));
  }

  private boolean happening(Document doc, EventDraft d) {
    if (d.negated && d.date == null) {
      return false;
    }
    if (d.head.trigger().form() == TriggerForm.PRESENT
        && (d.date == null || d.date.expression().approximate() && !withinAMonth(d))
        && d.status == EventStatus.HAPPENED
        && !afterSequel(doc, d)) {
      if (!titleLine(doc, d)) {
        return false; // a habit ("تتهم إيران ... في السنوات الأخيرة"), not a happening
      }
      d.presentTitle = true;
    }
    return !(RunningFigures.statistic(lexicon, doc, d)
        || RunningFigures.runningTotal(lexicon, doc, d)
        || remembered(doc, d)
        || sinceYears(doc, d)
        || background(doc, d)
        || emptyDeclaration(doc, d)
        || quotedAside(d)
        || saysThat(doc, d)
        || partOfBuilding(doc, d)
        || opinion(doc, d)
        || commentary(doc, d)
        || noReaction(doc, d)
        || question(doc, d)
        || standing(doc, d)
        || gapStart(doc, d)
        || CargoVehicles.cargoVehicle(lexicon, doc, d)
        || repeated(doc, d)
        || menu(doc, d)
        || neverBefore(doc, d)
        || reasonOfAct(doc, d)
        || declinedComment(doc, d)
        || TourStops.tourOfStop(lexicon, doc, d)
        || WeeklySchedules.timetable(lexicon, doc, d));
  }

  /**
   * "أواخر أيار/مايو 2023: الرئيس يزور باكو": a hedged part of one month ("أوائل"، "أواخر"،
   * "منتصف") still dates one happening; a hedged year or span ("في السنوات الأخيرة") is a habit's
   * period.
   */
  private static boolean withinAMonth(EventDraft d) {
    return d.date.expression().start() != null
        && d.date.expression().precision().atLeastAsFineAs(org.chronology.time.Precision.MONTH);
  }

  /**
   * "يصل الرئيس الجزائري إلى روما في زيارة دولة": the article's own headline told in the present
   * tells the news of its day, not a habit (the body then dates it, or the publication day does).
   * Its headline is a title line with only title lines (the masthead, the kicker) before it; the
   * headlines of other articles listed after the body stay out.
   */
  static boolean titleLine(Document doc, EventDraft d) {
    for (int i = 0; i <= d.sentence; i++) {
      if (!doc.sentences().get(i).headline()) {
        return false;
      }
    }
    return true;
  }

  /**
   * "ونفت الإمارات مراراً تقديم أي دعم": a verb done repeatedly is a habit, not one happening,
   * unless a date of its own names the one time told.
   */
  private boolean repeated(Document doc, EventDraft d) {
    if (d.ownDate || !d.head.trigger().form().verbal()) {
      return false;
    }
    int end = Math.min(d.head.end() + REPEATED_REACH, doc.sentences().get(d.sentence).endToken());
    for (int t = d.head.end(); t < end; t++) {
      if (lexicon.is(FunctionWord.REPEATEDLY, doc.tokens().get(t).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "ولم يسبق لأي رئيس مصري أن زار طشقند"، "لم يسبق أن التقى الزعيمان": a negation, the verb of a
   * precedent and a complementizer before the happening say it never took place; with a date of its
   * own the happening is told as done ("لم يسبق لها مثيل، وقع البلدان أمس …" has no complementizer
   * between).
   */
  private boolean neverBefore(Document doc, EventDraft d) {
    if (d.ownDate) {
      return false;
    }
    int from = doc.sentences().get(d.sentence).firstToken();
    boolean precedent = false;
    for (int t = from + 1; t < d.head.first(); t++) {
      String w = doc.tokens().get(t).text();
      if (lexicon.isBareOrJoined(FunctionWord.NEGATION, doc.tokens().get(t - 1).text())
          && lexicon.is(FunctionWord.PRECEDENT, w)) {
        precedent = true;
      } else if (precedent && lexicon.is(FunctionWord.COMPLEMENTIZER, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "استدعت الوزارة السفير، قبل أن تعلن في بيان أن …": after قبل أن the present form of the verb
   * tells the next step of a past story, not a habit.
   */
  private boolean afterSequel(Document doc, EventDraft d) {
    return SequelClauses.opensSequel(lexicon, doc, d);
  }

  /** Items between vertical bars ("الرئيسية | من نحن | اتصل بنا") are a site's menu. */
  private static boolean menu(Document doc, EventDraft d) {
    var s = doc.sentences().get(d.sentence);
    String text = doc.article().text().substring(s.start(), s.end());
    return text.chars().filter(c -> c == '|').count() >= 2;
  }

  /**
   * A sentence opening with an observer's view ("ويرى مراقبون أن …"، "ويعتقد محللون أن …") tells
   * what people think, not what happened, unless its event carries a date of its own; a span of
   * years ("خلال السنوات المقبلة") is the view's horizon, not a happening's date.
   */
  /** How many words an opinion's opener may have ("مما لا شك فيه"). */
  private static final int OPENER = 4;

  private boolean opinion(Document doc, EventDraft d) {
    if (d.ownDate && !horizon(d)) {
      return false;
    }
    var s = doc.sentences().get(d.sentence);
    String first = doc.tokens().get(s.firstToken()).text();
    if (lexicon.is(FunctionWord.OPINION, first)
        || Proclitics.startsWithAnd(first)
            && lexicon.is(FunctionWord.OPINION, Proclitics.withoutAnd(first))) {
      return true;
    }
    // "ولا شك أن الاتفاق …"، "ومما لا شك فيه أن …": a writer's certainty of a few words
    String opener = Proclitics.startsWithAnd(first) ? Proclitics.withoutAnd(first) : first;
    for (int i = s.firstToken() + 1; i < Math.min(d.head.first(), s.firstToken() + OPENER); i++) {
      opener = opener + " " + doc.tokens().get(i).text();
      if (lexicon.is(FunctionWord.OPINION, opener)) {
        return true;
      }
    }
    // "ويتفق معه الباحث …، الذي يرى أن …": the view of someone described in a relative clause
    for (int i = s.firstToken() + 1; i + 1 < d.head.first(); i++) {
      if (lexicon.is(FunctionWord.RELATIVE, doc.tokens().get(i - 1).text())
          && lexicon.is(FunctionWord.OPINION, doc.tokens().get(i).text())
          && lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(i + 1).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "وتعمل السفارة منذ سنوات على …"، "تعقد القمة بالتناوب بين البلدين منذ سنوات": a date that is
   * only the start of a state some vague number of years ago (منذ and the tagger's approximate span
   * of years, no year named) tells how things have stood or what keeps recurring, a state or a
   * habit, not one happening (guide: standing facts are not events; "منذ سنوات" without a date is a
   * standing state). Not when a past verb in the sentence tells a happening: then "منذ سنوات"
   * measures the gap since the last one like it ("في أشد خطوة تتخذها ضد طهران منذ سنوات").
   */
  private static boolean sinceYears(Document doc, EventDraft d) {
    if (!d.sinceDate || d.date == null || !d.date.expression().approximate() || !horizon(d)) {
      return false;
    }
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == d.sentence && t.trigger().form() == TriggerForm.VERB) {
        return false;
      }
    }
    return true;
  }

  /** The event's date is a span of years or more ("السنوات المقبلة"، "العقود الماضية"). */
  private static boolean horizon(EventDraft d) {
    if (d.date == null) {
      return false;
    }
    org.chronology.time.Precision p = d.date.expression().precision();
    return p == org.chronology.time.Precision.DECADE || p == org.chronology.time.Precision.CENTURY;
  }

  /**
   * Unnamed commentators' view in the present ("ويقول خبراء إن …"، "فيتوقع محللون أن …"، "ويرى
   * مراقبون أن …") before the event's word: what they think, not what happened, unless the event
   * has a date of its own ("يرى محللون أن الخطوة جاءت رداً على توقيع الاتفاق في السادس من أغسطس");
   * a vague span ("خلال السنوات الأخيرة") is the view's horizon, not a happening's date.
   */
  private boolean commentary(Document doc, EventDraft d) {
    if (d.ownDate && !d.sinceDate && !d.date.expression().approximate()) {
      return false;
    }
    var s = doc.sentences().get(d.sentence);
    for (int i = s.firstToken(); i + 1 < Math.min(d.head.first(), s.endToken()); i++) {
      String verb = Proclitics.withoutConjunction(doc.tokens().get(i).text());
      if ((lexicon.is(FunctionWord.COMMENTARY_VERB, verb)
              || lexicon.is(FunctionWord.COMMENTARY_VERB, doc.tokens().get(i).text()))
          && lexicon.is(FunctionWord.COMMENTATOR, doc.tokens().get(i + 1).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence opening with a negated reaction ("ولم يصدر تعليق رسمي من …"، "ولم تعلق الخارجية على
   * …") tells that no reaction came; what it names was told elsewhere.
   */
  private boolean noReaction(Document doc, EventDraft d) {
    var s = doc.sentences().get(d.sentence);
    int f = s.firstToken();
    if (f + 1 >= s.endToken()) {
      return false;
    }
    String first = Proclitics.withoutAnd(doc.tokens().get(f).text());
    return lexicon.is(FunctionWord.NEGATION, first)
        && lexicon.is(FunctionWord.REACTION_VERB, doc.tokens().get(f + 1).text());
  }

  /**
   * A question ("لماذا يعود شبح الحرب إلى البلقان؟") asks about what is going on, it reports no
   * happening of its own unless it carries its own date ("من يتذكر أن القاهرة طردت السفير في نوفمبر
   * 2013؟").
   */
  private static boolean question(Document doc, EventDraft d) {
    if (d.ownDate) {
      return false;
    }
    var s = doc.sentences().get(d.sentence);
    String text = doc.article().text();
    String end = text.substring(s.start(), Math.min(text.length(), s.end() + 1)).strip();
    return !end.isEmpty()
        && (end.charAt(end.length() - 1) == ArabicNormalizer.ARABIC_QUESTION_MARK
            || end.charAt(end.length() - 1) == '?');
  }

  /**
   * A sentence opening with a verb of a lasting state ("وتواصل القوات العملية منذ …"، "ولا تزال
   * الرحلات مستمرة"، "وتعد الموانئ شرياناً …") tells how things stand, not what happened, unless
   * its event has a date of its own that is not the start of the state (منذ).
   */
  private boolean standing(Document doc, EventDraft d) {
    if (d.ownDate && !d.sinceDate) {
      return false;
    }
    var s = doc.sentences().get(d.sentence);
    int f = s.firstToken();
    String first = Proclitics.withoutAnd(doc.tokens().get(f).text());
    if (lexicon.is(FunctionWord.STANDING_NEGATION, first) && f + 1 < s.endToken()) {
      first = doc.tokens().get(f + 1).text();
    }
    if (lexicon.is(FunctionWord.STANDING, first)
        || lexicon.is(FunctionWord.STANDING, doc.tokens().get(f).text())) {
      return true;
    }
    if (d.sinceDate && lexicon.is(FunctionWord.ONGOING, first)) {
      return true; // "وتجري أنقرة ويريفان منذ مطلع العام محادثات": a process under way
    }
    // "والحدود البرية مغلقة منذ 1994، إثر هجوم …": a state since, its clause is background
    for (int i = f; i + 1 < s.endToken(); i++) {
      if (lexicon.is(FunctionWord.LASTING_STATE, doc.tokens().get(i).text())
          && lexicon.is(FunctionWord.SINCE, doc.tokens().get(i + 1).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A happening noun right after منذ ("في أول جولة من نوعها منذ قطع العلاقات بين البلدين"، "أرفع
   * زيارة منذ سيطرة طالبان"، "هي الأولى منذ انسحاب القوات") opens the period a gap or a state is
   * measured from: it is the reference point of the sentence's happening, not a happening the
   * article tells. Unless it carries a date of its own ("منذ افتتاح أرمينيا سفارتها في تل أبيب في
   * سبتمبر الماضي"), which makes it a dated happening told in passing.
   */
  private boolean gapStart(Document doc, EventDraft d) {
    int since =
        SincePhrases.governing(lexicon, doc, d.first, d.end, d.head, doc.triggers(), doc.dates());
    if (since >= 0 && !(d.ownDate && d.date.first() > since) && !toldBefore(doc, d, since)) {
      return true; // "هي الأولى منذ اندلاع الحرب": a day before منذ is the sentence's happening's
    }
    if (d.ownDate || d.head.trigger().form().verbal()) {
      return false;
    }
    int h = d.head.first();
    int from = doc.sentences().get(d.sentence).firstToken();
    int at = h - 1;
    if (at > from && lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(at).text())) {
      at--; // "منذ أن"
    }
    if (at < from) {
      return false;
    }
    String w = doc.tokens().get(at).text();
    return lexicon.is(FunctionWord.SINCE, w)
        || lexicon.is(FunctionWord.SINCE, Proclitics.withoutAnd(w));
  }

  /** A trigger of d's span stands before its منذ: the draft tells that happening too. */
  private static boolean toldBefore(Document doc, EventDraft d, int since) {
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == d.sentence && t.first() >= d.first && t.first() < since) {
        return true;
      }
    }
    return false;
  }

  /**
   * A mission named as a building ("باب السفارة"، "داخل القنصلية"، "أمام السفارة") is where
   * something happened, not a diplomatic step.
   */
  private boolean partOfBuilding(Document doc, EventDraft d) {
    TriggerHit h = d.head;
    return d.type == EventType.DIPLOMATIC
        && h.trigger().form() == TriggerForm.NOUN
        && namedAsBuilding(lexicon, doc, h.first());
  }

  /**
   * The mission's noun at {@code noun} is named as a building ("أمام السفارة"، "داخل القنصلية"):
   * where something took place, not a step in relations.
   */
  static boolean namedAsBuilding(Lexicon lexicon, Document doc, int noun) {
    return noun > 0
        && lexicon.isBareOrJoined(FunctionWord.BUILDING_PART, doc.tokens().get(noun - 1).text());
  }

  /**
   * A verb inside a quotation without a date of its own ("جئت إلى أنقرة لأفتح صفحة جديدة") is what
   * the speaker says about the happening, not a happening of its own.
   */
  private static boolean quotedAside(EventDraft d) {
    return d.head.inQuote() && d.head.trigger().form().verbal() && !d.ownDate;
  }

  /**
   * A verb of another type followed by a complementizer ("اعترف بأنه"، "أكد أن") reports what
   * someone said or admitted, not the happening its word names elsewhere.
   */
  private boolean saysThat(Document doc, EventDraft d) {
    TriggerHit h = d.head;
    if (d.type == EventType.STATEMENT || !h.trigger().form().verbal()) {
      return false;
    }
    for (int t = h.end(); t < Math.min(d.end, h.end() + SAYS_THAT_REACH); t++) {
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(t).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Not a happening of its own: an undated noun inside a quotation, or an undated plural noun
   * (صفقات، هجمات: a habit or a running total) unless it is called off.
   */
  private boolean background(Document doc, EventDraft d) {
    TriggerHit h = d.head;
    if (d.date != null || h.trigger().form() != TriggerForm.NOUN) {
      return false;
    }
    String word = doc.tokens().get(h.first()).text();
    if (h.inQuote()) {
      return true;
    }
    if (!lexicon.hasSuffix(Suffix.PLURAL, word) || h.end() - h.first() != 1) {
      return false;
    }
    if (BesideInstruments.besideDatedSigning(lexicon, doc, d)) {
      return false; // "…، إلى جانب اتفاقيات في التعليم": the signing's second deal
    }
    if (d.status == EventStatus.CANCELLED) {
      // "أعلنت الوزارة إلغاء المناورات": what is called off is one happening that was meant to
      // take place, not a habit or a running total (guide, Status: cancelled)
      return false;
    }
    // the talks held during a visit are part of it, the people met its actors (the guide)
    d.sittingOnly = sitting(doc, h.first());
    return !d.sittingOnly;
  }

  /** "محادثات"، "المباحثات": a plural that names one sitting of talks, not a habit. */
  private boolean sitting(Document doc, int t) {
    for (Proclitics.Form f : doc.forms().of(t)) {
      if (lexicon.is(FunctionWord.SITTING_PLURAL, f.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A declaration verb (أعلن، صرح) without what was declared (أن، عن، a quotation). A declaration
   * with a date of its own whose object is a verbal noun ("أعلنت الدولتان في التاسع من مايو استئناف
   * عمل بعثتيهما"، "وأعلنت البلاد الخميس يوم حداد") is the step declared, a happening.
   */
  private boolean emptyDeclaration(Document doc, EventDraft d) {
    var t = d.head.trigger();
    if (t.type() != EventType.STATEMENT || !t.form().verbal() || t.objectRole() != null) {
      return false;
    }
    if (d.ownDate && !doc.sentences().get(d.sentence).headline()) {
      return false;
    }
    for (int i = d.head.end(); i < d.end; i++) {
      String w = doc.tokens().get(i).text();
      String gap = doc.gapBefore(i);
      String written = doc.originalText(i, i + 1);
      if (lexicon.hasSuffix(Suffix.PRONOUN, written)) {
        return false; // "أعلنت تركيا دعمها": what was declared is a noun of the speaker
      }
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, w)
          || lexicon.is(FunctionWord.ABOUT, w)
          || gap.indexOf('"') >= 0
          || gap.indexOf('«') >= 0
          || gap.indexOf('“') >= 0
          || gap.indexOf(':') >= 0) {
        return false;
      }
    }
    return true;
  }

  /** How far before the remembered happening's noun its anniversary word may stand. */
  private static final int ANNIVERSARY_REACH = 5;

  /**
   * "تحيي البلاد اليوم الذكرى العاشرة لتفجير …"، "تحتفل الدولتان بمرور 40 عاماً على إقامة
   * العلاقات": the happening noun after an anniversary is the one remembered, told elsewhere or
   * only in passing; the sentence tells its commemoration, and its date is the commemoration's. A
   * sentence that tells a happening of another kind beside it keeps its event ("وعشية الذكرى
   * العاشرة للتفجير أدرجت الحكومة …").
   */
  private boolean remembered(Document doc, EventDraft d) {
    TriggerHit h = d.head;
    if (h.trigger().form() != TriggerForm.NOUN) {
      return false;
    }
    int from =
        Math.max(doc.sentences().get(d.sentence).firstToken(), h.first() - ANNIVERSARY_REACH);
    boolean after = false;
    for (int t = from; t < h.first(); t++) {
      String w = doc.tokens().get(t).text();
      if (lexicon.isBareOrJoined(FunctionWord.ANNIVERSARY, w)) {
        after = t == 0 || !framed(doc.tokens().get(t - 1).text());
      }
    }
    if (!after) {
      return false;
    }
    for (TriggerHit t : doc.triggers()) {
      if (t != h
          && t.sentence() == d.sentence
          && t.trigger().type() != d.type
          && t.trigger().form().verbal()) {
        return false;
      }
    }
    return true;
  }

  private boolean framed(String before) {
    return lexicon.isBareOrJoined(FunctionWord.ANNIVERSARY_FRAME, before);
  }

  /** How far after the declining verb its comment noun may stand (past the subject). */
  private static final int DECLINED_REACH = 5;

  /**
   * "قطعت مقديشو علاقاتها مع نيروبي في ديسمبر، متهمة إياها بالتدخل": an accusation told by a
   * circumstantial participle after an act of the same sentence is the reason given for that act,
   * no declaration of its own (it takes no date of its own either).
   */
  private boolean reasonOfAct(Document doc, EventDraft d) {
    if (d.type != EventType.STATEMENT || d.ownDate) {
      return false;
    }
    String w = doc.tokens().get(d.head.first()).text();
    if (!lexicon.isBareOrJoined(FunctionWord.ACCUSING_PARTICIPLE, w)) {
      return false;
    }
    for (EventDraft o : doc.events()) {
      if (o != d
          && o.sentence == d.sentence
          && o.type != EventType.STATEMENT
          && o.head.first() < d.head.first()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "ورفضت وزارة الدفاع التعليق على التقرير"، "وامتنعت السفارة عن التعليق": declining to comment
   * declares nothing.
   */
  private boolean declinedComment(Document doc, EventDraft d) {
    if (d.type != EventType.STATEMENT) {
      return false;
    }
    String w = Proclitics.withoutConjunction(doc.tokens().get(d.head.first()).text());
    if (!lexicon.is(FunctionWord.DECLINED, w)) {
      return false;
    }
    var s = doc.sentences().get(d.sentence);
    int end = Math.min(d.head.end() + DECLINED_REACH, s.endToken());
    for (int t = d.head.end(); t < end; t++) {
      String n = doc.tokens().get(t).text();
      if (lexicon.is(FunctionWord.COMMENT_NOUN, n)
          || lexicon.is(FunctionWord.COMMENT_NOUN, Proclitics.withoutAndOrPreposition(n))) {
        return true;
      }
    }
    return false;
  }
}
