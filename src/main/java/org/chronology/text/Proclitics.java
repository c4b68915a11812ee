package org.chronology.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The forms a normalised Arabic word can be looked up under once its attached particles are
 * removed: conjunctions (و ف), attached prepositions (ب ل ك), the future prefix (س) and the article
 * (ال; لل = ل + ال). Every form says which particles were removed so callers can tell a future verb
 * (سيزور) or a definite noun (الزيارة) apart. The particles are read from {@code
 * lang/ar/clitics.tsv} and the attached prepositions from {@code lang/ar/prepositions.tsv}: this is
 * the one clitic list of the extractor.
 */
public final class Proclitics {

  /** One way of reading a word. */
  public record Form(String text, boolean future, boolean definite, boolean preposition) {}

  private static final int MIN_STEM = 2;

  private static final String AND;
  private static final String[] CONJUNCTIONS;
  private static final String[] PARTICLES;
  private static final String FUTURE;
  private static final String ARTICLE;
  private static final List<String> PREPOSITIONS;
  private static final String FUSING;

  static {
    Map<String, List<String>> k = TsvResource.byKind("/lang/ar/clitics.tsv");
    AND = one(k, "and");
    FUTURE = one(k, "future");
    ARTICLE = one(k, "article");
    List<String> conj = new ArrayList<>();
    conj.add("");
    conj.add(AND);
    conj.addAll(k.getOrDefault("conjunction", List.of()));
    CONJUNCTIONS = conj.toArray(String[]::new);
    PREPOSITIONS = Prepositions.attached();
    FUSING = Prepositions.fusingArticle();
    List<String> part = new ArrayList<>();
    part.add("");
    part.addAll(PREPOSITIONS);
    part.add(FUTURE);
    PARTICLES = part.toArray(String[]::new);
  }

  private Proclitics() {}

  private static String one(Map<String, List<String>> kinds, String kind) {
    List<String> v = kinds.get(kind);
    if (v == null || v.size() != 1) {
      throw new IllegalStateException("clitics.tsv needs exactly one " + kind);
    }
    return v.get(0);
  }

  /** The coordinating conjunction و. */
  public static String and() {
    return AND;
  }

  /** The definite article ال. */
  public static String article() {
    return ARTICLE;
  }

  /** The word opens with the conjunction و. */
  public static boolean startsWithAnd(String word) {
    return word.startsWith(AND);
  }

  /** The word without a leading و, or the word itself. */
  public static String withoutAnd(String word) {
    return word.startsWith(AND) ? word.substring(AND.length()) : word;
  }

  /** The word without a leading conjunction (و، ف), or the word itself. */
  public static String withoutConjunction(String word) {
    for (int i = 1; i < CONJUNCTIONS.length; i++) {
      if (word.startsWith(CONJUNCTIONS[i])) {
        return word.substring(CONJUNCTIONS[i].length());
      }
    }
    return word;
  }

  /** The word without a leading و or attached preposition, or the word itself. */
  public static String withoutAndOrPreposition(String word) {
    if (word.startsWith(AND)) {
      return word.substring(AND.length());
    }
    for (String p : PREPOSITIONS) {
      if (word.startsWith(p)) {
        return word.substring(p.length());
      }
    }
    return word;
  }

  /**
   * The noun after the preposition that fuses with the article (ل): "للتعاون" → "التعاون"، "لتحديد"
   * → "تحديد"; null when the word does not open with it.
   */
  public static String afterFusingPreposition(String word) {
    if (!word.startsWith(FUSING) || word.length() <= FUSING.length() + MIN_STEM) {
      return null;
    }
    String rest = word.substring(FUSING.length());
    return rest.startsWith(FUSING) ? ARTICLE + rest.substring(FUSING.length()) : rest;
  }

  /** The word opens with the article (written ال). */
  public static boolean hasArticle(String word) {
    return word.startsWith(ARTICLE);
  }

  public static List<Form> forms(String word) {
    List<Form> out = new ArrayList<>(6);
    out.add(new Form(word, false, false, false));
    for (String conj : CONJUNCTIONS) {
      if (!word.startsWith(conj)) {
        continue;
      }
      String afterConj = word.substring(conj.length());
      for (String particle : PARTICLES) {
        if (conj.isEmpty() && particle.isEmpty()) {
          addArticleForms(out, word, false);
          continue;
        }
        if (!afterConj.startsWith(particle)) {
          continue;
        }
        String rest = afterConj.substring(particle.length());
        boolean future = particle.equals(FUTURE);
        boolean prep = !particle.isEmpty() && !future;
        if (particle.equals(FUSING) && rest.startsWith(FUSING) && rest.length() > MIN_STEM + 1) {
          // لل = ل + ال: للرئيس → الرئيس
          String withArticle = ARTICLE + rest.substring(FUSING.length());
          out.add(new Form(withArticle, false, false, true));
          out.add(new Form(rest.substring(FUSING.length()), false, true, true));
          continue;
        }
        if (rest.length() < MIN_STEM) {
          continue;
        }
        if (!particle.isEmpty() || !conj.isEmpty()) {
          out.add(new Form(rest, future, false, prep));
        }
        if (!future) {
          addArticleForms(out, rest, prep);
        }
      }
    }
    return out;
  }

  private static void addArticleForms(List<Form> out, String s, boolean prep) {
    if (s.startsWith(ARTICLE) && s.length() >= ARTICLE.length() + MIN_STEM + 1) {
      out.add(new Form(s.substring(ARTICLE.length()), false, true, prep));
    }
  }
}
