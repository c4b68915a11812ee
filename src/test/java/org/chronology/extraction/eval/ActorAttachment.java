package org.chronology.extraction.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Span;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.pipeline.ActorHit;
import org.chronology.extraction.pipeline.Document;
import org.chronology.extraction.pipeline.EventDraft;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Sentence;

/**
 * Why the actors of matched events differ from gold: each missed gold actor is recognised elsewhere
 * in the article (an actor reference or another event's actor names it, so only the attachment to
 * this event failed), read with the wrong extent (a reference overlaps the name where the text
 * writes it, or shares words with it, without naming it), or not recognised at all; each extra
 * actor is another gold event's actor of the article, part of a missed name, implied, or nobody's.
 * Matching is {@link Evaluation#score}'s. Usage: {@code ActorAttachment ARTICLES GOLD [--lines]};
 * {@code --lines} prints one tagged line per actor.
 */
public final class ActorAttachment {

  /** Counts per category, and the tagged lines behind them. */
  public record Tally(Map<String, Integer> counts, List<String> lines) {

    void add(String category, String line) {
      counts.merge(category, 1, Integer::sum);
      lines.add(category + "\t" + line);
    }
  }

  private ActorAttachment() {}

  public static Tally classify(ArabicEventExtractor x, Path corpus, Path goldFile)
      throws Exception {
    List<ArticleText> articles = CorpusArticle.read(corpus);
    Map<String, List<GoldEvent>> gold = GoldFile.read(goldFile, articles);
    Tally t = new Tally(new TreeMap<>(), new ArrayList<>());
    for (ArticleText a : articles) {
      List<GoldEvent> g = gold.get(a.source());
      if (g != null) {
        classify(x, a, g, t);
      }
    }
    return t;
  }

  private static void classify(
      ArabicEventExtractor x, ArticleText a, List<GoldEvent> gold, Tally t) {
    Document doc = x.analyse(a);
    List<ExtractedEvent> events = new ArrayList<>();
    for (EventDraft d : ArabicEventExtractor.ordered(doc)) {
      events.add(ArabicEventExtractor.toEvent(doc, d));
    }
    Map<ExtractedEvent, GoldEvent> label = new IdentityHashMap<>();
    Set<ExtractedEvent> matched = Collections.newSetFromMap(new IdentityHashMap<>());
    Evaluation.score(
        a, gold, events, label, new ArrayList<>(), new ArrayList<>(), matched, new ArrayList<>());
    // where the article names each key: the sentences of its references
    Map<String, Set<Integer>> named = new HashMap<>();
    for (ActorHit h : doc.actors()) {
      for (String k : hitNames(doc, h)) {
        named.computeIfAbsent(k, z -> new HashSet<>()).add(h.sentence());
      }
    }
    for (ExtractedEvent e : events) {
      int s = sentenceOf(doc, e.evidence().sentence());
      for (String k : Evaluation.actorNames(a, e)) {
        named.computeIfAbsent(k, z -> new HashSet<>()).add(s);
      }
    }
    Set<String> goldOfArticle = new HashSet<>();
    for (GoldEvent g : gold) {
      g.actors().forEach(n -> goldOfArticle.add(ArabicNormalizer.key(n)));
    }
    for (ExtractedEvent e : events) {
      if (!matched.contains(e)) {
        continue;
      }
      GoldEvent g = label.get(e);
      int at = sentenceOf(doc, e.evidence().sentence());
      Set<String> names = Evaluation.actorNames(a, e);
      Set<String> goldKeys = new HashSet<>();
      List<String> missed = new ArrayList<>();
      for (String ga : g.actors()) {
        String k = ArabicNormalizer.key(ga);
        goldKeys.add(k);
        if (names.contains(k)) {
          continue;
        }
        missed.add(k);
        String where = line(a, g, ga, e);
        Set<Integer> in = named.get(k);
        if (in != null) {
          t.add("missed.elsewhere." + place(doc, in, at), where);
        } else if (wrongExtent(doc, k)) {
          t.add("missed.extent", where);
        } else {
          t.add("missed.unrecognised", where);
        }
      }
      for (ActorMention m : e.actors()) {
        Set<String> own = namesOf(a, m);
        if (own.stream().anyMatch(goldKeys::contains)) {
          continue;
        }
        String where = line(a, g, m.name(), e);
        String how = m.span() == null ? "implied" : "written";
        if (own.stream().anyMatch(goldOfArticle::contains)) {
          t.add("extra.otherEvent." + how, where);
        } else if (partOf(own, missed)) {
          t.add("extra.extent." + how, where);
        } else {
          t.add("extra.nobody." + how, where);
        }
      }
    }
  }

  /**
   * Every normalised name an actor reference goes by: as written, its entries and their aliases.
   */
  private static Set<String> hitNames(Document doc, ActorHit h) {
    Set<String> out = new HashSet<>();
    if (h.written() != null) {
      out.add(ArabicNormalizer.key(h.written()));
    }
    out.add(ArabicNormalizer.key(doc.originalText(h.first(), h.end())));
    for (GazetteerEntry c : h.candidates()) {
      out.add(ArabicNormalizer.key(c.name()));
      c.aliases().forEach(al -> out.add(ArabicNormalizer.key(al)));
    }
    return out;
  }

  /** Where the nearest reference is, relative to the event's sentence. */
  private static String place(Document doc, Set<Integer> in, int at) {
    if (in.contains(at)) {
      return "sameSentence";
    }
    boolean before = in.stream().anyMatch(i -> i < at && !doc.sentences().get(i).headline());
    if (before) {
      return "earlier";
    }
    boolean title = in.stream().anyMatch(i -> doc.sentences().get(i).headline());
    return title ? "headline" : "later";
  }

  /**
   * The gold name is written in the article where a reference covers part of it, or a reference
   * shares a word with it (one name's words contain the other's).
   */
  private static boolean wrongExtent(Document doc, String k) {
    Set<String> words = words(k);
    for (ActorHit h : doc.actors()) {
      for (String n : hitNames(doc, h)) {
        Set<String> hw = words(n);
        if (!n.isEmpty() && (words.containsAll(hw) || hw.containsAll(words))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean partOf(Set<String> own, List<String> missed) {
    for (String k : missed) {
      Set<String> words = words(k);
      for (String n : own) {
        Set<String> nw = words(n);
        if (words.containsAll(nw) || nw.containsAll(words)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> namesOf(ArticleText a, ActorMention m) {
    Set<String> names = new HashSet<>();
    names.add(ArabicNormalizer.key(m.name()));
    m.aliases().forEach(al -> names.add(ArabicNormalizer.key(al)));
    Span at = m.span();
    if (at != null && at.end() <= a.text().length()) {
      names.add(ArabicNormalizer.key(a.text().substring(at.start(), at.end())));
    }
    return names;
  }

  private static Set<String> words(String key) {
    return new HashSet<>(List.of(key.split(" ")));
  }

  private static int sentenceOf(Document doc, Span s) {
    for (Sentence x : doc.sentences()) {
      if (x.start() <= s.start() && s.start() < x.end()) {
        return x.index();
      }
    }
    return -1;
  }

  private static String line(ArticleText a, GoldEvent g, String actor, ExtractedEvent e) {
    String text = e.evidence().text();
    return a.source()
        + ": "
        + g.cluster()
        + " "
        + actor
        + " found "
        + e.actors().stream().map(ActorMention::name).toList()
        + " | "
        + (text.length() > 110 ? text.substring(0, 110) + "…" : text);
  }

  /** "missed.elsewhere.earlier" → "missed.elsewhere". */
  static String group(String category) {
    String[] parts = category.split("\\.");
    return parts.length < 2 ? category : parts[0] + "." + parts[1];
  }

  public static void main(String[] args) throws Exception {
    Tally t = classify(ArabicEventExtractor.standard(), Path.of(args[0]), Path.of(args[1]));
    Map<String, Integer> groups = new LinkedHashMap<>();
    t.counts().forEach((k, v) -> groups.merge(group(k), v, Integer::sum));
    groups.forEach((k, v) -> System.out.println("GROUP " + k + " " + v));
    t.counts().forEach((k, v) -> System.out.println("COUNT " + k + " " + v));
    if (args.length > 2 && args[2].equals("--lines")) {
      t.lines().forEach(System.out::println);
    }
  }
}
