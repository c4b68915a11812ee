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
 *   <li>A happening negated in what is said is none ({@link DeniedHappenings}).
 *   <li>Each clause with a trigger anchors a segment; clauses without one attach to the anchor
 *       before them (leading ones to the first anchor). The head of a clause is its first verb,
 *       else its strongest noun ({@link ClauseHeads}).
 *   <li>Adjacent segments of the same type (a visit and its meetings) are one event.
 *   <li>A sentence with only a reporting frame ("كشف تقرير ... أن") makes a statement when dated,
 *       or when it is another side's reply ("في المقابل، قال …", {@link Replies}).
 *   <li>A sentence with no trigger that opens with its date ("وفي أبريل 2012 ألغت الشركة …") makes
 *       an `other` happening ({@link DatedOpening}).
 *   <li>A signed document about relations between states is diplomatic, not a deal ({@link
 *       RelationsDocuments}).
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
              new DeniedHappenings(lexicon).inSaying(doc, s, t, frames, trig)
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
        if (d.type == EventType.DEAL && new RelationsDocuments(lexicon).about(doc, s, d.head)
            || new Ratifications(lexicon).of(doc, s, d.head, trig)
            || new SignedLaw(lexicon).signs(doc, s, d.head)) {
          d.type = EventType.DIPLOMATIC;
        }
        TriggerHit gathering = new AgreedSteps(lexicon).agreedGathering(doc, s, d, trig);
        if (gathering != null) {
          d.head = gathering; // "وينص الاتفاق على أن يعقد المسؤولون اجتماعهم الأول"
          d.type = EventType.MEETING;
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
      TriggerHit head = new ClauseHeads(lexicon).head(doc, trig, cl, dates);
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
          && !new ClauseHeads(lexicon).framed(doc, prev.head)
          && !lexicon.anyIn(FunctionWord.RESPONSE, doc.tokens(), cl.firstToken(), head.first())
          && (sameHappening(prev, d) || saidAtTalks(doc, prev, d))
          && !JoinedGatherings.joined(doc, prev, d) // "زار موسكو حيث شارك في قمة"
          && !seriesBesideVisit(doc, prev, d) // "انطلقت الجولة الأولى … خلال زيارة الوزيرة"
          && !new ConjoinedActs(lexicon).distinct(doc, prev.head, d.head, cl.firstToken())
          && !new ContrastedDoers(lexicon).otherPartysSegment(doc, prev.head, d.head)
          && !BesideInstruments.secondInstrument(lexicon, doc, prev.head, d.head)
          && !CauseClauses.anotherOfItsKind(lexicon, doc, cl, prev.head, d.head, dates)
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
        if (d.type != EventType.VISIT && StayDays.opensWithDay(doc, prev.head, prev.first)) {
          // "وفي اليوم الثاني من الزيارة، اجتمع الوزير بنظيره": a clause that is only the day,
          // whose stay is its setting; the act after it is what the sentence tells
          prev.head = d.head;
          prev.type = d.type;
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

  /** A reading of the word at {@code i}, clitics stripped or not, is a word of {@code kind}. */
  static boolean reads(Lexicon lexicon, Document doc, FunctionWord kind, int i) {
    for (Proclitics.Form f : doc.forms().of(i)) {
      if (lexicon.is(kind, f.text())) {
        return true;
      }
    }
    return lexicon.is(kind, doc.tokens().get(i).text());
  }
}
