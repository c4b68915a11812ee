package org.chronology.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.chronology.time.PublicationDateDetector;
import org.chronology.time.TemporalExpression;
import org.chronology.time.TemporalTagger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tagging throughput on about {@value #TARGET_CHARS} characters of Arabic news: the seed corpus
 * ({@code corpus/*.txt}, read from the working directory) repeated with synthetic date-dense
 * sentences. Throughput is in operations (whole texts) per second; the setup prints the text size
 * in UTF-8 bytes, so MB/s = ops/s × bytes / 1e6.
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *     -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main \
 *     TemporalTaggerBenchmark -f 1 -wi 2 -i 3 -t 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class TemporalTaggerBenchmark {

  static final int TARGET_CHARS = 300_000;

  private static final List<String> SYNTHETIC =
      List.of(
          "وقال المتحدث اليوم الخميس إن الوزير سيزور باكو الأسبوع المقبل لبحث صفقة أسلحة.",
          "وفي 25 كانون الأول من العام 1991 اعترفت إسرائيل باستقلال أذربيجان.",
          "وبلغت قيمة الصادرات 740 مليون دولار بين 2017 و2019 وفق التقرير.",
          "وأشار إلى أن الاتفاق وقع في أيار / مايو الماضي، بعد مفاوضات بدأت مطلع العام 2020.",
          "وكانت العلاقات قد توترت أواخر تسعينات القرن الماضي قبل أن تتحسن منذ العام 2016.",
          "وصدر البيان في 20 جمادى الأولى 1446 هـ الموافق 22 نوفمبر 2024 عن وزارة الدفاع.",
          "وقتل 32 شخصاً في الهجوم الذي وقع قبل يومين، فيما أصيب العشرات بجروح.",
          "ومن المقرر أن يعقد الاجتماع من الـ7 إلى 11 من شهر مايو/أيار الجاري في العاصمة.",
          "ولم تعلق وزارة الخارجية على التقرير حتى الآن، بحسب ما أفادت وكالة الأنباء الرسمية.");

  private String text;
  private int bytes;
  private LocalDate publication;
  private final TemporalTagger tagger = TemporalTagger.standard();
  private final PublicationDateDetector detector = PublicationDateDetector.standard();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    StringBuilder corpus = new StringBuilder();
    Path dir = Path.of("corpus");
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          corpus.append(Files.readString(p)).append("\n\n");
        }
      }
    }
    StringBuilder b = new StringBuilder(TARGET_CHARS + 10_000);
    int i = 0;
    while (b.length() < TARGET_CHARS) {
      b.append(corpus);
      for (int k = 0; k < 20; k++) {
        b.append(SYNTHETIC.get(i++ % SYNTHETIC.size())).append(' ');
      }
      b.append('\n');
    }
    text = b.toString();
    publication = LocalDate.of(2023, 9, 20);
    bytes = text.getBytes(StandardCharsets.UTF_8).length;
    textBytes = bytes;
    System.out.printf(
        "%nTemporalTaggerBenchmark text: %d chars, %d UTF-8 bytes (corpus part %d chars); "
            + "MB/s = ops/s x %.4f%n",
        text.length(), bytes, corpus.length(), bytes / 1e6);
  }

  /** Size of the text in UTF-8 bytes, for the CPU-time report. */
  static volatile int textBytes;

  /**
   * CPU time of the benchmark thread per iteration, printed at the end of each iteration, so that
   * MB/s on one core can be read even on a machine shared with other work (where the wall-clock
   * score understates it).
   */
  @State(Scope.Thread)
  public static class CpuClock {
    private final java.lang.management.ThreadMXBean mx =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long startNanos;
    long ops;

    @Setup(Level.Iteration)
    public void start() {
      ops = 0;
      startNanos = mx.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void report() {
      double seconds = (mx.getCurrentThreadCpuTime() - startNanos) / 1e9;
      if (seconds > 0 && ops > 0) {
        System.out.printf(
            "%n[cpu] %d ops in %.2f s of CPU = %.2f MB/s per core%n",
            ops, seconds, ops * (double) textBytes / 1e6 / seconds);
      }
    }
  }

  @Benchmark
  public List<TemporalExpression> tag(CpuClock clock) {
    clock.ops++;
    return tagger.tag(text, publication);
  }

  @Benchmark
  public Object detectPublicationDate() {
    return detector.detect(text);
  }
}
