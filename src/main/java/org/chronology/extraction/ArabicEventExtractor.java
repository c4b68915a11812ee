package org.chronology.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.merge.EventMerger;
import org.chronology.extraction.pipeline.ActorHit;
import org.chronology.extraction.pipeline.ActorStage;
import org.chronology.extraction.pipeline.AnaphoraStage;
import org.chronology.extraction.pipeline.BackgroundFilterStage;
import org.chronology.extraction.pipeline.CoalesceStage;
import org.chronology.extraction.pipeline.ConfidenceStage;
import org.chronology.extraction.pipeline.DateSource;
import org.chronology.extraction.pipeline.DateStage;
import org.chronology.extraction.pipeline.Document;
import org.chronology.extraction.pipeline.EventActorStage;
import org.chronology.extraction.pipeline.EventDateStage;
import org.chronology.extraction.pipeline.EventDraft;
import org.chronology.extraction.pipeline.EventPlaceStage;
import org.chronology.extraction.pipeline.EventSegmentStage;
import org.chronology.extraction.pipeline.EventStatusStage;
import org.chronology.extraction.pipeline.ModalityStage;
import org.chronology.extraction.pipeline.NewsPegStage;
import org.chronology.extraction.pipeline.Pipeline;
import org.chronology.extraction.pipeline.PlaceStage;
import org.chronology.extraction.pipeline.ResolvedActor;
import org.chronology.extraction.pipeline.RoleStage;
import org.chronology.extraction.pipeline.SentenceStage;
import org.chronology.extraction.pipeline.Stage;
import org.chronology.extraction.pipeline.TitleStage;
import org.chronology.extraction.pipeline.TokenStage;
import org.chronology.extraction.pipeline.TriggerHit;
import org.chronology.extraction.pipeline.TriggerStage;
import org.chronology.extraction.pipeline.UnnamedPartiesStage;
import org.chronology.text.Sentence;
import org.chronology.text.SentenceSplitter;
import org.chronology.time.Precision;
import org.chronology.time.TemporalExpression;
import org.chronology.time.TemporalTagger;

/**
 * The Arabic event extractor: a pipeline of plain-Java stages (see {@link #stages}) assembled and
 * order-checked here. Immutable after construction and safe to share between threads.
 */
public final class ArabicEventExtractor implements EventExtractor {

  /** Stored on every event; raise it whenever extraction output may change. */
  public static final int VERSION = 69;

  private final Pipeline pipeline;
  private final EventMerger merger = new EventMerger();

  /** The extractor with the standard gazetteer and the standard date tagger. */
  public static ArabicEventExtractor standard() {
    return new ArabicEventExtractor(Gazetteer.standard());
  }

  /** An extractor over the given actors (e.g. rebuilt from the app's actor table). */
  public ArabicEventExtractor(Gazetteer gazetteer) {
    this(gazetteer, TemporalTagger.standard()::tag);
  }

  /** An extractor with another source of date phrases (tests). */
  public ArabicEventExtractor(Gazetteer gazetteer, DateSource dates) {
    this.pipeline = Pipeline.of(stages(Lexicon.standard(), gazetteer, dates));
  }

  /** The stages in order. */
  public static List<Stage> stages(Lexicon lexicon, Gazetteer gazetteer, DateSource dates) {
    return List.of(
        new TokenStage(),
        new SentenceStage(new SentenceSplitter(lexicon.furniture(), lexicon.clauseOpeners())),
        new DateStage(dates),
        new TriggerStage(lexicon),
        new ModalityStage(lexicon),
        new ActorStage(lexicon, gazetteer),
        new PlaceStage(lexicon),
        new EventSegmentStage(lexicon),
        new EventStatusStage(lexicon),
        new EventDateStage(lexicon),
        new BackgroundFilterStage(lexicon),
        new EventActorStage(gazetteer, lexicon),
        new EventPlaceStage(lexicon),
        new AnaphoraStage(lexicon),
        new RoleStage(lexicon, gazetteer),
        new CoalesceStage(lexicon),
        new ConfidenceStage(),
        new UnnamedPartiesStage(gazetteer),
        new NewsPegStage(lexicon),
        new TitleStage(lexicon));
  }

  @Override
  public int version() {
    return VERSION;
  }

  @Override
  public List<ExtractedEvent> extract(ArticleText article) {
    Document doc = pipeline.run(new Document(article));
    List<ExtractedEvent> out = new ArrayList<>();
    for (EventDraft d : ordered(doc)) {
      out.add(toEvent(doc, d));
    }
    return List.copyOf(out);
  }

  /** A worked document's events in the order {@link #extract} returns them. */
  public static List<EventDraft> ordered(Document doc) {
    List<EventDraft> drafts = new ArrayList<>(doc.events());
    drafts.sort(
        Comparator.comparingInt((EventDraft d) -> d.sentence).thenComparingInt(d -> d.first));
    return drafts;
  }

  /** Runs the pipeline and returns its working document (for tests and diagnostics). */
  public Document analyse(ArticleText article) {
    return pipeline.run(new Document(article));
  }

  @Override
  public List<EventCluster> merge(List<ExtractedEvent> events) {
    return merger.merge(events);
  }

  /**
   * Another sentence reporting the happening, with its first trigger and the names of the event's
   * actors marked, so an editor sees why it belongs.
   */
  private static Evidence furtherEvidence(Document doc, EventDraft d, int index, Sentence s) {
    Set<String> names = new HashSet<>();
    for (ResolvedActor a : d.actors) {
      names.add(a.name());
    }
    List<Span> actorSpans = new ArrayList<>();
    for (ActorHit h : doc.actors()) {
      boolean ours =
          names.contains(h.written())
              || h.candidates().stream().anyMatch(c -> names.contains(c.name()));
      if (h.sentence() == index && ours) {
        actorSpans.add(new Span(doc.originalStart(h.first()), doc.originalEnd(h.end())));
      }
    }
    Span trigger = null;
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == index) {
        trigger = new Span(doc.originalStart(t.first()), doc.originalEnd(t.end()));
        break;
      }
    }
    return new Evidence(
        new Span(s.start(), s.end()),
        doc.article().text().substring(s.start(), s.end()),
        trigger,
        null,
        List.copyOf(actorSpans));
  }

  /** The extracted event of one of a worked document's drafts (also for diagnostics). */
  public static ExtractedEvent toEvent(Document doc, EventDraft d) {
    Sentence s = doc.sentences().get(d.sentence);
    String text = doc.article().text();
    TriggerHit h = d.head;
    Span trigger = new Span(doc.originalStart(h.first()), doc.originalEnd(h.end()));
    Span datePhrase = null;
    DateValue date = DateValue.UNKNOWN;
    if (d.date != null) {
      TemporalExpression e = d.date.expression();
      boolean phrase = e.endOffset() > e.startOffset(); // none: the publication day
      datePhrase = phrase ? new Span(e.startOffset(), e.endOffset()) : null;
      date =
          new DateValue(
              e.start(),
              e.end() != null ? e.end() : e.start(),
              e.start() == null ? Precision.UNKNOWN : e.precision(),
              e.approximate(),
              phrase ? e.text() : null,
              e.resolvedAgainst());
    }
    List<ActorMention> actors = new ArrayList<>();
    List<Span> actorSpans = new ArrayList<>();
    for (ResolvedActor a : d.actors) {
      Span span = null;
      if (a.first() >= 0) {
        span = new Span(doc.originalStart(a.first()), doc.originalEnd(a.end()));
        if (span.start() >= s.start() && span.end() <= s.end()) {
          actorSpans.add(span);
        }
      }
      actors.add(new ActorMention(a.identity(), a.role(), span));
    }
    Place place = d.place == null ? null : new Place(d.place.name(), d.place.nameEn());
    Evidence evidence =
        new Evidence(
            new Span(s.start(), s.end()),
            text.substring(s.start(), s.end()),
            trigger,
            datePhrase,
            List.copyOf(actorSpans));
    List<Evidence> also = new ArrayList<>();
    for (int i : d.alsoIn.stream().sorted().distinct().toList()) {
      if (i == d.sentence) {
        continue;
      }
      Sentence other = doc.sentences().get(i);
      also.add(furtherEvidence(doc, d, i, other));
    }
    Happening what =
        new Happening(d.type, d.status, d.title, d.confidence, date, List.copyOf(actors), place);
    return new ExtractedEvent(doc.article().source(), what, evidence, VERSION, also);
  }
}
