package org.chronology.extraction.pipeline;

import org.chronology.extraction.ActorIdentity;
import org.chronology.extraction.Role;
import org.chronology.extraction.actor.GazetteerEntry;

/**
 * An actor of an event draft after disambiguation.
 *
 * @param entry the gazetteer entry, or null for a new actor
 * @param first first token of the reference, or -1 when implied (a destination's country)
 */
public record ResolvedActor(
    GazetteerEntry entry, ActorIdentity identity, Role role, int first, int end)
    implements ActorIdentity.Held {

  /** The gazetteer's actor as it stands there, implied by the text (no token of its own). */
  static ResolvedActor implied(GazetteerEntry e, Role role) {
    return new ResolvedActor(e, e.identity(), role, -1, -1);
  }

  public ResolvedActor withRole(Role r) {
    return new ResolvedActor(entry, identity, r, first, end);
  }

  public boolean media() {
    return entry != null && entry.media();
  }
}
