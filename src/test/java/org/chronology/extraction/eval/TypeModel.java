package org.chronology.extraction.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.EventType;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Proclitics;
import org.chronology.text.Token;
import org.chronology.text.Tokenizer;

/**
 * A linear model of an event's type (multinomial logistic regression or naive Bayes, see {@link
 * TypeModelTraining}) over the stems of its evidence sentence, the stems next to its trigger, the
 * trigger itself and the type the rules gave. Measured by article-wise cross-validation on dev it
 * did not beat the rules, so the extractor does not use it; it stays here to measure the next
 * attempt.
 */
public final class TypeModel {

  private static final EventType[] TYPES = EventType.values();

  /** feature → one weight per type */
  private final Map<String, double[]> weights;

  private final double[] bias;

  public TypeModel(Map<String, double[]> weights, double[] bias) {
    this.weights = weights;
    this.bias = bias;
  }

  /** The type scores (unnormalised log-odds) for the given features. */
  public double[] scores(Set<String> features) {
    double[] s = bias.clone();
    for (String f : features) {
      double[] w = weights.get(f);
      if (w != null) {
        for (int k = 0; k < s.length; k++) {
          s[k] += w[k];
        }
      }
    }
    return s;
  }

  /** Probabilities per type (softmax of {@link #scores}). */
  public double[] probabilities(Set<String> features) {
    return softmax(scores(features));
  }

  public EventType best(Set<String> features) {
    double[] s = scores(features);
    int best = 0;
    for (int k = 1; k < s.length; k++) {
      if (s[k] > s[best]) {
        best = k;
      }
    }
    return TYPES[best];
  }

  public Map<String, double[]> weights() {
    return weights;
  }

  public double[] bias() {
    return bias.clone();
  }

  static double[] softmax(double[] s) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : s) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[s.length];
    for (int k = 0; k < s.length; k++) {
      p[k] = Math.exp(s[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < s.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  /**
   * The features of one event: its sentence's stems ({@code w:}), the stems within three words of
   * the trigger ({@code n:}), the trigger's stem ({@code t:}) and the rules' type ({@code r:}).
   *
   * @param sentence the evidence sentence as written
   * @param triggerStart offset of the trigger within the sentence, or -1
   * @param triggerEnd end of the trigger within the sentence
   */
  public static Set<String> features(
      String sentence, int triggerStart, int triggerEnd, EventType rules) {
    Set<String> out = new LinkedHashSet<>();
    out.add("r:" + rules.code());
    List<String> stems = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    // normalise word by word so that offsets in the original sentence stay known
    int i = 0;
    int n = sentence.length();
    while (i < n) {
      if (!Tokenizer.isWordChar(sentence.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Tokenizer.isWordChar(sentence.charAt(i)) || isMark(sentence.charAt(i)))) {
        i++;
      }
      for (Token t : Tokenizer.tokenize(ArabicNormalizer.key(sentence.substring(start, i)))) {
        String stem = stem(t.text());
        if (!stem.isEmpty()) {
          stems.add(stem);
          starts.add(start);
          ends.add(i);
        }
      }
    }
    int trig = -1;
    for (int k = 0; k < stems.size(); k++) {
      out.add("w:" + stems.get(k));
      if (trig < 0
          && triggerStart >= 0
          && ends.get(k) > triggerStart
          && starts.get(k) < triggerEnd) {
        trig = k;
      }
    }
    if (trig >= 0) {
      out.add("t:" + stems.get(trig));
      for (int k = Math.max(0, trig - 3); k < Math.min(stems.size(), trig + 4); k++) {
        if (k != trig) {
          out.add("n:" + stems.get(k));
        }
      }
      out.add("tr:" + stems.get(trig) + "|" + rules.code());
    }
    return out;
  }

  private static boolean isMark(char c) {
    return ArabicNormalizer.isHaraka(c) || c == ArabicNormalizer.TATWEEL;
  }

  /** A light stem: no conjunction or attached preposition, no article, no common suffix. */
  static String stem(String word) {
    if (word.chars().allMatch(Character::isDigit)) {
      return "";
    }
    String w = Proclitics.withoutAndOrPreposition(word);
    if (w.length() > 4 && Proclitics.hasArticle(w)) {
      w = w.substring(2);
    }
    for (String suffix : SUFFIXES) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
        w = w.substring(0, w.length() - suffix.length());
        break;
      }
    }
    return w;
  }

  // normalised forms (teh marbuta folded to heh)
  private static final String[] SUFFIXES = {
    "هما", "ات", "ين", "ون", "ان", "ها", "هم", "يه", "ه", "ي"
  };
}
