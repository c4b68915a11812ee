package org.chronology.extraction.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.Trigger;
import org.chronology.extraction.pipeline.Document;
import org.chronology.extraction.pipeline.EventDraft;
import org.chronology.extraction.pipeline.TriggerHit;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;
import org.chronology.text.Token;
import org.chronology.text.Tokenizer;

/**
 * A learnt tie-breaker for event types, measured against the rules by {@link TypeModelTraining}: a
 * multinomial logistic regression over the light stems of an event's evidence sentence, the stems
 * next to its trigger, the trigger and the word after it, the type the rules gave and their
 * confidence, and the types of the sentence's other triggers (the readings that compete). It takes
 * its type only among those readings, where the rules' confidence is low and it clearly prefers
 * another one. Trained on dev d1–d686 and measured on d687–d766 it changed no event, so the
 * extractor does not use it (README, "Event types").
 */
public final class TypeModel {

  private static final EventType[] TYPES = EventType.values();

  /** Light-stem endings, normalised (teh marbuta folded to heh), longest first. */
  private static final String[] STEM_ENDINGS = {
    "هما", "ات", "ين", "ون", "ان", "ها", "هم", "يه", "ه", "ي"
  };

  private final Map<String, double[]> weights;
  private final double[] bias;
  private final double margin;
  private final double maxConfidence;

  /**
   * @param margin the model's type is taken when its probability beats the rules' type's by more
   * @param maxConfidence ... and only for events whose rules' confidence is below this
   */
  public TypeModel(
      Map<String, double[]> weights, double[] bias, double margin, double maxConfidence) {
    this.weights = weights;
    this.bias = bias.clone();
    this.margin = margin;
    this.maxConfidence = maxConfidence;
  }

  /**
   * Reads a model: rows {@code margin}, {@code max-confidence} and {@code bias} with their values,
   * then one row per feature with one weight per type in {@link EventType} order.
   */
  public static TypeModel read(Path path) throws java.io.IOException {
    Map<String, double[]> w = new HashMap<>();
    double[] bias = new double[TYPES.length];
    double margin = Double.POSITIVE_INFINITY;
    double maxConfidence = 0;
    for (String line : java.nio.file.Files.readAllLines(path)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] row = java.util.Arrays.copyOf(line.split("\t", -1), 1 + TYPES.length);
      switch (row[0]) {
        case "margin" -> margin = Double.parseDouble(row[1]);
        case "max-confidence" -> maxConfidence = Double.parseDouble(row[1]);
        case "bias" -> bias = values(row, path);
        default -> w.put(row[0], values(row, path));
      }
    }
    return new TypeModel(w, bias, margin, maxConfidence);
  }

  private static double[] values(String[] row, Path path) {
    double[] v = new double[TYPES.length];
    for (int k = 0; k < v.length; k++) {
      if (row[k + 1] == null || row[k + 1].isEmpty()) {
        throw new IllegalStateException(path + ": row " + row[0] + " lacks a weight");
      }
      v[k] = Double.parseDouble(row[k + 1]);
    }
    return v;
  }

  public int size() {
    return weights.size();
  }

  public double margin() {
    return margin;
  }

  public double maxConfidence() {
    return maxConfidence;
  }

  public Map<String, double[]> weights() {
    return weights;
  }

  public double[] bias() {
    return bias.clone();
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

  /**
   * The type an event should have: among the rules' type and the types the sentence's triggers
   * signal (the competing readings of the sentence), the model's most probable one, when the rules'
   * confidence is below {@link #maxConfidence} and that type's probability beats the rules' type's
   * by more than {@link #margin}; otherwise the rules' type.
   */
  public EventType decide(Set<String> features, EventType rules, double confidence) {
    return decide(probabilities(features), features, rules, confidence, margin, maxConfidence);
  }

  /** {@link #decide} with given probabilities and thresholds (the trainer tries several). */
  public static EventType decide(
      double[] p,
      Set<String> features,
      EventType rules,
      double confidence,
      double margin,
      double maxConfidence) {
    if (confidence >= maxConfidence) {
      return rules;
    }
    int best = rules.ordinal();
    for (EventType t : TYPES) {
      boolean read = features.contains("h:" + t.code()) || features.contains("a:" + t.code());
      if (read && p[t.ordinal()] > p[best]) {
        best = t.ordinal();
      }
    }
    return p[best] - p[rules.ordinal()] > margin ? TYPES[best] : rules;
  }

  public static double[] softmax(double[] s) {
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
   * The features of one event: the rules' type ({@code r:}) and their confidence in tenths ({@code
   * c:}, also with the type, {@code rc:}), the sentence's stems ({@code w:}), the stems within
   * three words of the trigger ({@code n:}), the trigger's stem ({@code t:}, also with the rules'
   * type, {@code tr:}) and the word after it, usually its object or the noun it governs ({@code
   * o:}, also with the trigger, {@code to:}).
   *
   * @param sentence the evidence sentence as written
   * @param triggerStart offset of the trigger within the sentence, or -1
   * @param triggerEnd end of the trigger within the sentence
   */
  public static Set<String> features(
      String sentence, int triggerStart, int triggerEnd, EventType rules, double confidence) {
    Set<String> out = new LinkedHashSet<>();
    int tenth = (int) Math.min(9, Math.max(0, Math.floor(confidence * 10)));
    out.add("r:" + rules.code());
    out.add("c:" + tenth);
    out.add("rc:" + rules.code() + "|" + tenth);
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
      String t = stems.get(trig);
      out.add("t:" + t);
      out.add("tr:" + t + "|" + rules.code());
      for (int k = Math.max(0, trig - 3); k < Math.min(stems.size(), trig + 4); k++) {
        if (k != trig) {
          out.add("n:" + stems.get(k));
        }
      }
      int after = trig + 1;
      while (after < stems.size() && starts.get(after) < triggerEnd) {
        after++; // the trigger's own further words
      }
      if (after < stems.size()) {
        out.add("o:" + stems.get(after));
        out.add("to:" + t + "|" + stems.get(after));
      }
    }
    return out;
  }

  /** The features of one of a worked document's events, as the rules left it. */
  public static Set<String> features(Document doc, EventDraft d) {
    Sentence s = doc.sentences().get(d.sentence);
    String text = doc.article().text().substring(s.start(), s.end());
    int ts = doc.originalStart(d.head.first()) - s.start();
    int te = doc.originalEnd(d.head.end()) - s.start();
    Set<String> f = features(text, ts, te, d.type, d.confidence);
    List<EventType> others = new ArrayList<>();
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == d.sentence && t.first() != d.head.first()) {
        others.add(t.trigger().type());
      }
    }
    addTriggerFeatures(f, d.head.trigger(), others, d.type);
    return f;
  }

  /**
   * The features of the rules' reading: the head trigger's own type in the lexicon ({@code h:},
   * with the rules' type {@code hr:}), its form and strength ({@code f:}, {@code s:}), and the
   * types of the sentence's other triggers ({@code a:}, with the rules' type {@code ra:}), which
   * compete.
   */
  public static void addTriggerFeatures(
      Set<String> out, Trigger head, List<EventType> others, EventType rules) {
    out.add("h:" + head.type().code());
    out.add("hr:" + head.type().code() + "|" + rules.code());
    out.add("f:" + head.form() + "|" + rules.code());
    out.add("s:" + Math.round(head.strength() * 10) + "|" + rules.code());
    for (EventType o : others) {
      if (o != rules) {
        out.add("a:" + o.code());
        out.add("ra:" + rules.code() + "|" + o.code());
      }
    }
  }

  private static boolean isMark(char c) {
    return ArabicNormalizer.isHaraka(c) || c == ArabicNormalizer.TATWEEL;
  }

  /**
   * A light stem of a normalised word: no conjunction or attached preposition, no article, no
   * common ending; empty for a number.
   */
  public static String stem(String word) {
    if (word.chars().allMatch(Character::isDigit)) {
      return "";
    }
    String w = Proclitics.withoutAndOrPreposition(word);
    if (w.length() > 4 && Proclitics.hasArticle(w)) {
      w = w.substring(Proclitics.article().length());
    }
    for (String suffix : STEM_ENDINGS) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
        w = w.substring(0, w.length() - suffix.length());
        break;
      }
    }
    return w;
  }
}
