package org.chronology.extraction.pipeline;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * A state's own meeting in which it decides a diplomatic step ("قرر مجلس الوزراء، في اجتماعه
 * الاستثنائي اليوم، طرد السفير"; "في بيان صدر في ختام جلسة طارئة لمجلس الوزراء") is the setting of
 * that step, not a second happening: a meeting, for the guide, is talks between parties, and a
 * session whose parties are all of one state (a cabinet, a council) has no other party. The step is
 * the event; the session, named by a noun in its sentence or the next, folds into it.
 */
record SettingMeetings(Lexicon lexicon) {

  /** Steps a state decides in a session of its own bodies. */
  private static final Set<EventType> DECIDED = EnumSet.of(EventType.DIPLOMATIC);

  /**
   * {@code meeting} is a session of one state's bodies told by a noun, in the sentence of the
   * {@code step} or the one after it, at no other date.
   */
  boolean settingOf(Document doc, EventDraft step, EventDraft meeting) {
    if (!DECIDED.contains(step.type)
        || meeting.type != EventType.MEETING
        || meeting.status != step.status
        || meeting.head.trigger().form().verbal()
        || meeting.sentence < step.sentence
        || meeting.sentence - step.sentence > 1
        || !DraftComparisons.datesCompatible(step, meeting)
        || call(lexicon, doc, meeting.head)) {
      return false;
    }
    return participantStates(meeting).size() <= 1;
  }

  /**
   * The meeting is a call ("اتصالا هاتفيا"), also when the telephone word is the adjective right
   * after the meeting's noun ("خلال اتصالهما الهاتفي"): talks between parties, whoever the text
   * names.
   */
  static boolean call(Lexicon lexicon, Document doc, TriggerHit head) {
    int end = Math.min(head.end() + 1, doc.sentences().get(head.sentence()).endToken());
    for (int t = head.first(); t < end; t++) {
      for (Proclitics.Form f : doc.forms().of(t)) {
        if (lexicon.is(FunctionWord.TELEPHONE, f.text())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The states of the meeting's parties: those named as parties, and their people's and bodies'.
   */
  private static Set<String> participantStates(EventDraft m) {
    Set<String> states = new HashSet<>();
    for (ResolvedActor a : m.actors) {
      if (a.role() != Role.PARTICIPANT && a.role() != Role.HOST && a.role() != Role.VISITOR) {
        continue;
      }
      if (a.kind() == ActorKind.COUNTRY) {
        states.add(a.name());
      } else if (a.country() != null) {
        states.add(a.country());
      }
    }
    return states;
  }
}
