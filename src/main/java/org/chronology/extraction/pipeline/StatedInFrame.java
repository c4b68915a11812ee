package org.chronology.extraction.pipeline;

import java.util.List;
import java.util.Set;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.text.Proclitics;

/**
 * "وانتقد الحزب الاتفاق، وقال في بيان السبت إن …": a saying told by its verb and then, joined by و,
 * by the saying frame that reports its words is one act, so the frame's date is the saying's
 * (guide, Dates: a relative date is read from the text around it). The frame's dates stay out of
 * what it reports; only a statement with no date of its own, whose next trigger is that frame,
 * takes the frame's first date within a few words of its verb.
 */
final class StatedInFrame {

  /** How many words after the frame's verb its date may stand ("في بيان السبت"). */
  private static final int REACH = 4;

  private StatedInFrame() {}

  static DateHit date(
      Document doc,
      EventDraft d,
      List<TriggerHit> events,
      List<TriggerHit> frames,
      List<DateHit> dates,
      Set<DateHit> frameDates) {
    if (d.type != EventType.STATEMENT
        || d.status != EventStatus.HAPPENED
        || !d.head.trigger().form().verbal()) {
      return null;
    }
    TriggerHit frame = null;
    for (TriggerHit f : frames) {
      if (f.first() >= d.head.end() && (frame == null || f.first() < frame.first())) {
        frame = f;
      }
    }
    if (frame == null || !Proclitics.startsWithAnd(doc.tokens().get(frame.first()).text())) {
      return null;
    }
    for (TriggerHit t : events) {
      if (t.first() >= d.head.end() && t.first() < frame.first() && t.trigger().form().verbal()) {
        return null; // another act is told between the saying and the frame (its object may be one)
      }
    }
    for (DateHit h : dates) {
      if (frameDates.contains(h) && h.first() >= frame.end() && h.first() <= frame.end() + REACH) {
        return h;
      }
    }
    return null;
  }
}
