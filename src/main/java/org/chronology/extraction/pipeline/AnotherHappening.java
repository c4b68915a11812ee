package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;
import org.chronology.time.TemporalExpression;

/**
 * Whether a later mention that seems to tell an earlier event again in fact tells another
 * happening, and so must not be folded into it: the next instance of a happening, the happening a
 * date is measured from, a mention dated well before the news, a further step planned after it,
 * another party's act. {@link CoalesceStage} asks these guards before (or alongside) the rules that
 * would fold the pair; kept apart from those rules because each guard names evidence of a second
 * happening, which no reason to fold outweighs. (A body speaking that the earlier event did not
 * name is {@link DraftComparisons#differentSubject}, which the folding rules share.)
 */
record AnotherHappening(Lexicon lexicon) {

  /**
   * A call ("أجرى الرئيسان اتصالاً هاتفياً") beside a visit: the guide's meeting by telephone is
   * talks between parties apart, so it is never a day or a meeting of a visit, where the sides meet
   * in person; the two are two happenings whichever is told first.
   */
  boolean callBesideVisit(Document doc, EventDraft p, EventDraft e) {
    EventDraft call = p.type == EventType.VISIT ? e : e.type == EventType.VISIT ? p : null;
    return call != null
        && call.type == EventType.MEETING
        && SettingMeetings.call(lexicon, doc, call.head);
  }

  /**
   * How far after a date measured from a happening its noun may stand ("بعد يوم من إصدار الرئيس
   * مرسوماً").
   */
  private static final int MEASURED_REACH = 6;

  /**
   * "القمة المقبلة": the next instance of a happening, still to come, is none told before it, and
   * no happening told as done is that next one.
   */
  static boolean otherInstance(EventDraft p, EventDraft e) {
    return e.nextInstance || p.nextInstance && e.status != p.status;
  }

  /**
   * e names the happening a date of its sentence is measured from ("وتأتي الزيارة بعد أسبوعين من
   * زيارة مماثلة قام بها الوزير"، "وجاء التوقيع بعد يوم من إصدار الرئيس مرسوماً"), and that date
   * dates p (or a mention folded into p): e is what came before p, not p.
   */
  static boolean measuresDateOf(Document doc, EventDraft e, EventDraft p) {
    for (EventDraft f : doc.events()) {
      if (f == e
          || f.sentence != e.sentence
          || f.date == null
          || f.date.expression().anchor() == null
          || f.date.end() > e.head.first()
          || e.head.first() - f.date.end() > MEASURED_REACH) {
        continue;
      }
      EventDraft root = f;
      while (root.foldedInto != null) {
        root = root.foldedInto;
      }
      if (root == p) {
        return true;
      }
    }
    return false;
  }

  /**
   * p is told as done without a date, not as earlier background ("وأشاد الوزير بالاتفاق"، "افتتاح
   * المعبر"): the news of the article, of the days before its publication; e carries its own date
   * well before them ("وكانت الشركة قد وقعت الاتفاق الأولي في مارس الماضي"، "كما سبقتها زيارة لوزير
   * الدفاع في مايو الماضي"): the noun that seemed to point back names an earlier happening of the
   * same kind, not p.
   */
  static boolean datedBeforeTheNews(Document doc, EventDraft p, EventDraft e) {
    java.time.LocalDate pub = doc.article().publishedOn();
    if (pub == null
        || p.status != EventStatus.HAPPENED
        || OccasionDates.resolved(p)
        || !OccasionDates.resolved(e)
        || !e.ownDate
        || e.date.expression().anchor() != null
        || NewsPegStage.earlier(doc, p)) {
      return false;
    }
    TemporalExpression x = e.date.expression();
    java.time.LocalDate last = x.end() != null ? x.end() : x.start();
    return last.isBefore(pub.minusDays(NewsPegStage.PEG_DAYS));
  }

  /**
   * A sentence planning, expecting or calling off something about a happening already told ("ومن
   * المقرر أن يعرض الرئيسان المعاهدة على برلمانيهما"، "تستضيف طهران القمة المقبلة"، "ويتوقع أن يرد
   * الزيارة في الربيع المقبل") tells a further step, not the happening again: the noun that points
   * back names what the new step concerns. Unless the clause is set during that happening ("ومن
   * المقرر أن يلتقي الوزير خلال الزيارة …": its programme).
   */
  static boolean laterStep(Document doc, EventDraft p, EventDraft e) {
    return p.status == EventStatus.HAPPENED
        && e.status != EventStatus.HAPPENED
        && !Retellings.toldDuring(doc, e);
  }

  /**
   * A second trigger of the sentence that tells another party's act, not the first one again: a
   * reply ("وسحبت تركيا سفيرها، وردت إسرائيل بطرد القنصل"), a later step opened by a sequel word
   * ("أمهل السفير 48 ساعة، ثم سحب منه الحصانة"), another signing set against the first by a
   * contrast word with an instrument of its own, or another side's saying set against the first by
   * a contrast word ("وصف الرئيس القرار بأنه …، فيما دعت الخارجية الأمريكية موسكو إلى التراجع
   * عنه"). A reaction by another party is an event of its own.
   */
  boolean otherPartysAct(Document doc, EventDraft p, EventDraft e) {
    if (p.sentence != e.sentence || e.head.first() <= p.head.end()) {
      return false;
    }
    if (lexicon.anyIn(FunctionWord.RESPONSE, doc.tokens(), p.head.end(), e.head.first() + 1)
        || e.head.trigger().form().verbal() && SequelClauses.opensSequel(lexicon, doc, e)) {
      return true;
    }
    if (otherSigning(doc, p, e)) {
      return true; // "ووقع الرئيسان إعلاناً مشتركاً، فيما وقع الوزراء 75 اتفاقية تجارية"
    }
    return p.type == EventType.STATEMENT
        && e.type == EventType.STATEMENT
        && p.head.trigger().form().verbal()
        && new Sayings(lexicon).reaction(doc, p, e);
  }

  /**
   * e, a signing verb of p's sentence set against p's signing by a contrast word, signs an
   * instrument of its own ("ووقع الرئيسان إعلاناً مشتركاً، فيما وقع الوزراء 75 اتفاقية تجارية"،
   * "فيما وقّعت الحكومتان والشركات نحو ثلاثين وثيقة تعاون"): the dev conventions count a
   * declaration and the batch of documents signed beside it as two deals, whoever the second
   * signers are (ministers, companies: often no named actor, so no other doer to compare).
   */
  boolean otherSigning(Document doc, EventDraft p, EventDraft e) {
    return p.sentence == e.sentence
        && e.head.first() > p.head.end()
        && p.type == EventType.DEAL
        && e.type == EventType.DEAL
        && p.head.trigger().form().verbal()
        && e.head.trigger().form().verbal()
        && contrasted(doc, e)
        && ownInstrument(lexicon, doc, e);
  }

  /** How many words after the sentence's opening the signing word may stand ("كما جرى التوقيع"). */
  private static final int ADDED_SIGNING_REACH = 3;

  /**
   * e, in a sentence after p's opening with a word that adds one more item, signs an instrument
   * named without the article ("كما وقع الجانبان مذكرة تفاهم للتعاون الثقافي"، "كما جرى التوقيع على
   * مذكرة تفاهم لإنشاء مركز للتدريب"): one more signing beside what p told, a signing before or the
   * talks or visit it crowned, not p told again (dev conventions: a declaration and the memoranda
   * signed beside it are two deals; a signing during a visit is a deal of its own).
   */
  boolean addedSigning(Document doc, EventDraft p, EventDraft e) {
    if (e.type != EventType.DEAL || p.sentence >= e.sentence || e.status != EventStatus.HAPPENED) {
      return false;
    }
    var s = doc.sentences().get(e.sentence);
    int f = s.firstToken();
    if (f >= s.endToken() || !lexicon.is(FunctionWord.ADDING, doc.tokens().get(f).text())) {
      return false;
    }
    int signing = -1;
    for (int i = f + 1;
        i < Math.min(s.endToken(), f + 1 + ADDED_SIGNING_REACH) && signing < 0;
        i++) {
      for (Proclitics.Form form : Proclitics.forms(doc.tokens().get(i).text())) {
        if (lexicon.is(FunctionWord.SIGNING, form.text())) {
          signing = i;
          break;
        }
      }
    }
    if (signing < 0) {
      return false;
    }
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == e.sentence
          && t.first() > signing
          && t.trigger().type() == EventType.DEAL
          && !t.trigger().form().verbal()) {
        return !t.definite() && !t.possessive();
      }
    }
    return false;
  }

  /**
   * e is a reaction told right after a relative pointing back at its sentence's happening ("وهو ما
   * نفته باكو"، "وهو ما وصفته طهران بأنه غير قانوني"، "الأمر الذي رد عليه الوزير"، "وهو القرار الذي
   * أعربت القاهرة عن أسفها له"): another party's word on what was just told, a happening of its own
   * that no event of the article is.
   */
  boolean pointedReaction(Document doc, EventDraft e) {
    int h = e.head.first();
    int from = doc.sentences().get(e.sentence).firstToken();
    if (!e.head.trigger().form().verbal()) {
      return false;
    }
    var tokens = doc.tokens();
    return PointingRelatives.before(lexicon, doc, from, h) > 0
        && (lexicon.is(FunctionWord.REJOINDER, tokens.get(h).text())
            || lexicon.is(
                FunctionWord.EXPRESSING, Proclitics.withoutConjunction(tokens.get(h).text()))
            || lexicon.anyIn(FunctionWord.RESPONSE, tokens, h, h + 1));
  }

  /**
   * "أعلنت السلطات اعتقال خلية كانت تخطط لهجمات بتوجيه من إيران، وهو ما نفته طهران"، "اتهمت الوزارة
   * جارتها بحشد قوات، وهو ما نفته الأخيرة"، "أفادت تقارير بأن …، وهو ما نفاه الكرملين": a denial
   * pointing back at a claim told in its own sentence (an incident claimed, an accusation or
   * another statement, what a medium reports) is the accused side's reply, told within the report
   * of that claim (why the claim is only reported), not news of its own; the guide's one happening,
   * one event. A denial of a step, a visit or a deal told as done stays a statement of its own, and
   * so does any other reaction (a condemnation, a protest).
   */
  boolean deniedClaim(Document doc, EventDraft p, EventDraft e) {
    if (!claim(p)
        || e.type != EventType.STATEMENT
        || p.sentence != e.sentence
        || p.head.first() >= e.head.first()
        || !e.head.trigger().form().verbal()) {
      return false;
    }
    int h = e.head.first();
    int from = doc.sentences().get(e.sentence).firstToken();
    return PointingRelatives.before(lexicon, doc, from, h) > 0
        && lexicon.is(FunctionWord.DENIED_CLAIM, doc.tokens().get(h).text());
  }

  /** p is a claim a denial can answer: an incident, a statement, or what a medium reports. */
  private static boolean claim(EventDraft p) {
    return p.type == EventType.INCIDENT || p.type == EventType.STATEMENT || p.mediaClaim;
  }

  /** A word of contrast (فيما، في حين، بينما) right before e's verb. */
  private boolean contrasted(Document doc, EventDraft e) {
    int h = e.head.first();
    int from = doc.sentences().get(e.sentence).firstToken();
    return h - 1 >= from && lexicon.anyIn(FunctionWord.CONTRAST, doc.tokens(), h - 1, h)
        || h - 2 >= from
            && lexicon.is(
                FunctionWord.CONTRAST,
                Proclitics.withoutConjunction(doc.tokens().get(h - 2).text())
                    + " "
                    + doc.tokens().get(h - 1).text());
  }

  /**
   * e's signing verb has an instrument of its own after it ("فيما وقع الوزراء 26 مذكرة تفاهم"): a
   * deal noun, or a document named as such ("فيما وقّعت الحكومتان نحو ثلاثين وثيقة تعاون").
   */
  private static boolean ownInstrument(Lexicon lexicon, Document doc, EventDraft e) {
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == e.sentence
          && t.first() > e.head.first()
          && t.first() < e.end
          && t.trigger().type() == EventType.DEAL
          && !t.trigger().form().verbal()) {
        return true;
      }
    }
    for (int i = e.head.end(); i < e.end; i++) {
      if (EventSegmentStage.reads(lexicon, doc, FunctionWord.DOCUMENT, i)) {
        return true;
      }
    }
    return false;
  }
}
