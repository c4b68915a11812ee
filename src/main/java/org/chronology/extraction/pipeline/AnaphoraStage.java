package org.chronology.extraction.pipeline;

import java.util.EnumSet;
import java.util.Set;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * Marks events that refer back to one already reported: a sentence opening with a continuation word
 * (كما), or a definite or possessed event noun (الزيارة، زيارته) not followed by a word naming an
 * earlier happening (السابق). The coalesce stage folds them into that event.
 */
@Stage.Contract(name = "anaphora", requires = Layer.FILTERED, adds = Layer.ANAPHORA)
public record AnaphoraStage(Lexicon lexicon) implements Stage {

  private static final Set<EventType> ANAPHORIC_TYPES =
      EnumSet.of(
          EventType.VISIT,
          EventType.MEETING,
          EventType.INCIDENT,
          EventType.DEAL,
          EventType.MILITARY,
          EventType.STATEMENT);

  @Override
  public void process(Document doc) {
    for (EventDraft d : doc.events()) {
      d.nextInstance =
          !d.head.trigger().form().verbal()
              && (nextInstance(doc, d.head) || new InvitedVisits(lexicon).invitedTo(doc, d.head));
      d.anaphoric = !d.nextInstance && anaphoric(doc, d);
    }
  }

  private boolean anaphoric(Document doc, EventDraft d) {
    TriggerHit h = d.head;
    String first = doc.tokens().get(d.first).text();
    if (Proclitics.startsWithAnd(first) && lexicon.isContinuation(Proclitics.withoutAnd(first))
        || lexicon.isContinuation(first)) {
      return !signsAnotherInstrument(doc, d);
    }
    if (h.trigger().form().verbal() && ANAPHORIC_TYPES.contains(d.type)) {
      return namesItsObjectAgain(doc, d);
    }
    if (h.trigger().form().verbal() || !ANAPHORIC_TYPES.contains(d.type)) {
      return false;
    }
    if (h.end() < doc.tokens().size() && lexicon.marksEarlier(doc.tokens().get(h.end()).text())) {
      return false;
    }
    return h.definite() || h.possessive();
  }

  /**
   * "القمة المقبلة"، "الاجتماع الثلاثي المقبل": a word of the next instance right after the noun,
   * or after one adjective of it that is no date phrase, names a happening still to come.
   */
  private boolean nextInstance(Document doc, TriggerHit h) {
    int end = doc.sentences().get(h.sentence()).endToken();
    for (int i = h.end(); i < Math.min(end, h.end() + 2); i++) {
      if (lexicon.marksLater(doc.tokens().get(i).text())) {
        return true;
      }
      if (!Proclitics.hasArticle(doc.tokens().get(i).text()) || inDate(doc, i)) {
        return false;
      }
    }
    return false;
  }

  private static boolean inDate(Document doc, int t) {
    for (DateHit d : doc.dates()) {
      if (d.first() <= t && t < d.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "كما وقع الجانبان أربع اتفاقيات": "also signed" with an indefinite instrument names further
   * documents, a signing of their own, not the one told before; so does a counted object ("كما وقع
   * الجانبان 15 وثيقة تعاون"), documents told by their number.
   */
  private boolean signsAnotherInstrument(Document doc, EventDraft d) {
    TriggerHit h = d.head;
    if (d.type != EventType.DEAL || !h.trigger().form().verbal()) {
      return false;
    }
    int object = h.end();
    int end = doc.sentences().get(h.sentence()).endToken();
    if (object < end && lexicon.namesParties(doc.tokens().get(object).text())) {
      object++; // the parties are the subject
    }
    String w = object < end ? doc.tokens().get(object).text() : "";
    if (!w.isEmpty() && w.chars().allMatch(Character::isDigit)) {
      return true;
    }
    for (TriggerHit o : doc.triggers()) {
      if (o.sentence() == h.sentence()
          && o.first() >= h.end()
          && o.first() - h.end() <= VerbObjectTriggers.MAX_GAP
          && o.trigger().type() == EventType.DEAL
          && !o.trigger().form().verbal()) {
        return !o.definite() && !o.possessive();
      }
    }
    return false;
  }

  /** How far after its verb the object may stand ("ووقع الجانبان المعاهدة"). */
  private static final int OBJECT_REACH = 3;

  /**
   * A verb whose object is a definite noun of its own kind ("ووقع المعاهدة عن الجانب ...") tells
   * again of the instrument or happening already reported.
   */
  private static boolean namesItsObjectAgain(Document doc, EventDraft d) {
    TriggerHit h = d.head;
    for (TriggerHit o : doc.triggers()) {
      if (o.sentence() == h.sentence()
          && o.first() >= h.end()
          && o.first() - h.end() < OBJECT_REACH
          && o.trigger().type() == d.type
          && !o.trigger().form().verbal()
          && o.definite()) {
        return true;
      }
    }
    return false;
  }
}
