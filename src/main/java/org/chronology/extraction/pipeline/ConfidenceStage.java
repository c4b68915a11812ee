package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.TriggerForm;

/**
 * A confidence in [0, 1] that orders events by how likely they are right: trigger strength and
 * form, a resolved or at least written date, actors (a person above all), modality, quotes,
 * headlines, repetition in the article. Drafts scoring below {@link #MIN_CONFIDENCE} are dropped;
 * the others' scores are turned into measured reliability ({@link ConfidenceCalibration}).
 */
@Stage.Contract(name = "confidence", requires = Layer.COALESCED, adds = Layer.CONFIDENCE)
public final class ConfidenceStage implements Stage {

  public static final double MIN_CONFIDENCE = 0.4;

  @Override
  public void process(Document doc) {
    for (EventDraft d : doc.events()) {
      d.confidence = score(doc, d);
    }
    doc.events().removeIf(d -> d.confidence < MIN_CONFIDENCE);
    List<EventDraft> earlier = new ArrayList<>();
    for (EventDraft d : doc.events()) {
      d.confidence = ConfidenceCalibration.of(d.confidence - doubt(d, earlier));
      earlier.add(d);
    }
  }

  /**
   * What makes a kept event likely wrong, measured on dev: a second event of a type the article
   * already has and without a date of its own is most often a further mention of the first (a
   * duplicate); an {@code other} event is often a statistic or a step of a larger happening (the
   * guide keeps statistics as {@code other} with low confidence). Not used to drop events.
   */
  static double doubt(EventDraft d, List<EventDraft> earlier) {
    double doubt = 0;
    boolean sameTypeBefore = earlier.stream().anyMatch(p -> p.type == d.type);
    if (!d.ownDate) {
      doubt += sameTypeBefore ? 0.2 : 0.05;
    }
    if (d.type == EventType.OTHER) {
      doubt += 0.15;
    }
    return doubt;
  }

  static double score(Document doc, EventDraft d) {
    TriggerHit h = d.head;
    double c = 0.15 + 0.3 * h.trigger().strength();
    if (h.trigger().form() == TriggerForm.VERB) {
      c += 0.12;
    } else if (h.trigger().form() == TriggerForm.PRESENT) {
      c += 0.06;
    } else if (h.future() || d.signedBeside || d.witnessedAhead) {
      // a noun after a future light verb ("ستعيد فتح سفارتيهما"), an instrument signed beside its
      // sentence's first one ("وقع … اتفاقية …، إلى جانب مذكرة تفاهم"), or an act a witnessing
      // still to come will see ("ومن المقرر أن يشهد الجانبان توقيع …"), is told by that verb
      c += 0.12;
    }
    if (d.date != null) {
      c += d.date.expression().start() != null ? 0.15 : 0.08;
    }
    long named = d.actors.stream().filter(a -> a.first() >= 0).count();
    c += 0.05 * Math.min(named, 3);
    if (d.actors.stream().anyMatch(a -> a.kind() == ActorKind.PERSON)) {
      c += 0.05;
    }
    if (d.actors.stream().anyMatch(a -> a.role() != null)) {
      c += 0.03;
    }
    if (d.nextInstance
        && d.status == EventStatus.PLANNED
        && (d.type == EventType.MEETING || d.type == EventType.VISIT)) {
      // the next round or summit scheduled ("اتفقا على عقد الجولة المقبلة"): a planned gathering
      // the guide counts even without a date
      c += 0.1;
    }
    if (d.status == EventStatus.REPORTED && !d.mediaClaim && !d.unconfirmed) {
      // a hedge or a consideration; a medium's claim, or one a party denied or none confirmed,
      // tells its happening as plainly as a fact
      c -= 0.1;
    } else if (d.status == EventStatus.CANCELLED) {
      c -= 0.05;
    }
    if (h.inQuote() && !d.ownDate) {
      c -= 0.12; // a quoted mention without its own date is usually the speaker's aside
    }
    if (doc.sentences().get(d.sentence).headline() && !CoalesceStage.soleTitle(doc, d)) {
      c -= 0.1;
    }
    c += 0.03 * Math.min(d.alsoIn.size(), 2);
    return Math.max(0, Math.min(1, Math.round(c * 1000) / 1000.0));
  }
}
