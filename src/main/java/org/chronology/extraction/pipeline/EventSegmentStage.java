package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Clause;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * Builds event drafts sentence by sentence: which clauses report which happening, and its head.
 *
 * <ul>
 *   <li>Each clause with a trigger anchors a segment; clauses without one attach to the anchor
 *       before them (leading ones to the first anchor). The head of a clause is its first verb,
 *       else its strongest noun.
 *   <li>Adjacent segments of the same type (a visit and its meetings) are one event.
 *   <li>A sentence with only a reporting frame ("كشف تقرير ... أن") makes a statement when dated,
 *       or when it is another side's reply ("في المقابل، قال …", {@link Replies}).
 *   <li>A sentence with no trigger that opens with its date ("وفي أبريل 2012 ألغت الشركة …") makes
 *       an `other` happening ({@link DatedOpening}).
 * </ul>
 *
 * Dates, status, the background filter, actors, places and anaphora are later stages.
 */
@Stage.Contract(
    name = "events",
    requires = {Layer.SENTENCES, Layer.DATES, Layer.TRIGGERS, Layer.PLACES},
    adds = Layer.EVENTS)
public record EventSegmentStage(Lexicon lexicon) implements Stage {

  @Override
  public void process(Document doc) {
    List<EventDraft> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      SentenceDates.Triggers tr = SentenceDates.triggers(doc, s);
      List<TriggerHit> frames = tr.frames();
      List<TriggerHit> trig = new ArrayList<>(tr.events());
      trig.removeIf(
          t ->
              deniedInSaying(doc, s, t, frames, trig)
                  || PeaceInstruments.inTitle(lexicon, doc, s, t));
      List<DateHit> sentenceDates = SentenceDates.datesIn(doc, s.firstToken(), s.endToken());
      SayingOfToldHappening.Saying about =
          new SayingOfToldHappening(lexicon).head(doc, s, frames, trig, sentenceDates);
      if (about != null) {
        EventDraft d = draft(s, about.head(), s.firstToken(), s.endToken());
        d.sayingAboutTold = true;
        d.date = about.date(); // kept by EventDateStage
        out.add(d);
        continue;
      }
      if (trig.isEmpty()) {
        TriggerHit frame = frames.isEmpty() || s.headline() ? null : strongest(frames);
        TriggerHit reply =
            frame == null || !sentenceDates.isEmpty()
                ? null
                : new Replies(lexicon).head(doc, s, frame);
        if (frame != null && !sentenceDates.isEmpty()) {
          out.add(draft(s, frame, s.firstToken(), s.endToken())); // dated by EventDateStage
        } else if (reply != null) {
          EventDraft d = draft(s, reply, s.firstToken(), s.endToken()); // undated: a reply
          d.ownSetting = !new Replies(lexicon).opened(doc, s, frame);
          out.add(d);
        } else if (frames.isEmpty() && !s.headline()) {
          TriggerHit h = DatedOpening.head(doc, s, sentenceDates);
          if (h != null) {
            out.add(draft(s, h, s.firstToken(), s.endToken()));
          }
        }
        continue;
      }
      Set<DateHit> frameDates = SentenceDates.frameDates(lexicon, doc, s, frames, sentenceDates);
      for (EventDraft d : segments(doc, s, trig, sentenceDates, frameDates)) {
        if (d.type == EventType.DEAL && aboutRelations(doc, s, d.head)
            || new Ratifications(lexicon).of(doc, s, d.head, trig)
            || new SignedLaw(lexicon).signs(doc, s, d.head)) {
          d.type = EventType.DIPLOMATIC;
        }
        TriggerHit said = new VerbalAttacks(lexicon).head(doc, s, d.head);
        if (said != null) {
          d.head = said; // "هاجمت طهران الزيارة": an attack in words
          d.type = EventType.STATEMENT;
        }
        if (d.type == EventType.VISIT
            && d.head.trigger().form().verbal()
            && new ArrivalsNotJourneys(lexicon).cargo(doc, d)) {
          d.type = EventType.DEAL;
        }
        if (d.type == EventType.VISIT
            && d.head.trigger().form().verbal()
            && new ArrivalsNotJourneys(lexicon).citizensFlownIn(doc, d)) {
          d.type = EventType.OTHER;
        }
        out.add(d);
      }
    }
    doc.setEvents(out);
  }

  private static TriggerHit strongest(List<TriggerHit> frames) {
    TriggerHit frame = frames.get(0);
    for (TriggerHit f : frames) {
      if (f.trigger().strength() > frame.trigger().strength()) {
        frame = f;
      }
    }
    return frame;
  }

  /** A draft headed by {@code head} over the tokens {@code [first, end)} of {@code s}. */
  static EventDraft draft(Sentence s, TriggerHit head, int first, int end) {
    EventDraft d = new EventDraft();
    d.sentence = s.index();
    d.head = head;
    d.type = head.trigger().type();
    d.first = first;
    d.end = end;
    return d;
  }

  /**
   * A date set off by commas inside a clause ("أعلنت الوزارة، الثلاثاء، إجراء مناورات") is not a
   * clause of its own: the clauses on both sides and the date are joined back into one.
   */
  static List<Clause> joinParentheticalDates(List<Clause> clauses, List<DateHit> dates) {
    return joinAround(clauses, c -> onlyDate(c, dates));
  }

  /** Each inner clause {@code between} accepts joined with the clauses on both sides into one. */
  static List<Clause> joinAround(List<Clause> clauses, Predicate<Clause> between) {
    List<Clause> out = new ArrayList<>(clauses);
    for (int i = 1; i + 1 < out.size(); i++) {
      Clause c = out.get(i);
      if (between.test(c)) {
        out.set(i - 1, new Clause(out.get(i - 1).firstToken(), out.get(i + 1).endToken()));
        out.remove(i + 1);
        out.remove(i);
        i--;
      }
    }
    return out;
  }

  private static boolean onlyDate(Clause c, List<DateHit> dates) {
    for (DateHit d : dates) {
      if (d.first() <= c.firstToken() && d.end() >= c.endToken() - 1 && d.end() <= c.endToken()) {
        return true;
      }
    }
    return false;
  }

  /** One draft per run of clauses anchored by a trigger clause; same-type neighbours merged. */
  private List<EventDraft> segments(
      Document doc,
      Sentence s,
      List<TriggerHit> trig,
      List<DateHit> dates,
      Set<DateHit> frameDates) {
    List<Clause> clauses =
        new SeparateHappenings(lexicon)
            .split(doc, joinParentheticalDates(s.clauses(), dates), trig, dates, frameDates);
    List<EventDraft> drafts = new ArrayList<>();
    int pendingFrom = s.firstToken();
    for (int c = 0; c < clauses.size(); c++) {
      Clause cl = clauses.get(c);
      TriggerHit head = headOf(doc, trig, cl, dates);
      List<EventDraft> items = AgreedItems.drafts(lexicon, doc, s, cl, head, drafts, pendingFrom);
      if (items != null) { // "اتفقا على استئناف الرحلات، وعلى فتح معابر"
        drafts.addAll(items);
        continue;
      }
      if (head == null && !drafts.isEmpty()) {
        head = new ConsequenceClauses(lexicon).head(doc, s.index(), cl); // "ما دفع البرلمان إلى"
        if (head != null) {
          drafts.add(draft(s, head, cl.firstToken(), cl.endToken()));
          continue;
        }
      }
      if (head == null && !drafts.isEmpty()) {
        head =
            CauseClauses.head(lexicon, doc, drafts.get(drafts.size() - 1), cl, dates); // "، غداة"
        if (head != null) {
          drafts.add(draft(s, head, cl.firstToken(), cl.endToken()));
          continue;
        }
      }
      if (head == null) {
        head =
            SequelClauses.head(
                lexicon, doc, cl, dates, drafts.isEmpty() ? null : drafts.get(drafts.size() - 1));
        if (head != null) {
          drafts.add(draft(s, head, cl.firstToken(), cl.endToken()));
          continue;
        }
        if (!drafts.isEmpty()) {
          drafts.get(drafts.size() - 1).end = cl.endToken();
        }
        continue;
      }
      TriggerHit occasion = witnessedOccasion(doc, trig, cl, head);
      if (occasion != null) { // "وشهدت الزيارة توقيع …": the visit told, and the signing
        int from = drafts.isEmpty() ? pendingFrom : cl.firstToken();
        drafts.add(draft(s, occasion, from, head.first()));
        drafts.add(draft(s, head, from, cl.endToken()));
        continue;
      }
      EventDraft d =
          draft(s, head, drafts.isEmpty() ? pendingFrom : cl.firstToken(), cl.endToken());
      EventDraft prev = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
      if (prev != null
          && !framed(doc, prev.head)
          && !lexicon.anyIn(FunctionWord.RESPONSE, doc.tokens(), cl.firstToken(), head.first())
          && (sameHappening(prev, d) || saidAtTalks(doc, prev, d))
          && !JoinedGatherings.joined(doc, prev, d) // "زار موسكو حيث شارك في قمة"
          && !seriesBesideVisit(doc, prev, d) // "انطلقت الجولة الأولى … خلال زيارة الوزيرة"
          && !new ConjoinedActs(lexicon).distinct(doc, prev.head, d.head, cl.firstToken())
          && !new ContrastedDoers(lexicon).otherPartysSegment(doc, prev.head, d.head)
          && !BesideInstruments.secondInstrument(lexicon, doc, prev.head, d.head)
          && !new ConsequenceClauses(lexicon).movedParty(doc, prev.head, d.head)
          && !(prev.head.trigger().form().verbal()
              && d.head.trigger().form().verbal()
              && prev.type == d.type)
          && !(SentenceDates.hasDate(dates, frameDates, prev.first, prev.end)
              && SentenceDates.hasDate(dates, frameDates, d.first, d.end))) {
        prev.end = d.end;
        if (SidelineTalks.beside(lexicon, doc, prev.head, d.head)) {
          prev.head = d.head; // "وعلى هامش القمة، التقى الرئيس نظيره": the talks, not the summit
        }
        if (d.type == EventType.VISIT
            && prev.type == EventType.MEETING
            && !HeadDeclarations.ownDatedMeeting(prev.head, d.head, dates)
            && !StayDays.laterDayOf(doc, d.head)) {
          prev.type = EventType.VISIT;
        }
        continue;
      }
      drafts.add(d);
    }
    return drafts;
  }

  /**
   * The occasion a witness verb's subject names in the clause ("وشهدت الزيارة توقيع …") when the
   * head is the act witnessed after it: a mention of its own besides the act, else null.
   */
  private TriggerHit witnessedOccasion(
      Document doc, List<TriggerHit> trig, Clause cl, TriggerHit head) {
    for (TriggerHit t : trig) {
      if (t.first() >= cl.firstToken()
          && t.first() < head.first()
          && t.trigger().type() != head.trigger().type()
          && !head.trigger().form().verbal()
          && WitnessedActs.subjectOccasion(lexicon, doc, t, trig)) {
        return t;
      }
    }
    return null;
  }

  /** A numbered round of talks and a visit told beside it are two happenings (NumberedRounds). */
  private boolean seriesBesideVisit(Document doc, EventDraft a, EventDraft b) {
    return a.type == EventType.VISIT && NumberedRounds.roundOfSeries(lexicon, doc, b)
        || b.type == EventType.VISIT && NumberedRounds.roundOfSeries(lexicon, doc, a);
  }

  private static boolean sameHappening(EventDraft a, EventDraft b) {
    if (a.type == b.type) {
      return true;
    }
    Set<EventType> visitLike = EnumSet.of(EventType.VISIT, EventType.MEETING);
    return visitLike.contains(a.type) && visitLike.contains(b.type);
  }

  /**
   * What a party said at the talks, joined to them by و ("اجتمع الوفد بنظرائه، وأعرب الأخير عن
   * رضاه"), is part of them; a declaration that merely follows them ("وعقب الجولة، أعلن") is not.
   */
  private static boolean saidAtTalks(Document doc, EventDraft talks, EventDraft said) {
    return EnumSet.of(EventType.VISIT, EventType.MEETING).contains(talks.type)
        && said.type == EventType.STATEMENT
        && said.head.trigger().form().verbal()
        && Proclitics.startsWithAnd(doc.tokens().get(said.head.first()).text());
  }

  /**
   * The head of a clause: its first verb, else its strongest noun. A visit noun beats a meeting
   * verb (meetings held during a visit are the visit); after a declaration verb (أعلن) or an
   * approval (صادق) the happening declared or approved is the head, a verb before a noun.
   */
  private TriggerHit headOf(Document doc, List<TriggerHit> trig, Clause cl, List<DateHit> dates) {
    TriggerHit verb = null;
    TriggerHit noun = null;
    TriggerHit laterVerb = null;
    TriggerHit declared = null;
    TriggerHit stayDay = null; // "في اليوم الثاني من زيارته": the day's setting (StayDays)
    boolean other = false;
    for (TriggerHit t : trig) {
      other |= t.first() >= cl.firstToken() && t.first() < cl.endToken() && !framed(doc, t);
    }
    for (TriggerHit t : trig) {
      if (t.first() < cl.firstToken()
          || t.first() >= cl.endToken()
          || other && framed(doc, t)
          || SincePhrases.governedVerb(
              lexicon, doc, cl.firstToken(), cl.endToken(), t, trig, dates)) {
        continue; // "أرفع زيارة منذ سيطرة الحركة": where a gap starts
      }
      if (t.trigger().form().verbal()) {
        if (verb == null) {
          verb = t;
        } else if (laterVerb == null && t.trigger().type() != verb.trigger().type()) {
          laterVerb = t;
        }
      } else if (StayDays.laterDayOf(doc, t)) {
        stayDay = stayDay == null ? t : stayDay;
      } else {
        if (noun == null || t.trigger().strength() > noun.trigger().strength()) {
          noun = t;
        }
        if (!setting(doc, t, trig)
            && !speakingMission(doc, t, verb)
            && (declared == null || t.trigger().strength() > declared.trigger().strength())) {
          declared = t;
        }
      }
    }
    noun = verb == null && noun == null ? stayDay : noun;
    if (verb != null && declared != null && framesAnother(doc, verb)) {
      noun = declared; // "وأعلنت الإمارات خلال الزيارة تأسيس صندوق": not the visit
    }
    if (verb == null
        && noun != null
        && declared != null
        && setting(doc, noun, trig)
        && declared.trigger().type() != noun.trigger().type()) {
      noun = declared; // "وجرى خلال الزيارة توقيع مذكرة تفاهم": the signing, set during the visit
    }
    if (verb == null
        && noun != null
        && declared != null
        && SidelineTalks.beside(lexicon, doc, noun, declared)) {
      noun = declared; // "وعلى هامش القمة عقد الزعيمان لقاءً ثنائياً": the talks beside the summit
    }
    if (verb != null
        && noun != null
        && noun.trigger().type() == EventType.VISIT
        && verb.trigger().type() == EventType.MEETING
        && !HeadDeclarations.ownDatedMeeting(verb, noun, dates)
        && trig.stream().noneMatch(t -> StayDays.laterDayOf(doc, t))) {
      return noun;
    }
    if (HeadDeclarations.guestVisiting(lexicon, doc, verb, laterVerb)) {
      return laterVerb; // "استقبل الرئيس نظيره الذي يزور البلاد": a meeting held during a visit
    }
    if (verb != null
        && framesAnother(doc, verb)
        && (decided(doc, verb, noun) || conferred(doc, verb, noun))) {
      return noun; // "أعلن الوزير أمس أن البلدين قررا رفع مستوى العلاقات"
    }
    // a dated declaration stays the news, unless it announces an incident, whose details it gives
    // (a definite incident noun is one already told: "أن التحقيقات في الهجوم")
    boolean dated = verb != null && HeadDeclarations.dated(lexicon, doc, verb, cl, dates);
    if (verb != null && framesAnother(doc, verb)) {
      if (laterVerb != null
          && laterVerb.trigger().type() != EventType.STATEMENT
          && (!dated || laterVerb.trigger().type() == EventType.INCIDENT)
          && !negatedBetween(doc, verb.end(), laterVerb.first())) {
        return laterVerb; // "أعلن الجيش أن رئيس الأركان سيزور أذربيجان"
      }
      if (noun != null
          && (!dated || noun.trigger().type() == EventType.INCIDENT && !noun.definite())
          && noun.first() > verb.first()
          && noun.trigger().type() != verb.trigger().type()
          && noun.trigger().type() != EventType.STATEMENT
          && !BackgroundFilterStage.namedAsBuilding(lexicon, doc, noun.first())
          && !negatedBetween(doc, verb.end(), noun.first())
          && !ExpressedReactions.about(lexicon, doc, verb, noun)) {
        return noun; // "أعلنت الرئاسة تأجيل الزيارة"، "صادق البرلمان على فتح السفارة"
      }
    }
    if (verb == null
        && noun != null
        && ExpressedReactions.reactionClause(lexicon, doc, cl.firstToken(), noun)) {
      return null;
    }
    return verb != null ? verb : noun;
  }

  private static final OccasionDates OCCASION = new OccasionDates();

  /**
   * "وأعلنت الإمارات خلال الزيارة تأسيس صندوق"، "أعلنت على هامش القمة توقيع اتفاقية": a happening's
   * noun right after a word of "during" (occasion.tsv) is the setting of a declaration, not what
   * was declared; another happening's noun of the clause is. So is the occasion a witness verb
   * names ({@link WitnessedActs}).
   */
  private boolean setting(Document doc, TriggerHit t, List<TriggerHit> trig) {
    int f = doc.sentences().get(t.sentence()).firstToken();
    int before = t.first() - 1;
    if (before > f && OCCASION.is("demonstrative", doc.tokens().get(before).text())) {
      // "وسيتم خلال هذه الزيارة التوقيع على …": the visit, pointed back to, is the setting
      before--;
    }
    return before >= f && OCCASION.is("during", doc.tokens().get(before).text())
        || StayDaySetting.rankedDay(lexicon, doc, f, before)
        || WitnessedActs.occasion(lexicon, doc, t, trig)
        || WitnessedActs.subjectOccasion(lexicon, doc, t, trig);
  }

  /**
   * A decision or agreement between the declaration and a happening noun ("أعلن أمس أن أنقرة وتل
   * أبيب قررتا رفع مستوى العلاقات"، "اتفقتا على فتح الأجواء"): the step decided is the news, even
   * when the declaration has a date of its own.
   */
  boolean decided(Document doc, TriggerHit verb, TriggerHit noun) {
    if (noun == null
        || noun.first() <= verb.end()
        || noun.trigger().type() == EventType.STATEMENT
        || negatedBetween(doc, verb.end(), noun.first())) {
      return false;
    }
    return lexicon.anyIn(FunctionWord.DECISION, doc.tokens(), verb.end(), noun.first());
  }

  /**
   * "أعلنت الوزارة أمس أن السفير شخص غير مرغوب فيه": the status the declaration confers stands
   * right before the noun; declaring it is the act (an expulsion), the news even in a dated
   * declaration.
   */
  private boolean conferred(Document doc, TriggerHit verb, TriggerHit noun) {
    return noun != null
        && noun.first() > verb.end()
        && noun.trigger().type() != EventType.STATEMENT
        && !negatedBetween(doc, verb.end(), noun.first())
        && lexicon.is(FunctionWord.CONFERRED, doc.tokens().get(noun.first() - 1).text());
  }

  /** How far before a happening a negation still denies it ("لا يعتزم المشاركة في أي لقاء"). */
  private static final int NEGATION_REACH = 6;

  /**
   * A happening negated in what someone says ("قال إن بوتين لا يعتزم المشاركة في أي لقاء") is no
   * happening: a reporting verb or a complementizer before the negation, the negation shortly
   * before the trigger. What stays is the saying.
   */
  private boolean deniedInSaying(
      Document doc, Sentence s, TriggerHit t, List<TriggerHit> frames, List<TriggerHit> all) {
    if (t.trigger().type() == EventType.STATEMENT) {
      return false;
    }
    for (int i = t.first() - 1; i >= Math.max(s.firstToken(), t.first() - NEGATION_REACH); i--) {
      String w = doc.tokens().get(i).text();
      if (lexicon.is(FunctionWord.NEGATION, w)) {
        return saidBefore(doc, s, i, frames, all);
      }
    }
    return false;
  }

  private boolean saidBefore(
      Document doc, Sentence s, int at, List<TriggerHit> frames, List<TriggerHit> all) {
    for (TriggerHit f : frames) {
      if (f.first() < at) {
        return true;
      }
    }
    for (TriggerHit f : all) {
      if (f.first() < at && f.trigger().type() == EventType.STATEMENT) {
        return true;
      }
    }
    for (int i = s.firstToken(); i < at; i++) {
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(i).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "قال إن الرئيس لا يعتزم المشاركة في أي لقاء": a happening denied or refused in what is said did
   * not happen; the saying is the news.
   */
  private boolean negatedBetween(Document doc, int from, int to) {
    return lexicon.anyIn(FunctionWord.NEGATION, doc.tokens(), from, to);
  }

  /**
   * "وتأتي الزيارة بعد شهرين من الاتفاق الذي …": the noun right after a framing verb opening the
   * sentence is a happening already told; the happening it is placed after is the news.
   */
  private boolean framed(Document doc, TriggerHit t) {
    int f = doc.sentences().get(t.sentence()).firstToken();
    return !t.trigger().form().verbal()
        && t.first() > f
        && t.first() - f <= 2
        && lexicon.anyIn(FunctionWord.FRAMING, doc.tokens(), f, f + 1);
  }

  /**
   * How far after a signing or a document the words that say what it is about may stand (a relative
   * clause with its signatories, place and day lies between: "الاتفاق الذي أعلنته الرياض وطهران في
   * بكين في العاشر من مارس الماضي على استئناف علاقاتهما الدبلوماسية").
   */
  private static final int DOCUMENT_REACH = 18;

  /**
   * A signed document about relations between states ("وقعتا البيان المشترك بشأن إقامة العلاقات
   * الدبلوماسية") is the guide's relations established (diplomatic), not a deal: ties and
   * "diplomatic" in the head's clause. A peace or normalisation instrument ("معاهدة السلام
   * والعلاقات الدبلوماسية"، "اتفاق التطبيع") is a signed agreement, the guide's deal, whatever
   * relations it also names.
   */
  private boolean aboutRelations(Document doc, Sentence s, TriggerHit head) {
    int from = head.first();
    int end = Math.min(s.endToken(), head.end() + DOCUMENT_REACH);
    List<Clause> clauses = s.clauses();
    for (int k = 0; k < clauses.size(); k++) {
      Clause c = clauses.get(k);
      if (c.firstToken() <= head.first() && head.first() < c.endToken()) {
        from = Math.max(c.firstToken(), head.first() - 2);
        end = Math.min(end, c.endToken());
        if (k + 1 < clauses.size() && relativeOpens(doc, clauses.get(k + 1))) {
          // "للاتفاق الذي وقعته طهران والرياض في …، والذي نص على استئناف العلاقات الدبلوماسية":
          // the relative clause after the comma still tells what the document is
          Clause next = clauses.get(k + 1);
          end =
              Math.min(s.endToken(), Math.min(next.endToken(), next.firstToken() + DOCUMENT_REACH));
        }
      }
    }
    if (PeaceInstruments.named(lexicon, doc, from, end)) {
      return false;
    }
    for (int i = from; i < end; i++) {
      String w = Proclitics.withoutConjunction(doc.tokens().get(i).text());
      if (lexicon.is(FunctionWord.SINCE, w)) {
        return false; // "منذ إقامة العلاقات الدبلوماسية": the relations are older than the deal
      }
      if (i > from
          && reads(doc, FunctionWord.DIPLOMATIC, i)
          && reads(doc, FunctionWord.TIES, i - 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean relativeOpens(Document doc, Clause c) {
    return c.firstToken() < c.endToken()
        && lexicon.is(
            FunctionWord.RELATIVE,
            Proclitics.withoutConjunction(doc.tokens().get(c.firstToken()).text()));
  }

  private boolean reads(Document doc, FunctionWord kind, int i) {
    return reads(lexicon, doc, kind, i);
  }

  /** A reading of the word at {@code i}, clitics stripped or not, is a word of {@code kind}. */
  static boolean reads(Lexicon lexicon, Document doc, FunctionWord kind, int i) {
    for (Proclitics.Form f : doc.forms().of(i)) {
      if (lexicon.is(kind, f.text())) {
        return true;
      }
    }
    return lexicon.is(kind, doc.tokens().get(i).text());
  }

  /**
   * "تعلن سفارة اليابان أن الدورة الأولى … تعقد اليوم": a mission named right after a verb of
   * announcing or saying is its subject, who speaks, not the act declared.
   */
  private boolean speakingMission(Document doc, TriggerHit t, TriggerHit verb) {
    return verb != null
        && verb.trigger().type() == EventType.STATEMENT
        && t.first() == verb.end()
        && reads(lexicon, doc, FunctionWord.SPEAKING_MISSION, t.first());
  }

  /** A declaration (أعلن) or approval (صادق) whose object may be the real happening. */
  boolean framesAnother(Document doc, TriggerHit verb) {
    var t = verb.trigger();
    return t.type() == EventType.OTHER
            && (lexicon.anyIn(FunctionWord.APPROVAL, doc.tokens(), verb.first(), verb.first() + 1)
                || lexicon.anyIn(
                    FunctionWord.OPENING, doc.tokens(), verb.first(), verb.first() + 1))
        || (t.type() == EventType.STATEMENT && t.objectRole() == null);
  }
}
