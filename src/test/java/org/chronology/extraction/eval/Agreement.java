package org.chronology.extraction.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Span;
import org.chronology.text.ArabicNormalizer;

/**
 * How far two annotators agree on the same articles: the ceiling a gold file sets for any extractor
 * scored against it.
 *
 * <p>Run: {@code java -cp … org.chronology.extraction.eval.Agreement ARTICLES GOLD_A GOLD_B
 * [--verbose]}; only the articles GOLD_B annotates are compared. A is read as the reference and B
 * as the answer, so "recall" is the share of A's events B also has and "precision" the share of B's
 * events A has. Two events match, one to one, when any of their evidence spans overlap (same type
 * and a compatible date first, as {@link Evaluation} does for extracted events; an extracted event
 * has one evidence sentence, so this is slightly more lenient than what the extractor gets). On
 * matched pairs: type, status, date (both dated: same precision and overlapping intervals; or both
 * undated) and actors (names equal once normalised).
 */
public final class Agreement {

  /** Counts of the comparison. */
  static final class Counts {
    int a;
    int b;
    int matched;
    int typeSame;
    int statusSame;
    int dateBoth;
    int dateSame;
    int datedByOneOnly;
    int actorsA;
    int actorsAInB;
    int actorsB;
    int actorsBInA;
    final Map<EventType, Map<EventType, Integer>> confusion = new EnumMap<>(EventType.class);

    double recall() {
      return ratio(matched, a);
    }

    double precision() {
      return ratio(matched, b);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Cohen's kappa of the type over matched pairs: agreement beyond what chance gives. */
    double typeKappa() {
      if (matched == 0) {
        return 1;
      }
      Map<EventType, Integer> rowTotals = new EnumMap<>(EventType.class);
      Map<EventType, Integer> colTotals = new EnumMap<>(EventType.class);
      confusion.forEach(
          (ta, row) ->
              row.forEach(
                  (tb, n) -> {
                    rowTotals.merge(ta, n, Integer::sum);
                    colTotals.merge(tb, n, Integer::sum);
                  }));
      double chance = 0;
      for (EventType t : EventType.values()) {
        chance +=
            (double) rowTotals.getOrDefault(t, 0)
                * colTotals.getOrDefault(t, 0)
                / matched
                / matched;
      }
      double observed = (double) typeSame / matched;
      return chance >= 1 ? 1 : (observed - chance) / (1 - chance);
    }

    private static double ratio(int part, int whole) {
      return whole == 0 ? 1 : (double) part / whole;
    }

    @Override
    public String toString() {
      return String.format(
          "A %d  B %d  matched %d  recall(B of A) %.2f  precision(A of B) %.2f  F1 %.2f  type %.2f"
              + " (kappa %.2f)  status %.2f  date %.2f (%d/%d, dated by one only %d)  actors A in B"
              + " %.2f (%d/%d)  B in A %.2f (%d/%d)",
          a,
          b,
          matched,
          recall(),
          precision(),
          f1(),
          ratio(typeSame, matched),
          typeKappa(),
          ratio(statusSame, matched),
          ratio(dateSame, dateBoth),
          dateSame,
          dateBoth,
          datedByOneOnly,
          ratio(actorsAInB, actorsA),
          actorsAInB,
          actorsA,
          ratio(actorsBInA, actorsB),
          actorsBInA,
          actorsB);
    }
  }

  private Agreement() {}

  static Counts compare(
      Map<String, List<GoldEvent>> goldA, Map<String, List<GoldEvent>> goldB, List<String> notes) {
    Counts c = new Counts();
    for (Map.Entry<String, List<GoldEvent>> article : goldB.entrySet()) {
      List<GoldEvent> as = goldA.getOrDefault(article.getKey(), List.of());
      List<GoldEvent> bs = article.getValue();
      c.a += as.size();
      c.b += bs.size();
      Map<GoldEvent, GoldEvent> pairs = new LinkedHashMap<>();
      Set<GoldEvent> usedA = new HashSet<>();
      for (int pass = 0; pass < 2; pass++) {
        for (GoldEvent b : bs) {
          if (pairs.containsKey(b)) {
            continue;
          }
          for (GoldEvent a : as) {
            if (usedA.contains(a) || !overlap(a, b)) {
              continue;
            }
            if (pass == 0 && (a.type() != b.type() || !dateCompatible(a, b))) {
              continue;
            }
            usedA.add(a);
            pairs.put(b, a);
            break;
          }
        }
      }
      for (Map.Entry<GoldEvent, GoldEvent> p : pairs.entrySet()) {
        tally(c, p.getValue(), p.getKey(), notes);
      }
      for (GoldEvent a : as) {
        if (!usedA.contains(a)) {
          notes.add("ONLY-A " + a.article() + ": " + a.cluster() + " (" + a.type().code() + ")");
        }
      }
      for (GoldEvent b : bs) {
        if (!pairs.containsKey(b)) {
          notes.add("ONLY-B " + b.article() + ": " + b.cluster() + " (" + b.type().code() + ")");
        }
      }
    }
    return c;
  }

  private static void tally(Counts c, GoldEvent a, GoldEvent b, List<String> notes) {
    c.matched++;
    c.confusion
        .computeIfAbsent(a.type(), t -> new EnumMap<>(EventType.class))
        .merge(b.type(), 1, Integer::sum);
    String pair = a.article() + ": " + a.cluster() + " / " + b.cluster();
    if (a.type() == b.type()) {
      c.typeSame++;
    } else {
      notes.add("TYPE " + pair + " " + a.type().code() + " / " + b.type().code());
    }
    if (a.status() == b.status()) {
      c.statusSame++;
    } else {
      notes.add("STATUS " + pair + " " + a.status().code() + " / " + b.status().code());
    }
    if (a.dateResolvable() != b.dateResolvable()) {
      c.datedByOneOnly++;
      notes.add("DATED-BY-ONE " + pair + " " + a.start() + " / " + b.start());
    } else if (a.dateResolvable()) {
      c.dateBoth++;
      if (dateSame(a, b)) {
        c.dateSame++;
      } else {
        notes.add(
            "DATE "
                + pair
                + " "
                + a.start()
                + ".."
                + a.end()
                + " "
                + a.precision().code()
                + " / "
                + b.start()
                + ".."
                + b.end()
                + " "
                + b.precision().code());
      }
    }
    Set<String> keysA = keys(a.actors());
    Set<String> keysB = keys(b.actors());
    c.actorsA += keysA.size();
    c.actorsB += keysB.size();
    for (String k : keysA) {
      if (keysB.contains(k)) {
        c.actorsAInB++;
      }
    }
    for (String k : keysB) {
      if (keysA.contains(k)) {
        c.actorsBInA++;
      }
    }
    if (!keysA.equals(keysB)) {
      notes.add("ACTORS " + pair + " " + a.actors() + " / " + b.actors());
    }
  }

  private static Set<String> keys(List<String> names) {
    Set<String> keys = new HashSet<>();
    for (String n : names) {
      keys.add(ArabicNormalizer.key(n));
    }
    return keys;
  }

  private static boolean overlap(GoldEvent a, GoldEvent b) {
    for (Span s : b.evidence()) {
      if (a.overlaps(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean dateCompatible(GoldEvent a, GoldEvent b) {
    return !a.dateResolvable() || !b.dateResolvable() || dateSame(a, b);
  }

  private static boolean dateSame(GoldEvent a, GoldEvent b) {
    return a.precision() == b.precision()
        && !a.start().isAfter(b.end())
        && !b.start().isAfter(a.end());
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: Agreement <articles folder> <gold A> <gold B> [--verbose]");
      System.exit(2);
    }
    List<ArticleText> articles = CorpusArticle.read(Path.of(args[0]));
    Map<String, List<GoldEvent>> goldB = GoldFile.read(Path.of(args[2]), articles);
    List<ArticleText> compared = new ArrayList<>();
    for (ArticleText a : articles) {
      if (goldB.containsKey(a.source())) {
        compared.add(a);
      }
    }
    Map<String, List<GoldEvent>> goldA = GoldFile.read(Path.of(args[1]), compared, true);
    List<String> notes = new ArrayList<>();
    Counts c = compare(goldA, goldB, notes);
    System.out.println("articles " + goldB.size());
    System.out.println("AGREEMENT  " + c);
    System.out.println("type confusion (A's type → B's types): " + c.confusion);
    if (args.length > 3 && args[3].equals("--verbose")) {
      notes.forEach(System.out::println);
    }
  }
}
