package org.chronology.actor.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorAlias;
import org.chronology.actor.ActorSnapshots;
import org.chronology.common.NotFound;
import org.chronology.event.EventActor;
import org.chronology.event.SearchText;
import org.chronology.revision.RevisionService;
import org.chronology.text.ArabicNormalizer;

/**
 * Editors keep the actor records straight: English name, office, country, aliases (which the next
 * re-extraction uses to recognise the actor), and merging duplicates.
 */
@ApplicationScoped
public class ActorEditService {

  @Inject RevisionService revisions;

  /** Field → message; empty when saved. Key "version" on a conflict. */
  @Transactional
  public Map<String, String> update(
      long id,
      long version,
      String nameEn,
      String office,
      String country,
      String addAlias,
      List<Long> removeAliases,
      String reason,
      String user) {
    Actor a = load(id);
    Map<String, String> errors = new LinkedHashMap<>();
    if (a.version != version) {
      errors.put("version", "actorConflict");
      return errors;
    }
    Actor countryActor = null;
    if (country != null && !country.isBlank()) {
      try {
        countryActor = Actor.findById(Long.parseLong(country.strip()));
      } catch (NumberFormatException e) {
        // reported below
      }
      if (countryActor == null || !"country".equals(countryActor.kind)) {
        errors.put("country", "countryNotCountry");
      }
    }
    if (addAlias != null && addAlias.strip().length() > 200) {
      errors.put("addAlias", "aliasTooLong");
    }
    if (!errors.isEmpty()) {
      return errors;
    }
    Map<String, Object> before = ActorSnapshots.of(a);
    a.nameEn = blankToNull(nameEn);
    a.office = blankToNull(office);
    a.country = countryActor;
    if (removeAliases != null) {
      a.aliases.removeIf(al -> removeAliases.contains(al.id) && !al.alias.equals(a.name));
    }
    if (addAlias != null && !addAlias.isBlank()) {
      String norm = ArabicNormalizer.key(addAlias.strip());
      if (a.aliases.stream().noneMatch(al -> al.normalized.equals(norm))) {
        a.aliases.add(ActorAlias.of(a, addAlias.strip()));
      }
    }
    Map<String, Object> after = ActorSnapshots.of(a);
    if (!RevisionService.diff(before, after).isEmpty()) {
      revisions.record("actor", id, "edit", user, reason, before, after);
    }
    return errors;
  }

  /**
   * Merges a duplicate into this actor: its events point here, its aliases are added here, and it
   * keeps {@code merged_into} so the extractor's lookups land here from now on.
   */
  @Transactional
  public String merge(long id, long duplicateId, String reason, String user) {
    if (id == duplicateId) {
      return "mergeActorSelf";
    }
    Actor target = load(id);
    Actor dup = Actor.findById(duplicateId);
    if (dup == null) {
      return "noSuchActor";
    }
    if (target.mergedInto != null) {
      return "actorAlreadyMerged";
    }
    Map<String, Object> before = ActorSnapshots.of(target);
    Map<String, Object> dupBefore = ActorSnapshots.of(dup);
    for (ActorAlias al : new ArrayList<>(dup.aliases)) {
      if (target.aliases.stream().noneMatch(x -> x.normalized.equals(al.normalized))) {
        target.aliases.add(ActorAlias.of(target, al.alias));
      }
    }
    for (EventActor ea : EventActor.<EventActor>list("actor.id", duplicateId)) {
      boolean already = EventActor.count("event.id = ?1 and actor.id = ?2", ea.event.id, id) > 0;
      String role = ea.role;
      int position = ea.position;
      var event = ea.event;
      event.actors.remove(ea);
      ea.delete();
      EventActor.flush();
      if (!already) {
        EventActor moved = new EventActor();
        moved.event = event;
        moved.actor = target;
        moved.role = role;
        moved.position = position;
        event.actors.add(moved);
        moved.persist();
      }
      SearchText.touch(event);
    }
    for (Actor other : Actor.<Actor>list("mergedInto.id", duplicateId)) {
      other.mergedInto = target;
    }
    dup.mergedInto = target;
    revisions.record(
        "actor", duplicateId, "merged-into", user, "→ #" + id, dupBefore, ActorSnapshots.of(dup));
    revisions.record(
        "actor",
        id,
        "merge",
        user,
        "← #" + duplicateId + (reason == null || reason.isBlank() ? "" : " — " + reason),
        before,
        ActorSnapshots.of(target));
    return null;
  }

  static Actor load(long id) {
    Actor a = Actor.findById(id);
    if (a == null) {
      throw NotFound.actor(id);
    }
    return a;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
