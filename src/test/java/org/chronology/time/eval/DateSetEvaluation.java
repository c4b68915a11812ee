package org.chronology.time.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.time.Precision;
import org.chronology.time.TaggerCases;
import org.chronology.time.TemporalExpression;
import org.chronology.time.TemporalTagger;

/**
 * Scores the date tagger on a set of dated sentences in the format of {@code time/tagger-cases.tsv}
 * ({@code sentence | expected phrase | start | end | precision | flags}; a row {@code sentence | -}
 * expects no date phrase), written by someone who did not write the tagger: {@code
 * src/test/resources/eval/dates/cases.tsv}.
 *
 * <p>Run: {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.includeScope=test
 * -Dmdep.outputFile=target/cp.txt && java -cp target/test-classes:target/classes:$(cat
 * target/cp.txt) org.chronology.time.eval.DateSetEvaluation [cases.tsv] [-v]} ({@code -v} lists the
 * wrong rows).
 *
 * <p>Matching: the annotator's phrase boundaries may differ from the tagger's, so a row is right
 * when the tagger's phrase overlapping the expected one (the most overlapping, if several) has the
 * same start, end and precision. The approximate flag is reported apart, over the rows whose
 * interval is right. A {@code -} row is right when the tagger finds no phrase at all. Every row
 * should carry its own {@code pub=} flag; a row without one is resolved against {@link
 * TaggerCases#DEFAULT_PUB} and counted in {@link Report#withoutPub()}.
 */
public final class DateSetEvaluation {

  /** The default location of the set. */
  public static final Path CASES = Path.of("src/test/resources/eval/dates/cases.tsv");

  /** One scored row: what the tagger found for it (null when nothing overlapped) and why wrong. */
  public record Row(TaggerCases.Case c, TemporalExpression found, String wrong) {

    public boolean right() {
      return wrong == null;
    }

    /** The interval is right and the tagger hedges exactly when the annotator does. */
    public boolean approxAgrees() {
      return right() && !c.negative() && found.approximate() == c.has("approx");
    }
  }

  /** Counts of one section or of the whole set. */
  public static final class Score {
    public int rows;
    public int right;
    public int positiveRight;
    public int approxAgree;

    void add(Row r) {
      rows++;
      if (r.right()) {
        right++;
        if (!r.c().negative()) {
          positiveRight++;
          if (r.approxAgrees()) {
            approxAgree++;
          }
        }
      }
    }

    public double accuracy() {
      return rows == 0 ? 0 : (double) right / rows;
    }

    /** Share of rightly dated phrases whose approximate flag agrees with the annotator's. */
    public double approxAgreement() {
      return positiveRight == 0 ? 1 : (double) approxAgree / positiveRight;
    }

    @Override
    public String toString() {
      return String.format(
          "accuracy %.2f (%d/%d), approx agreement %.2f (%d/%d)",
          accuracy(), right, rows, approxAgreement(), approxAgree, positiveRight);
    }
  }

  /** The whole set's score, per section (in file order), and every row. */
  public record Report(Score overall, Map<String, Score> perSection, List<Row> rows) {

    public List<Row> wrong() {
      return rows.stream().filter(r -> !r.right()).toList();
    }

    /** Dated rows without their own {@code pub=} flag (a {@code -} row needs none). */
    public long withoutPub() {
      return rows.stream()
          .filter(r -> !r.c().negative() && r.c().flagValue("pub=") == null)
          .count();
    }
  }

  private DateSetEvaluation() {}

  public static Report evaluate(Path cases) throws IOException {
    return evaluate(TaggerCases.load(cases));
  }

  public static Report evaluate(Reader cases) {
    return evaluate(TaggerCases.load(cases, "cases"));
  }

  static Report evaluate(List<TaggerCases.Case> cases) {
    TemporalTagger tagger = TemporalTagger.standard();
    Score overall = new Score();
    Map<String, Score> perSection = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>(cases.size());
    for (TaggerCases.Case c : cases) {
      Row r = score(tagger, c);
      rows.add(r);
      overall.add(r);
      perSection.computeIfAbsent(c.section(), k -> new Score()).add(r);
    }
    return new Report(overall, perSection, rows);
  }

  static Row score(TemporalTagger tagger, TaggerCases.Case c) {
    List<TemporalExpression> found = tagger.tag(c.sentence(), c.pub());
    if (c.negative()) {
      return new Row(c, null, found.isEmpty() ? null : "unexpected " + describe(found.get(0)));
    }
    int from = phraseStart(c);
    if (from < 0) {
      return new Row(c, null, "expected phrase not in the sentence");
    }
    int to = from + c.phrase().length();
    TemporalExpression best = null;
    int bestOverlap = 0;
    for (TemporalExpression e : found) {
      int overlap = Math.min(to, e.endOffset()) - Math.max(from, e.startOffset());
      if (overlap > bestOverlap) {
        best = e;
        bestOverlap = overlap;
      }
    }
    if (best == null) {
      return new Row(c, null, "missed");
    }
    boolean same =
        Objects.equals(best.start(), c.start())
            && Objects.equals(best.end(), c.end())
            && best.precision() == c.precision();
    return new Row(c, best, same ? null : "got " + describe(best));
  }

  /**
   * Where the expected phrase starts: its only occurrence, else the occurrence {@code #N} names
   * (the N-th phrase of the sentence in the tagger's table; for a repeated phrase, its N-th
   * occurrence), else the first.
   */
  private static int phraseStart(TaggerCases.Case c) {
    String s = c.sentence();
    String p = c.phrase();
    int first = s.indexOf(p);
    if (first < 0 || c.flagValue("#") == null) {
      return first;
    }
    int at = first;
    for (int i = 0; i < c.index(); i++) {
      int next = s.indexOf(p, at + 1);
      if (next < 0) {
        return first;
      }
      at = next;
    }
    return at;
  }

  private static String describe(TemporalExpression e) {
    return describe(e.text(), e.start(), e.end(), e.precision(), e.approximate())
        + (e.anchor() != null ? " anchor " + e.anchor() : "");
  }

  /** A phrase and its interval as the report prints found and expected ones. */
  private static String describe(
      String phrase, LocalDate start, LocalDate end, Precision precision, boolean approximate) {
    return "\""
        + phrase
        + "\" "
        + dash(start)
        + " "
        + dash(end)
        + " "
        + precision
        + (approximate ? " approx" : "");
  }

  private static String dash(LocalDate d) {
    return d == null ? "-" : d.toString();
  }

  public static void main(String[] args) throws IOException {
    boolean verbose = false;
    Path file = CASES;
    for (String a : args) {
      if (a.equals("-v") || a.equals("--verbose")) {
        verbose = true;
      } else {
        file = Path.of(a);
      }
    }
    Report report = evaluate(file);
    System.out.println(
        "date set " + file + " — tagger of extractor version " + ArabicEventExtractor.VERSION);
    System.out.println("overall: " + report.overall());
    if (report.withoutPub() > 0) {
      System.out.println("rows without pub= (read against 2024-05-15): " + report.withoutPub());
    }
    report.perSection().forEach((s, sc) -> System.out.println("  " + s + ": " + sc));
    if (verbose) {
      System.out.println("wrong rows:");
      for (Row r : report.wrong()) {
        TaggerCases.Case c = r.c();
        System.out.println(
            "  "
                + c.section()
                + ":"
                + c.line()
                + "  "
                + c.sentence()
                + "\n      expected "
                + (c.negative()
                    ? "no phrase"
                    : describe(c.phrase(), c.start(), c.end(), c.precision(), c.has("approx")))
                + " [pub "
                + c.pub()
                + "]\n      "
                + r.wrong());
      }
      System.out.println("right interval, approx differs:");
      for (Row r : report.rows()) {
        if (r.right() && !r.c().negative() && !r.approxAgrees()) {
          System.out.println(
              "  "
                  + r.c().section()
                  + ":"
                  + r.c().line()
                  + "  "
                  + r.c().phrase()
                  + " expected approx="
                  + r.c().has("approx"));
        }
      }
    }
  }
}
