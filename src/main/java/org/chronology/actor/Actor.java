package org.chronology.actor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chronology.web.Bilingual;

/** A canonical actor: person, country, organisation, company or armed group. */
@Entity
@Table(name = "actor")
// The ingest's look-ups, parsed once at boot rather than on the merging thread.
@NamedQuery(
    name = Actor.GAZETTEER,
    query =
        "select distinct a from Actor a left join fetch a.aliases left join fetch a.country"
            + " where a.mergedInto is null and a.origin in ('gazetteer', 'editor') order by a.id")
@NamedQuery(
    name = Actor.WITH_ALIASES,
    query = "select distinct a from Actor a left join fetch a.aliases where a.id in :ids")
@NamedQuery(name = Actor.BY_NAMES, query = "from Actor a where a.name in :names order by a.id")
@NamedQuery(
    name = Actor.BY_ALIASES,
    query =
        "select a.normalized, a.actor from ActorAlias a where a.normalized in :keys"
            + " order by a.actor.id")
@NamedQuery(
    name = Actor.BY_KIND_AND_ALIAS,
    query =
        "select a.actor from ActorAlias a where a.actor.kind = :kind and a.normalized = :key"
            + " order by a.actor.id")
@NamedQuery(
    name = Actor.BY_KIND_AND_NAME,
    query = "from Actor a where a.kind = :kind and a.name = :name")
public class Actor extends PanacheEntityBase implements Bilingual {

  /** The gazetteer's actors (shipped and editors'), not merged, with aliases and country. */
  public static final String GAZETTEER = "Actor.gazetteer";

  /** Actors by id ({@code ids}) with their aliases. */
  public static final String WITH_ALIASES = "Actor.withAliases";

  /** Actors by exact name ({@code names}), by id. */
  public static final String BY_NAMES = "Actor.byNames";

  /** Normalised alias and actor of the aliases of these normalised forms ({@code keys}). */
  public static final String BY_ALIASES = "Actor.byAliases";

  /** The actors of a kind with an alias of this normalised form ({@code kind}, {@code key}). */
  public static final String BY_KIND_AND_ALIAS = "Actor.byKindAndAlias";

  /** The actor of a kind with this exact name ({@code kind}, {@code name}). */
  public static final String BY_KIND_AND_NAME = "Actor.byKindAndName";

  /**
   * From the identity column's sequence, 50 at a time (V17), so a new actor's insert waits for the
   * flush and batches with the others instead of being sent, with everything queued, at persist.
   */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_ids")
  @SequenceGenerator(name = "actor_ids", sequenceName = "actor_id_seq", allocationSize = 50)
  public Long id;

  /** Contract code: person, country, organization, company, group. */
  public String kind;

  public String name;

  @Column(name = "name_en")
  public String nameEn;

  public String office;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "country_id")
  public Actor country;

  @Column(name = "active_from")
  public LocalDate activeFrom;

  @Column(name = "active_to")
  public LocalDate activeTo;

  /** gazetteer (seeded), extractor (found by a title pattern), editor. */
  public String origin;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "merged_into")
  public Actor mergedInto;

  @OneToMany(mappedBy = "actor", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  public List<ActorAlias> aliases = new ArrayList<>();

  @Version public long version;

  @Override
  public String name() {
    return name;
  }

  @Override
  public String nameEn() {
    return nameEn;
  }
}
