package org.chronology.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms a normalised Arabic word can be looked up under once its attached particles are
 * removed: conjunctions و ف, prepositions ب ل ك, the future prefix س and the article ال (لل = ل +
 * ال). Every form says which particles were removed so callers can tell a future verb (سيزور) or a
 * definite noun (الزيارة) apart.
 */
public final class Proclitics {

  /** One way of reading a word. */
  public record Form(String text, boolean future, boolean definite, boolean preposition) {}

  private static final String[] CONJUNCTIONS = {"", "و", "ف"};
  private static final String[] PARTICLES = {"", "ب", "ل", "ك", "س"};
  private static final String ARTICLE = "ال";
  private static final int MIN_STEM = 2;

  private Proclitics() {}

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
        boolean future = particle.equals("س");
        boolean prep = particle.equals("ب") || particle.equals("ل") || particle.equals("ك");
        if (particle.equals("ل") && rest.startsWith("ل") && rest.length() > MIN_STEM + 1) {
          // لل = ل + ال: للرئيس → الرئيس
          String withArticle = ARTICLE + rest.substring(1);
          out.add(new Form(withArticle, false, false, true));
          out.add(new Form(rest.substring(1), false, true, true));
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
