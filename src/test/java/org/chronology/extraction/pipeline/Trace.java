package org.chronology.extraction.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.eval.CorpusArticle;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Sentence;
import org.chronology.time.TemporalTagger;

/** Shows, for sentences containing given phrases, the triggers, drafts and what became of them. */
public final class Trace {
  private Trace() {}

  public static void main(String[] args) throws Exception {
    // args: articles folder, file of lines "article<TAB>phrase"
    Map<String, ArticleText> arts = new java.util.HashMap<>();
    for (ArticleText a : CorpusArticle.read(Path.of(args[0]))) {
      arts.put(a.source(), a);
    }
    Map<String, List<String>> want = new java.util.LinkedHashMap<>();
    for (String l : Files.readAllLines(Path.of(args[1]))) {
      String[] p = l.split("\t", 2);
      want.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]);
    }
    var stages =
        org.chronology.extraction.ArabicEventExtractor.stages(
            Lexicon.standard(), Gazetteer.standard(), TemporalTagger.standard()::tag);
    for (var e : want.entrySet()) {
      ArticleText a = arts.get(e.getKey());
      if (a == null) {
        a =
            arts.values().stream()
                .filter(x -> x.source().endsWith(e.getKey()))
                .findFirst()
                .orElse(null);
      }
      Document doc = new Document(a);
      Map<EventDraft, String> fate = new IdentityHashMap<>();
      List<EventDraft> segmented = null;
      for (Stage s : stages) {
        s.process(doc);
        doc.markAdded(s.adds());
        if (s instanceof EventSegmentStage) {
          segmented = new ArrayList<>(doc.events());
        }
        if (segmented != null) {
          for (EventDraft d : segmented) {
            if (!fate.containsKey(d) && !doc.events().contains(d)) {
              fate.put(d, "dropped@" + s.name() + (d.foldedInto != null ? " folded" : ""));
            }
          }
        }
      }
      String text = a.text();
      for (String phrase : e.getValue()) {
        String key = phrase.length() > 40 ? phrase.substring(0, 40) : phrase;
        System.out.println("### " + e.getKey() + " | " + phrase);
        for (Sentence s : doc.sentences()) {
          String st = text.substring(s.start(), s.end());
          if (!st.contains(key)) continue;
          StringBuilder b = new StringBuilder("  trig:");
          for (TriggerHit t : doc.triggers()) {
            if (t.sentence() == s.index()) {
              b.append(" [")
                  .append(doc.originalText(t.first(), t.end()))
                  .append(' ')
                  .append(t.trigger().type().code())
                  .append(' ')
                  .append(t.trigger().form())
                  .append(']');
            }
          }
          System.out.println(b);
          for (EventDraft d : segmented) {
            if (d.sentence == s.index()) {
              System.out.println(
                  "  draft "
                      + d.type.code()
                      + " head="
                      + doc.originalText(d.head.first(), d.head.end())
                      + " st="
                      + d.status
                      + " date="
                      + (d.date == null ? null : d.date.expression())
                      + " -> "
                      + fate.getOrDefault(d, "KEPT"));
            }
          }
          for (EventDraft d : doc.events()) {
            if (d.alsoIn.contains(s.index())) {
              System.out.println(
                  "  also in kept event "
                      + d.type.code()
                      + " head="
                      + doc.originalText(d.head.first(), d.head.end()));
            }
          }
        }
      }
    }
  }
}
