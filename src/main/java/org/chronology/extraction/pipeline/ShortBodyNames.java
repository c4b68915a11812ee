package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * "طلب المغرب العودة إلى الاتحاد الإفريقي … ويرتقب أن يحسم الاتحاد في الطلب": a body the article
 * has named in full, named again by its first word alone (its definite head noun, no adjective or
 * name after it), is that body, as the guide makes the variants of one actor's name aliases of it.
 * Only when exactly one body named before begins with that word, and not a state's organ named by a
 * noun and the state's adjective.
 */
final class ShortBodyNames {

  private ShortBodyNames() {}

  /** The full mentions of the bodies the clause names by their head word alone. */
  static List<ActorHit> named(Lexicon lexicon, Document doc, Sentence s, EventDraft d) {
    Map<String, ActorHit> byHead = new HashMap<>();
    Map<String, String> entity = new HashMap<>();
    List<ActorHit> out = new ArrayList<>();
    for (ActorHit h : doc.actors()) {
      boolean before = h.sentence() < s.index() || h.sentence() == s.index() && h.end() <= d.first;
      if (!before
          || h.kind() != ActorKind.ORGANIZATION && h.kind() != ActorKind.GROUP
          || h.candidates().size() != 1
          || h.end() - h.first() < 2) {
        continue;
      }
      String first = doc.tokens().get(h.first()).text();
      if (!Proclitics.hasArticle(first) || stateOrgan(lexicon, doc, h)) {
        continue;
      }
      String head = ArabicNormalizer.key(first);
      String name = h.candidates().get(0).name();
      if (entity.containsKey(head) && !entity.get(head).equals(name)) {
        entity.put(head, ""); // two bodies share the word: it names neither
      } else {
        entity.put(head, name);
        byHead.put(head, h);
      }
    }
    for (int t = d.first; t < d.end; t++) {
      String w =
          ArabicNormalizer.key(Proclitics.withoutAndOrPreposition(doc.tokens().get(t).text()));
      String name = entity.get(w);
      if (name == null || name.isEmpty() || covered(doc, t)) {
        continue;
      }
      if (t + 1 < s.endToken() && Proclitics.hasArticle(doc.tokens().get(t + 1).text())) {
        continue; // "الاتحاد الدولي": another body's name
      }
      ActorHit full = byHead.get(w);
      if (!out.contains(full)) {
        out.add(full);
      }
    }
    return out;
  }

  /**
   * "الحكومة الإسرائيلية"، "الجيش الأردني": a noun and a state's adjective name that state's organ;
   * the noun alone may be any state's ("وأعلن ميقاتي أن الحكومة ستعقد جلسة": his own).
   */
  private static boolean stateOrgan(Lexicon lexicon, Document doc, ActorHit h) {
    if (h.end() - h.first() != 2) {
      return false;
    }
    var adjective = lexicon.demonyms().longestAt(doc.tokens(), doc.forms(), h.first() + 1, h.end());
    return adjective != null && adjective.first() == h.first() + 1;
  }

  private static boolean covered(Document doc, int t) {
    for (ActorHit h : doc.actors()) {
      if (h.first() <= t && t < h.end()) {
        return true;
      }
    }
    return false;
  }
}
