package org.chronology.extraction;

import java.util.List;

/**
 * Who an actor is, as the gazetteer, the pipeline and an extracted event all describe it.
 *
 * @param name canonical Arabic name (gazetteer entry, or the name as written for a new actor)
 * @param nameEn English name when known, else null
 * @param office office or title when the text or gazetteer gives it (the gazetteer's media office
 *     for media outlets), else null
 * @param country canonical Arabic name of the actor's country when known, else null
 * @param aliases known spelling variants and short forms (not including {@code name})
 */
public record ActorIdentity(
    String name,
    String nameEn,
    ActorKind kind,
    String office,
    String country,
    List<String> aliases) {

  public ActorIdentity {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /** An actor not in the gazetteer, known only as written. */
  public static ActorIdentity written(String name, ActorKind kind, String office, String country) {
    return new ActorIdentity(name, null, kind, office, country, List.of());
  }

  public ActorIdentity withOffice(String o) {
    return new ActorIdentity(name, nameEn, kind, o, country, aliases);
  }

  public ActorIdentity withAliases(List<String> a) {
    return new ActorIdentity(name, nameEn, kind, office, country, a);
  }

  /** A value that carries an identity and reads its parts as its own. */
  public interface Held {

    ActorIdentity identity();

    default String name() {
      return identity().name();
    }

    default String nameEn() {
      return identity().nameEn();
    }

    default ActorKind kind() {
      return identity().kind();
    }

    default String office() {
      return identity().office();
    }

    default String country() {
      return identity().country();
    }

    default List<String> aliases() {
      return identity().aliases();
    }
  }
}
