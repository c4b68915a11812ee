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
public class Actor extends PanacheEntityBase implements Bilingual {

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
