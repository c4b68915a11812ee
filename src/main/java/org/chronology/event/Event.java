package org.chronology.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.time.Precision;

/** One happening, reported by one or more mentions. */
@Entity
@Table(name = "event")
// The merge's reads of stored events, parsed once at boot rather than on the merging thread.
@NamedQuery(
    name = Event.WITH_MENTIONS,
    query = "select distinct e from Event e left join fetch e.mentions where e.id in :ids")
@NamedQuery(
    name = Event.WITH_ACTORS,
    query =
        "select distinct e from Event e left join fetch e.actors ea left join fetch ea.actor"
            + " where e.id in :ids")
public class Event extends PanacheEntityBase {

  /** Events by id ({@code ids}) with their mentions. */
  public static final String WITH_MENTIONS = "Event.withMentions";

  /** Events by id ({@code ids}) with their actor rows and actors. */
  public static final String WITH_ACTORS = "Event.withActors";

  /**
   * From the identity column's sequence, 500 at a time (V25: a bulk batch's ids in one round trip;
   * V10 made it 50), so inserts batch at the flush.
   */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_ids")
  @SequenceGenerator(name = "event_ids", sequenceName = "event_id_seq", allocationSize = 500)
  public Long id;

  @Convert(converter = Codes.TypeConverter.class)
  public EventType type;

  public String title;

  @Convert(converter = Codes.StatusConverter.class)
  public EventStatus status;

  @Convert(converter = Codes.ReviewConverter.class)
  public Review review = Review.EXTRACTED;

  public double confidence;

  @Column(name = "date_start")
  public LocalDate dateStart;

  @Column(name = "date_end")
  public LocalDate dateEnd;

  @Column(name = "date_precision")
  @Convert(converter = Codes.PrecisionConverter.class)
  public Precision datePrecision;

  @Column(name = "date_approximate")
  public boolean dateApproximate;

  @Column(name = "date_text")
  public String dateText;

  @Column(name = "date_resolved_against")
  public LocalDate dateResolvedAgainst;

  @Column(name = "location_name")
  public String locationName;

  @Column(name = "location_name_en")
  public String locationNameEn;

  @Column(name = "extractor_version")
  public Integer extractorVersion;

  /** Fields an editor set; re-extraction leaves them as they are. */
  @Column(name = "edited_fields")
  public String[] editedFields = new String[0];

  public String note;

  @Column(name = "search_text")
  public String searchText = "";

  /**
   * The search text's tsvector (V11): named here only so that queries can match against it; never
   * read or written through the entity. The merge's inserts give it (EventRows, from a document
   * built in Java); for every other write the database computes it from the search text (V34).
   */
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "search_tsv", insertable = false, updatable = false)
  String searchVector;

  @Column(name = "created_at", insertable = false, updatable = false)
  public OffsetDateTime createdAt;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  public List<Mention> mentions = new ArrayList<>();

  @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<EventActor> actors = new ArrayList<>();

  @Version public long version;

  /** True when no editor has touched this event: re-extraction may replace it. */
  public boolean machineOnly() {
    return review == Review.EXTRACTED && editedFields.length == 0;
  }
}
