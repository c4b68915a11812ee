package org.chronology.extraction.pipeline;

import java.util.Objects;
import java.util.stream.Stream;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.Role;

/**
 * A saying placed in the speaker's own setting ("وقالت المتحدثة باسم الخارجية الأرمينية في بيان إن
 * …") right after a happening its side carried out ("أعلنت أرمينيا استدعاء سفيرها …") is that side
 * detailing its own step: evidence of the step, not a statement of its own (the guide: a statement
 * is an event when the saying itself is the news). Said by another side (the state the step was
 * taken against, a third state) it is a reaction, news of its own. A saying whose speaker the text
 * names only by a bare body ("وقالت الوزارة في بيان …"), or by a title telling no state of its own
 * ("الناطق باسم الحكومة"), is the side just told; one naming no party at all is no event.
 */
final class OwnSideWords {

  /** How many sentences after the happening the acting side's word still details it. */
  private static final int REACH = 2;

  private OwnSideWords() {}

  /** e, an own-setting saying, continues p, the happening kept just before it. */
  static boolean continues(Document doc, EventDraft e, EventDraft p) {
    if (!e.ownSetting || p == null || e.sentence - p.sentence > REACH || e.sentence < p.sentence) {
      return false;
    }
    if (actingStates(doc, p).findAny().isEmpty()) {
      return true; // "قتل ثلاثة جنود في هجوم …" then "وقال الجيش في بيان …": no side to set apart
    }
    boolean named = false;
    for (ResolvedActor a : e.actors) {
      if (a.role() != Role.SPEAKER) {
        continue;
      }
      String side = stateOf(a);
      if (side == null) {
        continue; // "وقال الناطق باسم الحكومة علي الدباغ": no side of his own told
      }
      named = true;
      if (actingStates(doc, p).anyMatch(side::equals)) {
        return true;
      }
    }
    return !named;
  }

  /**
   * The states of p's acting side: its actors with a role other than the target, else the one its
   * sentence names first, its subject (no sides read: "أعلنت الخارجية المصرية استدعاء سفيرها لدى
   * تونس").
   */
  private static Stream<String> actingStates(Document doc, EventDraft p) {
    var s = doc.sentences().get(p.sentence);
    if (p.actors.stream().anyMatch(OwnSideWords::acting)) {
      return p.actors.stream()
          .filter(OwnSideWords::acting)
          .map(OwnSideWords::stateOf)
          .filter(Objects::nonNull);
    }
    ResolvedActor subject = null;
    for (ResolvedActor a : p.actors) {
      if (a.first() >= s.firstToken()
          && a.first() < s.endToken()
          && (subject == null || a.first() < subject.first())) {
        subject = a;
      }
    }
    if (subject == null && !p.actors.isEmpty()) {
      subject = p.actors.get(0);
    }
    if (subject == null) {
      // no side named ("قتل ثلاثة جنود في هجوم شمال مالي"): the state it took place in
      return p.place == null ? Stream.empty() : Stream.ofNullable(p.place.country());
    }
    return Stream.ofNullable(stateOf(subject));
  }

  /**
   * e, an own-setting saying, names no party at all ("وقال المحلل السياسي في تصريح لصحيفة محلية إن
   * …"): an onlooker's view, no party's word (the guide: opinions are not events).
   */
  static boolean nobody(EventDraft e) {
    return e.ownSetting && e.actors.isEmpty();
  }

  private static boolean acting(ResolvedActor b) {
    return b.role() != null && b.role() != Role.TARGET;
  }

  private static String stateOf(ResolvedActor a) {
    return a.kind() == ActorKind.COUNTRY ? a.name() : a.country();
  }
}
