package org.chronology.event.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.eval.CorpusArticle;
import org.chronology.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

/**
 * A gazetteer that gains an actor changes the extraction of some articles; start-up extracts again
 * only those {@link GazetteerTerms} selects. For the actors the dev articles name most (people with
 * and without an office, countries, organisations), the gazetteer without each one stands for the
 * database before the change: every article whose extraction differs with and without it must be
 * selected, and the selection must leave most articles alone.
 */
class GazetteerTermsTest {

  private static final int PER_KIND = 2;

  @Test
  void selectsEveryArticleWhoseExtractionTheAddedActorChanges() throws Exception {
    List<ArticleText> articles =
        CorpusArticle.read(Path.of("src/test/resources/eval/dev/articles"));
    List<GazetteerEntry> all = Gazetteer.readResource();
    Map<ArticleText, String> full =
        extract(new ArabicEventExtractor(Gazetteer.fromEntries(all)), articles);

    int changed = 0;
    int selected = 0;
    List<GazetteerEntry> chosen = mostNamed(all, articles, full);
    for (GazetteerEntry added : chosen) {
      List<GazetteerEntry> before = new ArrayList<>(all);
      before.remove(added);
      ArabicEventExtractor withoutIt = new ArabicEventExtractor(Gazetteer.fromEntries(before));
      GazetteerTerms terms = GazetteerTerms.of(List.of(added), all);
      Map<Boolean, List<ArticleText>> byNamed =
          articles.stream().collect(Collectors.partitioningBy(a -> terms.named(a.text())));
      selected += byNamed.get(true).size();
      // Every article left alone is extracted again without the actor: one whose extraction
      // differs is what the selection must not miss. A selected article decides nothing of that,
      // so the selected ones are extracted again only until some article has been seen to change
      // (the extractions are the test's time: 946 articles a pass).
      Map<ArticleText, String> without = extract(withoutIt, byNamed.get(false));
      if (changed == 0) {
        without.putAll(extract(withoutIt, byNamed.get(true)));
      }
      Set<String> missed = new LinkedHashSet<>();
      for (ArticleText a : articles) {
        boolean differs = without.containsKey(a) && !full.get(a).equals(without.get(a));
        boolean named = terms.named(a.text());
        changed += differs ? 1 : 0;
        if (differs && !named) {
          missed.add(a.source());
        }
      }
      assertEquals(Set.of(), missed, "changed by " + added.name() + " but not selected");
    }
    assertTrue(changed > 0, "the actors chosen change some articles' extraction");
    assertTrue(
        selected * 2 < articles.size() * chosen.size(),
        "most articles are left alone: " + selected + " of " + articles.size() * chosen.size());
    System.out.printf(
        "%d actors: %d of %d article extractions selected, none changed but those (%d changed"
            + " among the ones extracted again)%n",
        chosen.size(), selected, articles.size() * chosen.size(), changed);
  }

  /** The {@value #PER_KIND} entries of each kind named in most dev articles' events. */
  private static List<GazetteerEntry> mostNamed(
      List<GazetteerEntry> all, List<ArticleText> articles, Map<ArticleText, String> full) {
    Map<String, Integer> articlesNaming = new HashMap<>();
    for (ArticleText a : articles) {
      for (String name : new LinkedHashSet<>(actorNames(full.get(a)))) {
        articlesNaming.merge(name, 1, Integer::sum);
      }
    }
    Map<String, List<GazetteerEntry>> byGroup =
        all.stream()
            .filter(e -> articlesNaming.containsKey(ArabicNormalizer.key(e.name())))
            .collect(
                Collectors.groupingBy(
                    e ->
                        e.kind()
                            + (e.kind() == ActorKind.PERSON ? " " + (e.office() != null) : "")));
    List<GazetteerEntry> out = new ArrayList<>();
    for (List<GazetteerEntry> group : byGroup.values()) {
      group.stream()
          .sorted(
              Comparator.comparingInt(
                  (GazetteerEntry e) -> -articlesNaming.get(ArabicNormalizer.key(e.name()))))
          .limit(PER_KIND)
          .forEach(out::add);
    }
    return out;
  }

  private static List<String> actorNames(String extraction) {
    return List.of(extraction.split("\n")).stream()
        .filter(l -> l.startsWith("actor "))
        .map(l -> l.substring("actor ".length()))
        .toList();
  }

  /**
   * Each article's extraction as text: its events, then every actor's name on a line. The articles
   * are extracted on all cores, as the application's extraction runner does with one extractor:
   * each article's text depends on that article alone.
   */
  private static Map<ArticleText, String> extract(
      ArabicEventExtractor extractor, List<ArticleText> articles) {
    return articles.parallelStream()
        .collect(Collectors.toMap(a -> a, a -> describe(extractor.extract(a)), (x, y) -> x));
  }

  private static String describe(List<ExtractedEvent> events) {
    String actors =
        events.stream()
            .flatMap(x -> x.actors().stream())
            .map(ActorMention::name)
            .map(n -> "actor " + ArabicNormalizer.key(n))
            .collect(Collectors.joining("\n"));
    return events + "\n" + actors;
  }
}
