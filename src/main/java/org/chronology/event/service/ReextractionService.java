package org.chronology.event.service;

import io.micrometer.core.annotation.Timed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorService;
import org.chronology.article.Article;
import org.chronology.event.Event;
import org.chronology.event.EventActor;
import org.chronology.event.Mention;
import org.chronology.event.edit.EventSnapshots;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventCluster;
import org.chronology.extraction.EventExtractor;
import org.chronology.extraction.Evidence;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Span;
import org.chronology.revision.RevisionService;
import org.chronology.text.ArabicNormalizer;
import org.chronology.time.PublicationDateDetector;
import org.jboss.logging.Logger;

/**
 * Runs the extractor over every article and reconciles its output with the stored events.
 *
 * <p>Idempotent and respectful of editors: a machine event keeps its id when the same sentence
 * still yields it (permalinks stay stable), machine-only events that are no longer produced are
 * removed. An event an editor touched is never removed and its structure (which sentences report
 * it: merges, splits, hand-made events) never changes; a rejected or confirmed event keeps every
 * value; an edited event keeps the fields the editor set ({@code edited_fields}) and follows the
 * machine for the others — so a new publication date re-resolves its relative date unless the
 * editor set the date. A cluster that reports a sentence of an editor's event is not stored again
 * beside it.
 */
@ApplicationScoped
public class ReextractionService {

  private static final Logger LOG = Logger.getLogger(ReextractionService.class);

  /** Who re-extraction's changes to editors' events are recorded as, in their history. */
  public static final String MACHINE = "extractor";

  private final ExtractorProducer extractors;
  private final ActorService actors;
  private final RevisionService revisions;
  private final PublicationDateDetector dates = PublicationDateDetector.standard();

  public ReextractionService(
      ExtractorProducer extractors, ActorService actors, RevisionService revisions) {
    this.extractors = extractors;
    this.actors = actors;
    this.revisions = revisions;
  }

  /** What one run changed. */
  public record Report(
      int articles, int clusters, int created, int updated, int deleted, int keptForEditors) {}

  /** True when stored events were made by another extractor version, or never made at all. */
  public boolean needed() {
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              long articles = Article.count();
              if (articles == 0) {
                return false;
              }
              long stale =
                  Event.count(
                      "review = 'extracted' and extractorVersion is not null"
                          + " and extractorVersion <> ?1",
                      extractors.version());
              long withMentions =
                  Mention.find("select count(distinct m.article.id) from Mention m")
                      .project(Long.class)
                      .singleResult();
              return stale > 0 || Event.count() == 0 || withMentions == 0;
            });
  }

  @Timed(value = "chronology.extraction", description = "Extraction runs over all articles")
  public synchronized Report reextractAll() {
    long t0 = System.nanoTime();
    EventExtractor extractor = extractors.current();
    List<ArticleText> texts = new ArrayList<>();
    Map<String, Long> articleIds = new HashMap<>();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (Article a : Article.<Article>listAll()) {
                refreshHeaderDate(a);
                texts.add(new ArticleText(a.source, a.text, a.publishedOn));
                articleIds.put(a.source, a.id);
              }
            });
    List<ExtractedEvent> extracted = new ArrayList<>();
    for (ArticleText t : texts) {
      extracted.addAll(extractor.extract(t));
    }
    List<EventCluster> clusters = extractor.merge(extracted);
    Report report =
        QuarkusTransaction.requiringNew()
            .call(() -> reconcile(extractor, clusters, articleIds, texts.size()));
    LOG.infof(
        "Extraction v%d over %d articles: %d events (%d new, %d updated, %d removed, %d kept for"
            + " editors) in %d ms",
        extractor.version(),
        report.articles(),
        report.clusters(),
        report.created(),
        report.updated(),
        report.deleted(),
        report.keptForEditors(),
        (System.nanoTime() - t0) / 1_000_000);
    return report;
  }

  /**
   * A publication date read from the header is read again (the detector improves); dates from a
   * sidecar or an editor are never touched.
   */
  private void refreshHeaderDate(Article a) {
    if (a.publishedOnSource != null && !"header".equals(a.publishedOnSource)) {
      return;
    }
    dates
        .detect(a.text)
        .ifPresentOrElse(
            d -> {
              a.publishedOn = d.date();
              a.publishedOnSource = "header";
              a.publishedPhrase = d.text();
            },
            () -> {
              a.publishedOn = null;
              a.publishedOnSource = null;
              a.publishedPhrase = null;
            });
  }

  private Report reconcile(
      EventExtractor extractor, List<EventCluster> clusters, Map<String, Long> articleIds, int n) {
    List<Event> existing = Event.list("select distinct e from Event e left join fetch e.mentions");
    // Machine events are found again by sentence, type and trigger (one sentence can report two
    // visits); events an editor touched by sentence alone (the editor may have changed the type,
    // merged or split them).
    Map<String, List<Event>> byMention = new HashMap<>();
    Map<String, Event> editorBySentence = new HashMap<>();
    for (Event e : existing) {
      for (Mention m : e.mentions) {
        if (e.machineOnly()) {
          byMention
              .computeIfAbsent(
                  key(m.article.id, m.sentenceStart, e.type, m.triggerStart),
                  k -> new ArrayList<>())
              .add(e);
        } else {
          editorBySentence.putIfAbsent(m.article.id + ":" + m.sentenceStart, e);
        }
      }
    }
    ActorService.Resolver resolver = actors.resolver();
    Set<Long> claimed = new HashSet<>();
    Set<Long> refreshed = new HashSet<>();
    int created = 0;
    int updated = 0;
    int kept = 0;
    for (EventCluster c : clusters) {
      Set<Event> owners = new LinkedHashSet<>();
      for (ExtractedEvent m : c.mentions()) {
        Long articleId = articleIds.get(m.articleSource());
        Event owner = editorBySentence.get(articleId + ":" + m.evidence().sentence().start());
        if (owner != null) {
          owners.add(owner);
        }
      }
      if (!owners.isEmpty()) {
        // The editor's structure stays: no sentence of an editor's event is moved or removed. Only
        // the parts the editor did not set follow the machine, never on confirmed or rejected
        // events. A sentence the machine newly reports for the same happening (say, a new article)
        // joins the first owner that is not rejected; it is new evidence, not an undone decision.
        Event primary =
            owners.stream().filter(o -> !"rejected".equals(o.review)).findFirst().orElse(null);
        for (ExtractedEvent m : c.mentions()) {
          Long articleId = articleIds.get(m.articleSource());
          String sentence = articleId + ":" + m.evidence().sentence().start();
          if (primary != null && !editorBySentence.containsKey(sentence)) {
            primary.mentions.add(mention(primary, m, articleIds));
            primary.searchText = searchText(primary);
            editorBySentence.put(sentence, primary);
          }
        }
        for (Event owner : owners) {
          kept++;
          if (refreshed.add(owner.id) && refreshUnedited(owner, c, resolver)) {
            updated++;
          }
        }
        continue;
      }
      Event target = null;
      for (ExtractedEvent m : c.mentions()) {
        Long articleId = articleIds.get(m.articleSource());
        Integer trigger = m.evidence().trigger() == null ? null : m.evidence().trigger().start();
        for (Event hit :
            byMention.getOrDefault(
                key(articleId, m.evidence().sentence().start(), c.type().code(), trigger),
                List.of())) {
          if (!claimed.contains(hit.id)) {
            target = hit;
            break;
          }
        }
        if (target != null) {
          break;
        }
      }
      if (target == null) {
        target = new Event();
        created++;
      } else {
        updated++;
      }
      fill(extractor, target, c, articleIds, resolver);
      if (target.id == null) {
        target.persist();
      }
      claimed.add(target.id);
    }
    int deleted = 0;
    for (Event e : existing) {
      if (e.machineOnly() && !claimed.contains(e.id)) {
        e.delete();
        deleted++;
      }
    }
    return new Report(n, clusters.size(), created, updated, deleted, kept);
  }

  /**
   * Gives an event an editor touched the machine's values for the parts the editor did not set (its
   * {@code edited_fields}); confirmed and rejected events are left exactly as they are. Returns
   * true when anything changed.
   */
  private boolean refreshUnedited(Event e, EventCluster c, ActorService.Resolver resolver) {
    if (!"edited".equals(e.review)) {
      return false;
    }
    Set<String> locked = new HashSet<>(Arrays.asList(e.editedFields));
    Map<String, Object> before = EventSnapshots.of(e);
    boolean changed = false;
    if (!locked.contains("type") && !c.type().code().equals(e.type)) {
      e.type = c.type().code();
      changed = true;
    }
    if (!locked.contains("title") && !c.title().equals(e.title)) {
      e.title = c.title();
      changed = true;
    }
    if (!locked.contains("status") && !c.status().code().equals(e.status)) {
      e.status = c.status().code();
      changed = true;
    }
    if (!locked.contains("date")
        && (!Objects.equals(e.dateStart, c.date().start())
            || !Objects.equals(e.dateEnd, c.date().end())
            || !c.date().precision().code().equals(e.datePrecision)
            || e.dateApproximate != c.date().approximate()
            || !Objects.equals(e.dateText, c.date().text())
            || !Objects.equals(e.dateResolvedAgainst, c.date().resolvedAgainst()))) {
      e.dateStart = c.date().start();
      e.dateEnd = c.date().end();
      e.datePrecision = c.date().precision().code();
      e.dateApproximate = c.date().approximate();
      e.dateText = c.date().text();
      e.dateResolvedAgainst = c.date().resolvedAgainst();
      changed = true;
    }
    String loc = c.location() == null ? null : c.location().name();
    String locEn = c.location() == null ? null : c.location().nameEn();
    if (!locked.contains("location")
        && (!Objects.equals(loc, e.locationName) || !Objects.equals(locEn, e.locationNameEn))) {
      e.locationName = loc;
      e.locationNameEn = locEn;
      changed = true;
    }
    if (!locked.contains("actors")) {
      changed |= replaceActors(e, c, resolver);
    }
    if (changed) {
      e.updatedAt = OffsetDateTime.now();
      e.searchText = searchText(e);
      revisions.record(
          "event",
          e.id,
          "reextract",
          MACHINE,
          "extractor v" + extractors.version() + ": fields no editor set",
          before,
          EventSnapshots.of(e));
    }
    return changed;
  }

  /** Sets the event's actors to the cluster's; true when the set or a role changed. */
  private static boolean replaceActors(Event e, EventCluster c, ActorService.Resolver resolver) {
    Map<Long, EventActor> roles = new LinkedHashMap<>();
    for (ActorMention am : c.actors()) {
      Actor actor = resolver.resolve(am);
      EventActor ea = roles.get(actor.id);
      if (ea == null) {
        ea = new EventActor();
        ea.event = e;
        ea.actor = actor;
        ea.position = roles.size();
        roles.put(actor.id, ea);
      }
      if (ea.role == null && am.role() != null) {
        ea.role = am.role().code();
      }
    }
    boolean changed = e.actors.removeIf(old -> !roles.containsKey(old.actor.id));
    for (EventActor old : e.actors) {
      EventActor fresh = roles.remove(old.actor.id);
      if (!Objects.equals(old.role, fresh.role) || old.position != fresh.position) {
        changed = true;
      }
      old.role = fresh.role;
      old.position = fresh.position;
    }
    changed |= !roles.isEmpty();
    e.actors.addAll(roles.values());
    return changed;
  }

  /**
   * The normalised search text of an event as it stands: title, sentences, actor names and aliases,
   * place and date phrase.
   */
  public static String searchText(Event e) {
    StringJoiner search = new StringJoiner(" ");
    search.add(e.title);
    e.mentions.forEach(m -> search.add(m.sentence));
    for (EventActor ea : e.actors) {
      search.add(ea.actor.name);
      if (ea.actor.nameEn != null) {
        search.add(ea.actor.nameEn);
      }
      ea.actor.aliases.forEach(a -> search.add(a.alias));
    }
    if (e.locationName != null) {
      search.add(e.locationName);
    }
    if (e.dateText != null) {
      search.add(e.dateText);
    }
    return ArabicNormalizer.key(search.toString());
  }

  private void fill(
      EventExtractor extractor,
      Event e,
      EventCluster c,
      Map<String, Long> articleIds,
      ActorService.Resolver resolver) {
    e.type = c.type().code();
    e.status = c.status().code();
    e.title = c.title();
    e.confidence = Math.max(0, Math.min(1, c.confidence()));
    e.dateStart = c.date().start();
    e.dateEnd = c.date().end();
    e.datePrecision = c.date().precision().code();
    e.dateApproximate = c.date().approximate();
    e.dateText = c.date().text();
    e.dateResolvedAgainst = c.date().resolvedAgainst();
    e.locationName = c.location() == null ? null : c.location().name();
    e.locationNameEn = c.location() == null ? null : c.location().nameEn();
    e.extractorVersion = extractor.version();
    e.updatedAt = OffsetDateTime.now();

    e.mentions.clear();
    Set<String> sentences = new HashSet<>();
    for (ExtractedEvent x : c.mentions()) {
      e.mentions.add(mention(e, x, articleIds));
      sentences.add(x.articleSource() + ":" + x.evidence().sentence().start());
    }
    // Further sentences of an article that report the same happening are evidence too.
    for (ExtractedEvent x : c.mentions()) {
      for (Evidence more : x.alsoReportedIn()) {
        if (sentences.add(x.articleSource() + ":" + more.sentence().start())) {
          e.mentions.add(mention(e, x.articleSource(), more, articleIds));
        }
      }
    }

    replaceActors(e, c, resolver);
    e.searchText = searchText(e);
  }

  private Mention mention(Event e, ExtractedEvent x, Map<String, Long> articleIds) {
    return mention(e, x.articleSource(), x.evidence(), articleIds);
  }

  private Mention mention(
      Event e, String articleSource, Evidence evidence, Map<String, Long> articleIds) {
    Mention m = new Mention();
    m.event = e;
    m.article =
        Article.getEntityManager().getReference(Article.class, articleIds.get(articleSource));
    Span s = evidence.sentence();
    m.sentenceStart = s.start();
    m.sentenceEnd = s.end();
    m.sentence = evidence.text();
    if (evidence.trigger() != null) {
      m.triggerStart = evidence.trigger().start();
      m.triggerEnd = evidence.trigger().end();
    }
    if (evidence.datePhrase() != null) {
      m.dateStartOffset = evidence.datePhrase().start();
      m.dateEndOffset = evidence.datePhrase().end();
    }
    List<Span> spans = evidence.actorSpans() == null ? List.of() : evidence.actorSpans();
    int[] offsets = new int[spans.size() * 2];
    for (int i = 0; i < spans.size(); i++) {
      offsets[2 * i] = spans.get(i).start();
      offsets[2 * i + 1] = spans.get(i).end();
    }
    m.actorOffsets = offsets;
    m.extractorVersion = extractors.version();
    return m;
  }

  private static String key(Long articleId, int sentenceStart, String type, Integer trigger) {
    return articleId + ":" + sentenceStart + ":" + type + ":" + trigger;
  }
}
