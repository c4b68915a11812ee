package org.chronology.extraction.eval;

import java.nio.file.Path;
import java.util.*;
import org.chronology.extraction.*;
import org.chronology.extraction.merge.EventMerger;

/**
 * Prints, for each gold happening split over several clusters and each cluster holding several, the
 * mentions.
 */
public final class MergeAudit {
  private MergeAudit() {}

  static String show(ExtractedEvent e) {
    StringBuilder b = new StringBuilder();
    b.append(e.articleSource())
        .append(' ')
        .append(e.type().code())
        .append(' ')
        .append(e.status().code())
        .append(" [")
        .append(e.date().start())
        .append("..")
        .append(e.date().end())
        .append(' ')
        .append(e.date().precision().code())
        .append(e.date().approximate() ? "~" : "")
        .append(" '")
        .append(e.date().text())
        .append("'] @")
        .append(e.location() == null ? "-" : e.location().name())
        .append(" {");
    for (ActorMention m : e.actors()) {
      b.append(m.name())
          .append('(')
          .append(m.kind())
          .append(',')
          .append(m.role() == null ? "-" : m.role().code())
          .append(m.office() == null ? "" : "," + m.office())
          .append(m.country() == null ? "" : ",c=" + m.country())
          .append(") ");
    }
    b.append("} | ")
        .append(
            e.evidence().text().length() > 140
                ? e.evidence().text().substring(0, 140)
                : e.evidence().text());
    return b.toString();
  }

  public static void main(String[] args) throws Exception {
    ArabicEventExtractor x = ArabicEventExtractor.standard();
    EventMerger merger = new EventMerger();
    List<ArticleText> articles = CorpusArticle.read(Path.of(args[0]));
    Map<String, List<GoldEvent>> gold = GoldFile.read(Path.of(args[1]), articles);
    List<ExtractedEvent> all = new ArrayList<>();
    Map<ExtractedEvent, GoldEvent> label = new IdentityHashMap<>();
    Set<ExtractedEvent> dups = Collections.newSetFromMap(new IdentityHashMap<>());
    for (ArticleText a : articles) {
      List<GoldEvent> g = gold.get(a.source());
      if (g == null) continue;
      List<ExtractedEvent> ev = x.extract(a);
      all.addAll(ev);
      Set<ExtractedEvent> right = Collections.newSetFromMap(new IdentityHashMap<>());
      Evaluation.score(
          a, g, ev, label, new ArrayList<>(), new ArrayList<>(), right, new ArrayList<>());
      for (ExtractedEvent e : ev) if (label.containsKey(e) && !right.contains(e)) dups.add(e);
    }
    List<EventCluster> cl = x.merge(all);
    Map<ExtractedEvent, Integer> idx = new IdentityHashMap<>();
    for (int i = 0; i < cl.size(); i++) for (ExtractedEvent e : cl.get(i).mentions()) idx.put(e, i);
    Map<String, List<ExtractedEvent>> byGold = new TreeMap<>();
    for (ExtractedEvent e : all) {
      GoldEvent g = label.get(e);
      if (g != null) byGold.computeIfAbsent(g.cluster(), k -> new ArrayList<>()).add(e);
    }
    boolean splits = args.length < 3 || args[2].equals("split");
    if (splits) {
      for (var en : byGold.entrySet()) {
        Set<Integer> c = new TreeSet<>();
        for (ExtractedEvent e : en.getValue()) c.add(idx.get(e));
        if (c.size() < 2) continue;
        System.out.println("=== SPLIT " + en.getKey() + " in " + c.size());
        for (ExtractedEvent e : en.getValue())
          System.out.println("  c" + idx.get(e) + (dups.contains(e) ? " DUP " : " ") + show(e));
        List<ExtractedEvent> l = en.getValue();
        for (int i = 0; i < l.size(); i++)
          for (int j = i + 1; j < l.size(); j++) {
            if (!idx.get(l.get(i)).equals(idx.get(l.get(j)))
                && !l.get(i).articleSource().equals(l.get(j).articleSource()))
              System.out.println(
                  "    pair c"
                      + idx.get(l.get(i))
                      + "/c"
                      + idx.get(l.get(j))
                      + " same="
                      + merger.same(l.get(i), l.get(j)));
          }
      }
    }
    if (!splits) {
      for (int i = 0; i < cl.size(); i++) {
        Set<String> h = new TreeSet<>();
        for (ExtractedEvent e : cl.get(i).mentions())
          if (label.get(e) != null) h.add(label.get(e).cluster());
        if (h.size() < 2) continue;
        System.out.println("=== MERGED c" + i + " " + h);
        for (ExtractedEvent e : cl.get(i).mentions())
          System.out.println(
              "  " + (label.get(e) == null ? "-" : label.get(e).cluster()) + " " + show(e));
      }
    }
  }
}
