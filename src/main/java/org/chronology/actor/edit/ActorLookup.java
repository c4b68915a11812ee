package org.chronology.actor.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.chronology.actor.ActorQueryService;
import org.chronology.actor.ActorQueryService.ActorOption;

/**
 * Reads an actor box of the actor editor (country, duplicate to merge): a number as before, or a
 * name or alias compared the way the actor box of the chronology compares them ({@link
 * ActorQueryService#resolve}). One actor: its id. Several: the choices, to pick one from. None: an
 * error code for the field.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActorLookup {

  /** Enough to choose from, few enough to read. */
  static final int MAX_CHOICES = 20;

  /** Longer input is not a name. */
  static final int MAX_LENGTH = 200;

  /**
   * What a box named: an id, or choices with an error, or only an error; all empty when blank.
   *
   * @param error a code of {@code ef:err} (they start with "lookup")
   */
  public record Result(Long id, List<ActorOption> choices, String error) {

    static Result of(long id) {
      return new Result(id, List.of(), null);
    }

    static Result failed(String error) {
      return new Result(null, List.of(), error);
    }

    public boolean blank() {
      return id == null && error == null;
    }
  }

  @Inject ActorQueryService actors;

  /**
   * @param typed what the box holds
   * @param picked the id of a choice offered before, which wins over the text
   * @param kind only actors of this kind ("country"), or null for any
   * @param exclude an actor that cannot be meant (the one edited), or null
   */
  public Result read(String typed, String picked, String kind, Long exclude) {
    if (picked != null && picked.strip().matches("\\d{1,18}")) {
      return Result.of(Long.parseLong(picked.strip()));
    }
    String t = typed == null ? "" : typed.strip();
    if (t.isEmpty()) {
      return new Result(null, List.of(), null);
    }
    if (t.matches("#?\\d{1,18}")) {
      return Result.of(Long.parseLong(t.replace("#", "")));
    }
    if (t.length() > MAX_LENGTH) {
      return Result.failed("lookupTooLong");
    }
    ActorQueryService.Resolved named = actors.resolveNamed(t, MAX_CHOICES * 5);
    List<ActorOption> found =
        named.actors().stream()
            .filter(a -> kind == null || kind.equals(a.kind()))
            .filter(a -> exclude == null || a.id() != exclude)
            .limit(MAX_CHOICES)
            .toList();
    if (found.size() == 1) {
      return Result.of(found.get(0).id());
    }
    if (found.isEmpty()) {
      return Result.failed("country".equals(kind) ? "lookupNoCountry" : "lookupNoActor");
    }
    // Names that only contain the text are not "more than one actor with this name".
    return new Result(null, found, named.exact() ? "lookupSeveral" : "lookupContaining");
  }
}
