package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;

/**
 * "يستضيف الملك اليوم القمة الثلاثية الأردنية المصرية العراقية … وكانت القمة الأولى قد عقدت في
 * القاهرة": a summit or meeting the article names again by its noun alone, another round of the one
 * it has told, is held between the same states. When its own clause names fewer than two states,
 * the states of the last meeting told before under the same noun join it, implied; the guide makes
 * the states that meet the actors of a meeting.
 */
final class SeriesMeetings {

  private SeriesMeetings() {}

  static void add(Document doc) {
    List<EventDraft> drafts = doc.events();
    for (EventDraft d : drafts) {
      if (d.type != EventType.MEETING
          || d.head.trigger().form().verbal()
          || states(d).size() >= 2) {
        continue;
      }
      EventDraft told = null;
      for (EventDraft p : drafts) {
        boolean before = p.sentence < d.sentence || p.sentence == d.sentence && p.end <= d.first;
        if (before
            && p.type == EventType.MEETING
            && !p.head.trigger().form().verbal()
            && RetoldHappening.sameWord(p.head, d.head)
            && states(p).size() >= 2) {
          told = p;
        }
      }
      if (told == null) {
        continue;
      }
      for (ResolvedActor a : told.actors) {
        if (a.kind() == ActorKind.COUNTRY
            && d.actors.stream().noneMatch(x -> x.name().equals(a.name()))) {
          d.actors.add(new ResolvedActor(a.entry(), a.identity(), null, -1, -1));
        }
      }
    }
  }

  private static List<String> states(EventDraft d) {
    List<String> out = new ArrayList<>();
    for (ResolvedActor a : d.actors) {
      if (a.kind() == ActorKind.COUNTRY && !out.contains(a.name())) {
        out.add(a.name());
      }
    }
    return out;
  }
}
