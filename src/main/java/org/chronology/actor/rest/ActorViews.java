package org.chronology.actor.rest;

import java.util.List;

/** What {@code /api/actors} answers. */
public final class ActorViews {

  private ActorViews() {}

  /** An actor found by a search, with how many visible (not rejected) events it takes part in. */
  public record ActorSummary(long id, String name, String nameEn, String kind, long eventCount) {}

  /** One page of actors. */
  public record ActorPage(long total, int page, int size, List<ActorSummary> items) {}

  /** A country an actor belongs to. */
  public record CountryRef(long id, String name, String nameEn) {}

  /** One actor with its aliases. */
  public record ActorDetail(
      long id,
      String name,
      String nameEn,
      String kind,
      String office,
      CountryRef country,
      List<String> aliases,
      long eventCount,
      Long mergedInto) {}
}
