package org.chronology.event.edit;

import org.chronology.actor.Actor;
import org.chronology.event.Event;
import org.chronology.event.EventActor;

/** Small steps shared by the editing services: adding an actor, notes, reasons, blanks. */
final class EventChanges {

  private EventChanges() {}

  static boolean addActor(Event e, Actor a, String role) {
    while (a.mergedInto != null) {
      a = a.mergedInto;
    }
    final Actor actor = a;
    if (e.actors.stream().anyMatch(x -> x.actor.id.equals(actor.id))) {
      return false;
    }
    EventActor ea = new EventActor();
    ea.event = e;
    ea.actor = actor;
    ea.role = blankToNull(role);
    ea.position = e.actors.size();
    e.actors.add(ea);
    return true;
  }

  static String joinNotes(String a, String b) {
    if (b == null || b.isBlank()) {
      return a;
    }
    return a == null || a.isBlank() ? b : a + "\n" + b;
  }

  /** The editor's reason as a suffix of a revision note, or nothing. */
  static String note(String reason) {
    return reason == null || reason.isBlank() ? "" : " — " + reason.strip();
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
