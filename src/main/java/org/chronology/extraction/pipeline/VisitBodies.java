package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * A body a visit's sentences name that is neither its visitor nor its host takes no part in it: the
 * guide's visit is an official or delegation travelling, its actors the visitor, the host and the
 * people met. Such a body is the visit's source ("حسب بيان للرئاسة"), its frame ("يترأس خلالها
 * اجتماعات اللجنة المشتركة", a committee session that is only the frame of a visit), the sender of
 * the invitation ("بدعوة من الحكومة", read as the host by the host state's adjective), a bloc of a
 * party or a place of the programme. A body whose delegation travels ("وفد فني من وزارة الطاقة") is
 * the visitor, named as the delegation's, and stays. It runs once the mentions of each visit are
 * gathered, so the roles are those of all its sentences.
 */
final class VisitBodies {

  /** How many words before the body the delegation noun may stand ("وفد فني رفيع من وزارة"). */
  private static final int DELEGATION_REACH = 4;

  private VisitBodies() {}

  /** Drops, from each visit kept, the bodies not its visitor that no delegation of theirs heads. */
  static void drop(Lexicon lexicon, Document doc, List<EventDraft> kept) {
    for (EventDraft d : kept) {
      if (d.type == EventType.VISIT) {
        d.actors.removeIf(
            a ->
                a.kind() == ActorKind.ORGANIZATION
                    && (a.role() == null || a.role() == Role.HOST)
                    && !delegationOf(lexicon, doc, a));
      }
    }
  }

  /** A delegation noun stands a few words before the body ("وفداً من الجهاز"). */
  private static boolean delegationOf(Lexicon lexicon, Document doc, ResolvedActor a) {
    if (a.first() < 0) {
      return false;
    }
    for (int k = a.first() - 1; k >= Math.max(0, a.first() - DELEGATION_REACH); k--) {
      for (Proclitics.Form f : doc.forms().of(k)) {
        if (lexicon.is(FunctionWord.DELEGATION, f.text())
            || lexicon.startsWith(FunctionWord.DELEGATION, f.text())) {
          return true; // "وفداً"، "وفدا": the noun with its case ending
        }
      }
    }
    return false;
  }
}
