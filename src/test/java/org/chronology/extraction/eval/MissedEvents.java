package org.chronology.extraction.eval;

import java.nio.file.*;
import java.util.*;
import org.chronology.extraction.*;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.pipeline.*;
import org.chronology.text.Sentence;

/**
 * Where the missed gold events of a set were lost, for classifying them: no trigger in the evidence
 * sentence (A), a trigger but no draft from segmentation (B), dropped as background (C), by
 * anaphora (D), folded by coalescing (E), dropped for low confidence (F), later (G), or a draft in
 * the sentence that matched another gold event (H: overlap or a segmentation merge). Arguments: the
 * articles folder, the gold file, and the output of {@code Evaluation --verbose} on them.
 */
public final class MissedEvents {
  private MissedEvents() {}

  public static void main(String[] a) throws Exception {
    List<ArticleText> arts = CorpusArticle.read(Path.of(a[0]));
    Map<String, List<GoldEvent>> gold = GoldFile.read(Path.of(a[1]), arts);
    Set<String> missed = new HashSet<>();
    for (String l : Files.readAllLines(Path.of(a[2]))) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("^MISS  (\\S+): (\\S+) \\(([a-z]+)\\)$").matcher(l);
      if (m.find()) missed.add(m.group(1) + " " + m.group(2));
    }
    List<Stage> st =
        ArabicEventExtractor.stages(
            Lexicon.standard(),
            org.chronology.extraction.actor.Gazetteer.standard(),
            org.chronology.time.TemporalTagger.standard()::tag);
    Map<String, Integer> counts = new TreeMap<>();
    for (ArticleText art : arts) {
      List<GoldEvent> gs = gold.get(art.source());
      if (gs == null) continue;
      List<Document> prefixes = new ArrayList<>();
      String[] names = {
        "EventSegmentStage",
        "BackgroundFilterStage",
        "AnaphoraStage",
        "CoalesceStage",
        "ConfidenceStage",
        "TitleStage"
      };
      for (String n : names) {
        int k = 0;
        for (int i = 0; i < st.size(); i++)
          if (st.get(i).getClass().getSimpleName().equals(n)) k = i;
        prefixes.add(Pipeline.of(st.subList(0, k + 1)).run(new Document(art)));
      }
      Document fin = prefixes.get(prefixes.size() - 1);
      for (GoldEvent g : gs) {
        if (!missed.contains(art.source() + " " + g.cluster())) continue;
        Set<Integer> sents = new TreeSet<>();
        for (Sentence s : fin.sentences()) {
          Span sp = new Span(fin.originalStart(s.firstToken()), fin.originalEnd(s.endToken()));
          if (g.overlaps(sp)) sents.add(s.index());
        }
        List<String> trig = new ArrayList<>();
        for (TriggerHit h : fin.triggers())
          if (sents.contains(h.sentence()))
            trig.add(h.trigger().type().code() + ":" + fin.originalText(h.first(), h.end()));
        String cls;
        int stage = -1;
        for (int i = 0; i < prefixes.size(); i++) {
          boolean has = false;
          for (EventDraft d : prefixes.get(i).events()) if (sents.contains(d.sentence)) has = true;
          if (!has) {
            stage = i;
            break;
          }
        }
        if (trig.isEmpty()) cls = "A-notrigger";
        else if (stage == 0) cls = "B-trigger-nodraft";
        else if (stage == 1) cls = "C-background";
        else if (stage == 2) cls = "D-anaphora";
        else if (stage == 3) cls = "E-coalesced";
        else if (stage == 4) cls = "F-confidence";
        else if (stage == 5) cls = "G-late";
        else cls = "H-overlap";
        counts.merge(cls, 1, Integer::sum);
        StringBuilder ev = new StringBuilder();
        for (int si : sents) {
          Sentence s = fin.sentences().get(si);
          ev.append(" || ").append(fin.originalText(s.firstToken(), s.endToken()));
        }
        if (sents.isEmpty()) ev.append(" || (evidence not located)");
        System.out.println(
            cls
                + "\t"
                + art.source()
                + "\t"
                + g.cluster()
                + "\t"
                + g.type().code()
                + "\t"
                + trig
                + "\t"
                + ev.toString().replace('\n', ' '));
      }
    }
    System.err.println(counts);
  }
}
