package org.chronology.extraction.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventCluster;
import org.chronology.extraction.EventExtractor;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Span;
import org.chronology.text.ArabicNormalizer;

/**
 * Scores the extractor against a gold file.
 *
 * <p>Run: {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.includeScope=test
 * -Dmdep.outputFile=target/cp.txt && java -cp target/test-classes:target/classes:$(cat
 * target/cp.txt) org.chronology.extraction.eval.Evaluation corpus
 * src/test/resources/gold/seed.json} (add {@code --verbose} to list misses, false alarms and each
 * matched event's missing and extra actors).
 *
 * <p>Matching: an extracted event matches a gold event of the same article when its evidence
 * sentence overlaps one of the gold event's evidence spans; each gold event is matched at most once
 * (same type preferred). Precision is strict and one-to-one: matched extracted events over all
 * extracted events, so a second event for an already matched happening of the same article (a
 * within-article duplicate) and an event from a background sentence both count as false. The old,
 * lenient precision (any extracted event overlapping some gold evidence) is still reported for
 * comparison. Actors match a gold name when it equals, normalised, the extracted actor's canonical
 * name, one of its aliases or the text written in the article. Date accuracy is over matched events
 * whose gold date is resolvable: same precision and overlapping intervals. Duplicates after merge:
 * gold happenings spread over more than one cluster ("split"), and clusters holding more than one
 * gold happening ("merged").
 */
public final class Evaluation {

  /** Counts of one article or of the whole corpus. */
  public static final class Score {
    public int gold;
    public int predicted;
    public int predictedCorrect;
    public int matched;
    public int datable;
    public int dateCorrect;
    public int typeCorrect;
    public int statusCorrect;
    public int goldActors;
    public int actorsFound;
    public int extractedActors;
    public int extractedActorsRight;

    void add(Score o) {
      gold += o.gold;
      predicted += o.predicted;
      predictedCorrect += o.predictedCorrect;
      matched += o.matched;
      datable += o.datable;
      dateCorrect += o.dateCorrect;
      typeCorrect += o.typeCorrect;
      statusCorrect += o.statusCorrect;
      goldActors += o.goldActors;
      actorsFound += o.actorsFound;
      extractedActors += o.extractedActors;
      extractedActorsRight += o.extractedActorsRight;
    }

    public double recall() {
      return ratio(matched, gold);
    }

    /** Strict, one-to-one precision: a duplicate or a background event is a false event. */
    public double precision() {
      return ratio(matched, predicted);
    }

    /** The former, lenient precision: any event overlapping some gold evidence counts as right. */
    public double lenientPrecision() {
      return ratio(predictedCorrect, predicted);
    }

    /** Extracted events of an already matched happening in the same article. */
    public int duplicates() {
      return predictedCorrect - matched;
    }

    /** Extracted events overlapping no gold evidence at all. */
    public int background() {
      return predicted - predictedCorrect;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double dateAccuracy() {
      return ratio(dateCorrect, datable);
    }

    public double typeAccuracy() {
      return ratio(typeCorrect, matched);
    }

    public double statusAccuracy() {
      return ratio(statusCorrect, matched);
    }

    public double actorRecall() {
      return ratio(actorsFound, goldActors);
    }

    /** Actors extracted on matched events that are one of the gold event's actors. */
    public double actorPrecision() {
      return ratio(extractedActorsRight, extractedActors);
    }

    /** A share of a count; 1 when there is nothing to count (nothing missed, nothing wrong). */
    private static double ratio(int part, int whole) {
      return whole == 0 ? 1 : (double) part / whole;
    }

    @Override
    public String toString() {
      return String.format(
          "gold %2d  extracted %2d  recall %.2f  precision %.2f (lenient %.2f, duplicates %d,"
              + " unmatched %d)  F1 %.2f  date %.2f (%d/%d)  type %.2f  status %.2f  actors %.2f",
          gold,
          predicted,
          recall(),
          precision(),
          lenientPrecision(),
          duplicates(),
          background(),
          f1(),
          dateAccuracy(),
          dateCorrect,
          datable,
          typeAccuracy(),
          statusAccuracy(),
          actorRecall());
    }
  }

  /** The whole evaluation. */
  public record Report(
      Map<String, Score> perArticle,
      Score overall,
      List<String> splitHappenings,
      List<String> mergedClusters,
      List<String> misses,
      List<String> falseAlarms,
      List<Judged> judged,
      List<String> actorNotes,
      List<String> statusNotes) {}

  /** One extracted event's confidence and whether it matched a gold happening of its own. */
  public record Judged(ExtractedEvent event, boolean right) {}

  private Evaluation() {}

  /** The reports {@link #shared} made in this JVM, by extractor and set. */
  private static final Map<List<Object>, Report> SHARED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * {@link #evaluate}, once per extractor and set in the test JVM: the test classes that check the
   * same set (its floors, its confidence table) read one report instead of each running the
   * extractor over every article again. The report is only read by them.
   */
  public static Report shared(EventExtractor extractor, Path corpus, Path goldFile)
      throws Exception {
    List<Object> key =
        List.of(
            extractor, corpus.toAbsolutePath().normalize(), goldFile.toAbsolutePath().normalize());
    Report r = SHARED.get(key);
    if (r == null) {
      r = evaluate(extractor, corpus, goldFile);
      SHARED.put(key, r);
    }
    return r;
  }

  public static Report evaluate(EventExtractor extractor, Path corpus, Path goldFile)
      throws Exception {
    List<ArticleText> articles = CorpusArticle.read(corpus);
    Map<String, List<GoldEvent>> gold = GoldFile.read(goldFile, articles);
    Map<String, Score> per = new LinkedHashMap<>();
    Score overall = new Score();
    List<ExtractedEvent> all = new ArrayList<>();
    Map<ExtractedEvent, GoldEvent> label = new IdentityHashMap<>();
    List<String> misses = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    List<Judged> judged = new ArrayList<>();
    List<String> actorNotes = new ArrayList<>();
    List<String> statusNotes = new ArrayList<>();
    // Every scored article extracted first, on all cores (each article's events depend on that
    // article alone), then scored one by one in the corpus' order.
    List<ArticleText> scored = articles.stream().filter(a -> gold.get(a.source()) != null).toList();
    List<List<ExtractedEvent>> extracted = scored.parallelStream().map(extractor::extract).toList();
    for (int i = 0; i < scored.size(); i++) {
      ArticleText a = scored.get(i);
      List<GoldEvent> g = gold.get(a.source());
      List<ExtractedEvent> events = extracted.get(i);
      all.addAll(events);
      Set<ExtractedEvent> before = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      Score s = score(a, g, events, label, misses, falseAlarms, before, actorNotes);
      for (ExtractedEvent e : events) {
        judged.add(new Judged(e, before.contains(e)));
        GoldEvent m = label.get(e);
        if (before.contains(e) && m.status() != e.status()) {
          statusNotes.add(statusNote(a, e, m));
        }
      }
      per.put(a.source(), s);
      overall.add(s);
    }
    List<String> split = new ArrayList<>();
    List<String> merged = new ArrayList<>();
    duplicates(extractor.merge(all), label, split, merged);
    return new Report(
        per, overall, split, merged, misses, falseAlarms, judged, actorNotes, statusNotes);
  }

  static Score score(
      ArticleText a,
      List<GoldEvent> gold,
      List<ExtractedEvent> events,
      Map<ExtractedEvent, GoldEvent> label,
      List<String> misses,
      List<String> falseAlarms,
      Set<ExtractedEvent> right,
      List<String> actorNotes) {
    Score s = new Score();
    s.gold = gold.size();
    s.predicted = events.size();
    Set<GoldEvent> used = new HashSet<>();
    // first pass: one-to-one, same type first
    for (int pass = 0; pass < 2; pass++) {
      for (ExtractedEvent e : events) {
        if (label.containsKey(e)) {
          continue;
        }
        for (GoldEvent g : gold) {
          if (used.contains(g) || !g.overlaps(e.evidence().sentence())) {
            continue;
          }
          if (pass == 0 && (g.type() != e.type() || !dateCompatible(g, e))) {
            continue;
          }
          used.add(g);
          label.put(e, g);
          s.matched++;
          if (g.type() == e.type()) {
            s.typeCorrect++;
          } else {
            misses.add(
                a.source()
                    + ": "
                    + g.cluster()
                    + " wrong type "
                    + e.type().code()
                    + " ("
                    + triggerWord(a, e)
                    + "), gold "
                    + g.type().code()
                    + " | "
                    + shorten(e.evidence().text()));
          }
          if (g.status() == e.status()) {
            s.statusCorrect++;
          } else {
            misses.add(
                a.source()
                    + ": "
                    + g.cluster()
                    + " wrong status "
                    + e.status().code()
                    + ", gold "
                    + g.status().code());
          }
          if (g.dateResolvable()) {
            s.datable++;
            if (dateCorrect(g, e)) {
              s.dateCorrect++;
            } else {
              misses.add(
                  a.source()
                      + ": "
                      + g.cluster()
                      + " wrong date "
                      + e.date().start()
                      + ".."
                      + e.date().end()
                      + " "
                      + e.date().precision().code()
                      + " '"
                      + e.date().text()
                      + "', gold "
                      + g.start()
                      + ".."
                      + g.end()
                      + " "
                      + g.precision().code());
            }
          }
          Set<String> names = actorNames(a, e);
          Set<String> goldKeys = new HashSet<>();
          List<String> missing = new ArrayList<>();
          for (String ga : g.actors()) {
            s.goldActors++;
            goldKeys.add(ArabicNormalizer.key(ga));
            if (names.contains(ArabicNormalizer.key(ga))) {
              s.actorsFound++;
            } else {
              misses.add(a.source() + ": " + g.cluster() + " actor missed " + ga);
              missing.add(ga);
            }
          }
          List<String> extra = new ArrayList<>();
          for (ActorMention m : e.actors()) {
            s.extractedActors++;
            if (namesOf(a, m).stream().anyMatch(goldKeys::contains)) {
              s.extractedActorsRight++;
            } else {
              extra.add(m.name());
            }
          }
          if (!missing.isEmpty() || !extra.isEmpty()) {
            actorNotes.add(
                a.source()
                    + ": "
                    + g.cluster()
                    + " missing "
                    + missing
                    + " extra "
                    + extra
                    + " found "
                    + e.actors().stream().map(ActorMention::name).toList()
                    + " | "
                    + shorten(e.evidence().text()));
          }
          break;
        }
      }
    }
    for (ExtractedEvent e : events) {
      if (label.containsKey(e)) {
        right.add(e);
      }
    }
    for (ExtractedEvent e : events) {
      if (label.containsKey(e)) {
        s.predictedCorrect++;
        continue;
      }
      GoldEvent any = null;
      for (GoldEvent g : gold) {
        if (g.overlaps(e.evidence().sentence()) && (any == null || g.type() == e.type())) {
          any = g;
        }
      }
      if (any != null) {
        s.predictedCorrect++;
        label.put(e, any);
        falseAlarms.add(
            a.source()
                + ": DUPLICATE of "
                + any.cluster()
                + " ("
                + e.type().code()
                + " "
                + e.date().start()
                + ") | "
                + shorten(e.evidence().text()));
      } else {
        falseAlarms.add(
            a.source()
                + ": "
                + e.type().code()
                + " "
                + e.title()
                + " | "
                + shorten(e.evidence().text()));
      }
    }
    for (GoldEvent g : gold) {
      if (!used.contains(g)) {
        misses.add(a.source() + ": " + g.cluster() + " (" + g.type().code() + ")");
      }
    }
    return s;
  }

  /** Every normalised name an extracted actor goes by: canonical, aliases, as written. */
  static Set<String> actorNames(ArticleText a, ExtractedEvent e) {
    Set<String> names = new HashSet<>();
    for (ActorMention m : e.actors()) {
      names.addAll(namesOf(a, m));
    }
    return names;
  }

  private static Set<String> namesOf(ArticleText a, ActorMention m) {
    Set<String> names = new HashSet<>();
    names.add(ArabicNormalizer.key(m.name()));
    for (String alias : m.aliases()) {
      names.add(ArabicNormalizer.key(alias));
    }
    Span at = m.span();
    if (at != null && at.end() <= a.text().length()) {
      names.add(ArabicNormalizer.key(a.text().substring(at.start(), at.end())));
    }
    return names;
  }

  private static boolean dateCompatible(GoldEvent g, ExtractedEvent e) {
    return !g.dateResolvable() || !e.date().known() || dateCorrect(g, e);
  }

  private static boolean dateCorrect(GoldEvent g, ExtractedEvent e) {
    if (!e.date().known() || e.date().precision() != g.precision()) {
      return false;
    }
    return !e.date().start().isAfter(g.end()) && !g.start().isAfter(e.date().end());
  }

  private static void duplicates(
      List<EventCluster> clusters,
      Map<ExtractedEvent, GoldEvent> label,
      List<String> split,
      List<String> merged) {
    Map<String, Set<Integer>> clustersOfHappening = new LinkedHashMap<>();
    for (int i = 0; i < clusters.size(); i++) {
      Set<String> happenings = new HashSet<>();
      for (ExtractedEvent e : clusters.get(i).mentions()) {
        GoldEvent g = label.get(e);
        if (g != null) {
          happenings.add(g.cluster());
          clustersOfHappening.computeIfAbsent(g.cluster(), k -> new HashSet<>()).add(i);
        }
      }
      if (happenings.size() > 1) {
        merged.add(clusters.get(i).title() + " " + happenings);
      }
    }
    Map<String, Integer> count = new HashMap<>();
    clustersOfHappening.forEach((k, v) -> count.put(k, v.size()));
    clustersOfHappening.forEach(
        (k, v) -> {
          if (v.size() > 1) {
            split.add(k + " in " + v.size() + " clusters");
          }
        });
  }

  /**
   * A matched event whose status differs from gold, as "extracted -> gold", with its trigger, date
   * phrase and whole sentence: the cue that decided the status may stand anywhere in it.
   */
  static String statusNote(ArticleText a, ExtractedEvent e, GoldEvent g) {
    return a.source()
        + ": "
        + g.cluster()
        + " "
        + e.status().code()
        + " -> "
        + g.status().code()
        + " ("
        + e.type().code()
        + " "
        + triggerWord(a, e)
        + ", date '"
        + (e.evidence().datePhrase() == null
            ? "-"
            : a.text()
                .substring(e.evidence().datePhrase().start(), e.evidence().datePhrase().end()))
        + "') | "
        + e.evidence().text();
  }

  /** Counts of "extracted -> gold" status pairs over the status notes, most frequent first. */
  static List<Map.Entry<String, Integer>> statusConfusions(List<String> statusNotes) {
    Map<String, Integer> n = new HashMap<>();
    var p = Pattern.compile(": \\S+ (\\w+ -> \\w+) \\(");
    for (String m : statusNotes) {
      var x = p.matcher(m);
      if (x.find()) {
        n.merge(x.group(1), 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> out = new ArrayList<>(n.entrySet());
    out.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    return out;
  }

  /** The word that gave an extracted event its type, "-" when it has none. */
  static String triggerWord(ArticleText a, ExtractedEvent e) {
    var t = e.evidence().trigger();
    return t == null ? "-" : a.text().substring(t.start(), t.end());
  }

  /**
   * Counts of "extracted -> gold" type pairs over the wrong-type lines of a report's misses, most
   * frequent first: the confusion matrix of matched events whose type differs from gold.
   */
  static List<Map.Entry<String, Integer>> typeConfusions(List<String> misses) {
    Map<String, Integer> n = new HashMap<>();
    var p = Pattern.compile(" wrong type (\\w+) \\(.*?\\), gold (\\w+)");
    for (String m : misses) {
      var x = p.matcher(m);
      if (x.find()) {
        n.merge(x.group(1) + " -> " + x.group(2), 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> out = new ArrayList<>(n.entrySet());
    out.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    return out;
  }

  private static String shorten(String s) {
    return s.length() > 90 ? s.substring(0, 90) + "…" : s;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Evaluation <corpus folder> <gold.json> [--verbose]");
      System.exit(2);
    }
    boolean verbose = args.length > 2 && args[2].equals("--verbose");
    ArabicEventExtractor x = ArabicEventExtractor.standard();
    Report r = evaluate(x, Path.of(args[0]), Path.of(args[1]));
    System.out.println("extractor version " + x.version());
    r.perArticle().forEach((k, v) -> System.out.println(k + "  " + v));
    System.out.println("OVERALL  " + r.overall());
    System.out.printf(
        "actors: recall %.2f (%d/%d)  precision %.2f (%d/%d)%n",
        r.overall().actorRecall(),
        r.overall().actorsFound,
        r.overall().goldActors,
        r.overall().actorPrecision(),
        r.overall().extractedActorsRight,
        r.overall().extractedActors);
    System.out.println(
        "duplicates: split happenings "
            + r.splitHappenings().size()
            + " "
            + r.splitHappenings()
            + ", merged clusters "
            + r.mergedClusters().size()
            + " "
            + r.mergedClusters());
    if (args.length > 2 && args[2].equals("--judged")) {
      for (Judged j : r.judged()) {
        ExtractedEvent e = j.event();
        System.out.printf(
            "JUDGED\t%s\t%.3f\t%s\t%s\t%s\t%s\t%d\t%s%n",
            j.right() ? 1 : 0,
            e.confidence(),
            e.articleSource(),
            e.type().code(),
            e.status().code(),
            e.evidence().datePhrase() == null ? "nodate" : "dated",
            e.alsoReportedIn().size(),
            shorten(e.evidence().text()));
      }
    }
    if (verbose) {
      r.misses().forEach(m -> System.out.println("MISS  " + m));
      typeConfusions(r.misses())
          .forEach(c -> System.out.println("TYPES " + c.getKey() + "  " + c.getValue()));
      r.falseAlarms().forEach(m -> System.out.println("FALSE " + m));
      r.actorNotes().forEach(m -> System.out.println("ACTOR " + m));
      r.statusNotes().forEach(m -> System.out.println("STATUS " + m));
      statusConfusions(r.statusNotes())
          .forEach(c -> System.out.println("STATUSES " + c.getKey() + "  " + c.getValue()));
    }
  }
}
