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
 * the sentence that matched another gold event (H: overlap or a segmentation merge). For E it also
 * names, per draft of the sentence, the event it was folded into (type, earlier or later sentence,
 * trigger): a draft of the gold type folded into an earlier event is a coalescing judgement, a
 * draft of another type a happening the sentence only names again. Arguments: the articles folder,
 * the gold file, and the output of {@code Evaluation --verbose} on them.
 *
 * <p>On d1–d446 at version 40 (363 missed): H 152, E 96, A 71, C 25, F 10, B 9; of E, 53 had a
 * draft of the gold type (visit/meeting/deal retold, folded into an earlier one), 43 only a draft
 * of another type (17 of them statements: a reaction "وقالت الخارجية في بيان إن الهجوم …" whose
 * saying is no draft, its noun folding back).
 */
public final class MissedEvents {
  private MissedEvents() {}

  /** Where each draft of the sentences was folded: "type:trigger->type@earlier:trigger". */
  private static String folds(List<Stage> st, ArticleText art, Document fin, Set<Integer> sents) {
    int a = 0;
    int c = 0;
    for (int i = 0; i < st.size(); i++) {
      String n = st.get(i).getClass().getSimpleName();
      if (n.equals("AnaphoraStage")) a = i;
      if (n.equals("CoalesceStage")) c = i;
    }
    Document d = Pipeline.of(st.subList(0, a + 1)).run(new Document(art));
    List<EventDraft> before = new ArrayList<>(d.events());
    st.get(c).process(d);
    StringBuilder b = new StringBuilder();
    for (EventDraft e : before) {
      if (!sents.contains(e.sentence)) continue;
      EventDraft t = e;
      while (t.foldedInto != null) t = t.foldedInto;
      b.append('[').append(e.type.code()).append(':');
      b.append(fin.originalText(e.head.first(), e.head.end()));
      if (t != e) {
        String where =
            t.sentence == e.sentence ? "same" : t.sentence < e.sentence ? "earlier" : "later";
        b.append("->").append(t.type.code()).append('@').append(where).append(':');
        b.append(fin.originalText(t.head.first(), t.head.end()));
      }
      b.append("] ");
    }
    return b.toString().trim();
  }

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
                + ev.toString().replace('\n', ' ')
                + (cls.startsWith("E") ? "\t" + folds(st, art, fin, sents) : ""));
      }
    }
    System.err.println(counts);
  }
}
