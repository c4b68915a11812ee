package org.chronology.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Fixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whole-pipeline throughput (date tagging included, no database) on the seed articles (~4–6 KB
 * each). Score = articles per second on one thread (wall clock); each iteration also prints
 * articles per CPU-second of the benchmark thread, which stays meaningful on a shared, loaded
 * machine.
 *
 * <p>Run: {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test && java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.openjdk.jmh.Main ExtractionBenchmark -f 1 -wi 2 -i 3 -t 1}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

  private ArabicEventExtractor extractor;
  private List<ArticleText> articles;
  private int next;
  private long calls;
  private long cpuStart;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  @Setup
  public void setUp() throws IOException {
    extractor = ArabicEventExtractor.standard();
    articles = Fixtures.corpus(LocalDate.of(2023, 9, 20));
  }

  @Setup(Level.Iteration)
  public void startCpuClock() {
    calls = 0;
    cpuStart = threads.getCurrentThreadCpuTime();
  }

  @TearDown(Level.Iteration)
  public void printPerCpuSecond() {
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(" [%.0f articles per CPU-second] ", calls / cpuSeconds);
  }

  /** One article per call, cycling through the corpus. */
  @Benchmark
  public void extractOneArticle(Blackhole bh) {
    ArticleText a = articles.get(next);
    next = (next + 1) % articles.size();
    List<ExtractedEvent> events = extractor.extract(a);
    calls++;
    bh.consume(events);
  }
}
