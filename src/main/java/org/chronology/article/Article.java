package org.chronology.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** An ingested article: its text exactly as decoded, never modified, and what we know about it. */
@Entity
@Table(name = "article")
public class Article extends ReceivedFile {

  /**
   * From the column's identity sequence, 50 at a time (V19): a group of new articles is inserted in
   * multi-row statements at the flush.
   */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_ids")
  @SequenceGenerator(name = "article_ids", sequenceName = "article_id_seq", allocationSize = 50)
  public Long id;

  @Column(name = "raw_text")
  public String text;

  /** The character set the bytes were decoded with. */
  public String encoding;

  public String title;
  public String outlet;
  public String url;

  @Column(name = "published_on")
  public LocalDate publishedOn;

  /** {@code header}, {@code metadata} or {@code editor}; null when the date is unknown. */
  @Column(name = "published_on_source")
  public String publishedOnSource;

  /** The header text the publication date was read from. */
  @Column(name = "published_phrase")
  public String publishedPhrase;

  @Column(name = "ingested_at", insertable = false, updatable = false)
  public OffsetDateTime ingestedAt;

  /**
   * {@code pending}, {@code done} or {@code failed}: written only by the extraction (never flushed
   * from this entity, so an editor's save and an extraction never conflict).
   */
  @Column(name = "extraction_state", insertable = false, updatable = false)
  public String extractionState;

  /** The extractor version of the last completed extraction. */
  @Column(name = "extraction_version", insertable = false, updatable = false)
  public Integer extractionVersion;

  /** Why the last extraction failed. */
  @Column(name = "extraction_error", insertable = false, updatable = false)
  public String extractionError;

  @Version public long version;

  /**
   * The articles of these ids (managed), in plain SQL with an array parameter: the ingest path
   * parses no HQL, and one statement text serves every number of ids.
   */
  public static List<Article> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return getEntityManager()
        .unwrap(org.hibernate.Session.class)
        .createNativeQuery("select * from article where id = any(?1)", Article.class)
        .setParameter(1, ids.toArray(Long[]::new))
        .getResultList();
  }

  public static Optional<Article> findBySha256(String sha256) {
    return find("sha256", sha256).firstResultOptional();
  }
}
