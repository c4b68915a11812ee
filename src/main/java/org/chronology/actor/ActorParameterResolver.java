package org.chronology.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.chronology.db.Rows;
import org.chronology.text.ArabicNormalizer;
import org.chronology.web.BadParameterException;

/**
 * Lets {@code actor=} name an actor as well as give its id: a value that is not a number is looked
 * up among actors' names and aliases, compared on normalised forms like the actor box ({@code
 * جانتس} finds غانتس), or among English names ignoring case. One actor: its id replaces the name.
 * None, or several: 400 naming the parameter (listing the candidates with their ids).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActorParameterResolver {

  static final String PARAM = "actor";
  private static final int MAX_CANDIDATES = 10;

  /** An actor a name could mean. */
  public record Candidate(long id, String name, String nameEn) {}

  /** The parameters with every actor name replaced by its id; the same map when none is a name. */
  public MultivaluedMap<String, String> resolve(MultivaluedMap<String, String> params) {
    List<String> values = params.get(PARAM);
    if (values == null || values.stream().allMatch(ActorParameterResolver::isIdOrBlank)) {
      return params;
    }
    MultivaluedMap<String, String> out = new MultivaluedHashMap<>();
    params.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
    List<String> ids = new ArrayList<>();
    for (String v : values) {
      ids.add(isIdOrBlank(v) ? v : String.valueOf(idOf(v.strip())));
    }
    out.put(PARAM, ids);
    return out;
  }

  private long idOf(String name) {
    List<Candidate> found = candidates(name);
    if (found.size() == 1) {
      return found.get(0).id();
    }
    if (found.isEmpty()) {
      throw new BadParameterException(
          PARAM,
          "actor must be an actor id or the name or alias of one actor; no actor is named '"
              + name
              + "' (search with /api/actors?q=)",
          name);
    }
    throw new BadParameterException(
        PARAM,
        "actor '"
            + name
            + "' names several actors, give one id: "
            + found.stream()
                .map(
                    c ->
                        c.id()
                            + " ("
                            + c.name()
                            + (c.nameEn() == null ? "" : ", " + c.nameEn())
                            + ")")
                .collect(Collectors.joining("; ")),
        name);
  }

  /** Actors (not merged away) with this exact name or alias, normalised, or English name. */
  public List<Candidate> candidates(String name) {
    String key = ArabicNormalizer.key(name).strip();
    return Rows.map(
        Rows.select(
                "select a.id, a.name, a.nameEn from Actor a where a.mergedInto is null and"
                    + " (a.name = :raw or lower(a.nameEn) = :en or exists (select 1 from ActorAlias al"
                    + " where al.actor = a and al.normalized = :key)) order by a.id")
            .setParameter("raw", name)
            .setParameter("en", name.toLowerCase(Locale.ROOT))
            .setParameter("key", key)
            .setMaxResults(MAX_CANDIDATES),
        r -> new Candidate(r.id(0), r.text(1), r.text(2)));
  }

  private static boolean isIdOrBlank(String v) {
    return v == null || v.isBlank() || v.strip().chars().allMatch(Character::isDigit);
  }
}
