package org.chronology.extraction.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Span;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.pipeline.Document;
import org.chronology.extraction.pipeline.EventDraft;
import org.chronology.extraction.pipeline.Pipeline;
import org.chronology.extraction.pipeline.Stage;
import org.chronology.extraction.pipeline.TriggerHit;
import org.chronology.text.Sentence;
import org.chronology.time.TemporalTagger;

/**
 * How many happenings one sentence yields: lists the sentences of a set where the extractor's count
 * of events disagrees with the gold's in a way that costs a score — a gold event missed while the
 * sentence gave an event matched to another gold event ({@code LOST}), or a second event from a
 * sentence whose happenings are already matched ({@code DUP}) — classified by the pair of types and
 * the connective the sentence holds, with counts; for a lost event, also the stage that last
 * lowered the sentence's number of drafts ("segment" when segmentation made no more). Arguments:
 * the articles folder and the gold file.
 *
 * <p>Result on dev d1–d426 at version 39: 152 lost events in sentences yielding one event, 140
 * duplicates (76 from a sentence yielding one event that gold counts as evidence of a happening
 * matched elsewhere, 64 beside a matched event of the same sentence). No class is large: the
 * biggest lost pairs are diplomatic→diplomatic 12, other→other 10, visit→meeting 9,
 * statement→statement 9 (47 of 152 pair one type with itself); the biggest duplicate pairs
 * visit+visit 11, visit+meeting 8, diplomatic+diplomatic 9, mostly further mentions in a later
 * sentence. Connectives: none of the list 85 lost / 96 duplicates, «خلال» 29 / 10, «كما» 7 / 6,
 * «فيما» 6 / 6; visit→meeting against visit+meeting, «كما» and «فيما» stand almost even between the
 * two sides. Where the second draft went: never made by segmentation 101, folded by coalescing 31,
 * dropped for low confidence 12, background 8. Tried and dropped (each cost more duplicates than it
 * found): splitting same-type verbs joined by و (+0 matched, +1 duplicate); keeping a
 * low-confidence draft (0.3–0.4) beside a kept one of its sentence (+12 matched, +36 events) or,
 * undated, beside a dated one (+8, +27); not folding two drafts of one sentence whose own dates
 * differ (+2, +6).
 */
public final class SentenceCounts {
  /** Connectives that join a second happening to a first in one sentence (for classifying only). */
  private static final String[] CONNECTIVES = {
    "على هامش",
    "خلال",
    "أثناء",
    "كما",
    "حيث",
    "بعد أن",
    "عقب",
    "إثر",
    "قبل أن",
    "وذلك",
    "فيما",
    "بينما",
    "إلى جانب",
    "بالتزامن"
  };

  private SentenceCounts() {}

  public static void main(String[] a) throws Exception {
    List<ArticleText> arts = CorpusArticle.read(Path.of(a[0]));
    Map<String, List<GoldEvent>> gold = GoldFile.read(Path.of(a[1]), arts);
    ArabicEventExtractor x = ArabicEventExtractor.standard();
    List<Stage> st =
        ArabicEventExtractor.stages(
            Lexicon.standard(), Gazetteer.standard(), TemporalTagger.standard()::tag);
    int k = 0;
    for (int i = 0; i < st.size(); i++)
      if (st.get(i).getClass().getSimpleName().equals("TriggerStage")) k = i;
    Pipeline upToTriggers = Pipeline.of(st.subList(0, k + 1));
    int seg = k;
    while (!st.get(seg).getClass().getSimpleName().equals("EventSegmentStage")) seg++;
    Map<String, Integer> byTypes = new TreeMap<>();
    Map<String, Integer> byConnective = new TreeMap<>();
    for (ArticleText art : arts) {
      List<GoldEvent> gs = gold.get(art.source());
      if (gs == null) continue;
      List<ExtractedEvent> events = x.extract(art);
      Map<ExtractedEvent, GoldEvent> label = new IdentityHashMap<>();
      Set<ExtractedEvent> right = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      Evaluation.score(
          art, gs, events, label, new ArrayList<>(), new ArrayList<>(), right, new ArrayList<>());
      // duplicates are labelled too (with the happening they repeat): keep the one-to-one matches
      label.keySet().retainAll(right);
      Set<GoldEvent> matched = new HashSet<>(label.values());
      Document d = upToTriggers.run(new Document(art));
      List<Document> prefixes = new ArrayList<>(); // filled when a lost event asks where
      for (Sentence s : d.sentences()) {
        Span sp = new Span(d.originalStart(s.firstToken()), d.originalEnd(s.endToken()));
        List<GoldEvent> g = new ArrayList<>();
        for (GoldEvent e : gs) if (e.overlaps(sp)) g.add(e);
        List<ExtractedEvent> xs = new ArrayList<>();
        for (ExtractedEvent e : events) {
          Span es = e.evidence().sentence();
          if (es.start() < sp.end() && sp.start() < es.end()) xs.add(e);
        }
        if (xs.isEmpty() || g.size() == xs.size() && allMatched(xs, label)) continue;
        String text = d.originalText(s.firstToken(), s.endToken()).replace('\n', ' ');
        String conn = connective(text);
        List<String> trig = new ArrayList<>();
        for (TriggerHit h : d.triggers())
          if (h.sentence() == s.index())
            trig.add(h.trigger().type().code() + ":" + d.originalText(h.first(), h.end()));
        for (GoldEvent e : g) {
          if (matched.contains(e)) continue;
          if (prefixes.isEmpty())
            for (int j = seg; j < st.size(); j++)
              prefixes.add(Pipeline.of(st.subList(0, j + 1)).run(new Document(art)));
          String key =
              "LOST "
                  + typesOf(xs, label)
                  + " -> "
                  + e.type().code()
                  + " @"
                  + droppedAt(st.subList(seg, st.size()), prefixes, s.index());
          count(byTypes, byConnective, key, conn);
          print(key, conn, art, g.size(), xs.size(), trig, text);
        }
        for (ExtractedEvent e : xs) {
          if (label.containsKey(e) || g.isEmpty()) continue;
          String key = "DUP  " + goldTypes(g, matched) + " + " + e.type().code();
          count(byTypes, byConnective, key, conn);
          print(key, conn, art, g.size(), xs.size(), trig, text);
        }
      }
    }
    byTypes.entrySet().stream()
        .sorted((p, q) -> q.getValue() - p.getValue())
        .forEach(e -> System.out.println("TYPES\t" + e.getValue() + "\t" + e.getKey()));
    byConnective.entrySet().stream()
        .sorted((p, q) -> q.getValue() - p.getValue())
        .forEach(e -> System.out.println("CONN\t" + e.getValue() + "\t" + e.getKey()));
  }

  /**
   * Where the sentence's drafts came down to what it yields in the end: the stage that last lowered
   * their number, or "segment" when segmentation made no more than that.
   */
  private static String droppedAt(List<Stage> stages, List<Document> prefixes, int sentence) {
    String at = "segment";
    int before = -1;
    for (int j = 0; j < prefixes.size(); j++) {
      int n = 0;
      for (EventDraft e : prefixes.get(j).events()) if (e.sentence == sentence) n++;
      if (before >= 0 && n < before) at = stages.get(j).getClass().getSimpleName();
      before = n;
    }
    return at;
  }

  private static boolean allMatched(List<ExtractedEvent> xs, Map<ExtractedEvent, GoldEvent> l) {
    for (ExtractedEvent e : xs) if (!l.containsKey(e)) return false;
    return true;
  }

  private static String typesOf(List<ExtractedEvent> xs, Map<ExtractedEvent, GoldEvent> label) {
    List<String> t = new ArrayList<>();
    for (ExtractedEvent e : xs) if (label.containsKey(e)) t.add(e.type().code());
    return t.isEmpty() ? "(none matched)" : String.join("+", t.stream().sorted().toList());
  }

  private static String goldTypes(List<GoldEvent> g, Set<GoldEvent> matched) {
    List<String> t = new ArrayList<>();
    for (GoldEvent e : g) t.add(e.type().code() + (matched.contains(e) ? "" : "?"));
    return String.join("+", t.stream().sorted().toList());
  }

  private static String connective(String text) {
    for (String c : CONNECTIVES) if (text.contains(c)) return c;
    return "-";
  }

  private static void count(
      Map<String, Integer> byTypes, Map<String, Integer> byConn, String key, String conn) {
    byTypes.merge(key, 1, Integer::sum);
    byConn.merge(key.substring(0, 4) + " " + conn, 1, Integer::sum);
    int at = key.indexOf(" @");
    if (at > 0) byConn.merge("LOST at " + key.substring(at + 2), 1, Integer::sum);
  }

  private static void print(
      String key, String conn, ArticleText art, int g, int x, List<String> trig, String text) {
    System.out.println(
        key
            + "\t"
            + conn
            + "\t"
            + art.source()
            + "\tgold "
            + g
            + " extracted "
            + x
            + "\t"
            + trig
            + "\t"
            + text);
  }
}
