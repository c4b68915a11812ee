package org.chronology.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.chronology.article.Article;

/** One sentence of one article that reports an event, with the spans the extractor used. */
@Entity
@Table(name = "mention")
public class Mention extends PanacheEntityBase {

  /**
   * From the identity column's sequence, 500 at a time (V25: a bulk batch's ids in one round trip;
   * V10 made it 50), so inserts batch at the flush.
   */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mention_ids")
  @SequenceGenerator(name = "mention_ids", sequenceName = "mention_id_seq", allocationSize = 500)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "event_id")
  public Event event;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "article_id")
  public Article article;

  @Column(name = "sentence_start")
  public int sentenceStart;

  @Column(name = "sentence_end")
  public int sentenceEnd;

  public String sentence;

  @Column(name = "trigger_start")
  public Integer triggerStart;

  @Column(name = "trigger_end")
  public Integer triggerEnd;

  @Column(name = "date_start_offset")
  public Integer dateStartOffset;

  @Column(name = "date_end_offset")
  public Integer dateEndOffset;

  /** Actor name spans as {@code [start, end, start, end, ...]}. */
  @Column(name = "actor_offsets")
  public int[] actorOffsets = new int[0];

  @Column(name = "extractor_version")
  public Integer extractorVersion;

  /**
   * The merger's view of the sentence (its own type, date, place and actor names), kept so that a
   * new article finds the events it may merge into by an indexed query; null for mentions an editor
   * added and for further evidence.
   */
  @Column(name = "merge_type")
  public String mergeType;

  @Column(name = "merge_start")
  public LocalDate mergeStart;

  @Column(name = "merge_end")
  public LocalDate mergeEnd;

  @Column(name = "merge_location")
  public String mergeLocation;

  @Column(name = "merge_actors")
  public String[] mergeActors;
}
