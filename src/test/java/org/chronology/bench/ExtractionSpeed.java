package org.chronology.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventCluster;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.eval.CorpusArticle;

/**
 * The extractor alone, on one thread: articles per second and CPU milliseconds per article over
 * folders of articles (the dev set, the corpus, synthetic articles), after warm-up passes; and,
 * with {@code --dump FILE}, every extracted event and every merged cluster in full (the records'
 * own {@code toString}), to show that a change of speed changed no output.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.chronology.bench.ExtractionSpeed \
 *   [--warmup 3] [--passes 5] [--dump FILE] FOLDER...
 * </pre>
 *
 * See {@code bench/extraction.sh} for the turns of two builds against each other.
 */
public final class ExtractionSpeed {

  private ExtractionSpeed() {}

  /** CPU nanoseconds of the whole JVM: every thread, with the JIT compiler's and the GC's. */
  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  public static void main(String[] args) throws IOException {
    int warmup = 3;
    int passes = 5;
    Path dump = null;
    List<ArticleText> articles = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        case "--dump" -> dump = Path.of(args[++i]);
        default -> articles.addAll(CorpusArticle.read(Path.of(args[i])));
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    long p0 = processCpu();
    long t0 = System.nanoTime();
    ArabicEventExtractor extractor = ArabicEventExtractor.standard();
    System.out.printf(
        "set-up: %.2f s wall, %.2f s CPU (thread), %.2f s CPU (process)%n",
        (System.nanoTime() - t0) / 1e9,
        (threads.getCurrentThreadCpuTime() - c0) / 1e9,
        (processCpu() - p0) / 1e9);
    c0 = threads.getCurrentThreadCpuTime();
    p0 = processCpu();
    t0 = System.nanoTime();
    long events = 0;
    if (dump == null) {
      for (ArticleText a : articles) {
        extractor.extract(a);
      }
    } else {
      try (PrintWriter out =
          new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
        for (ArticleText a : articles) {
          List<ExtractedEvent> found = extractor.extract(a);
          out.println("=== " + a.source());
          for (ExtractedEvent e : found) {
            out.println(e);
          }
          for (EventCluster c : extractor.merge(found)) {
            out.println("cluster " + c);
          }
        }
      }
    }
    System.out.printf(
        "first pass (cold)%s: %.2f s wall, %.2f ms CPU per article (thread), %.2f (process)%n",
        dump == null ? "" : " with the dump",
        (System.nanoTime() - t0) / 1e9,
        (threads.getCurrentThreadCpuTime() - c0) / 1e6 / articles.size(),
        (processCpu() - p0) / 1e6 / articles.size());
    for (int w = 0; w < warmup; w++) {
      for (ArticleText a : articles) {
        events += extractor.extract(a).size();
      }
    }
    double[] rate = new double[passes];
    double[] cpuMs = new double[passes];
    double[] processMs = new double[passes];
    double[] allocatedKb = new double[passes];
    com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
    for (int p = 0; p < passes; p++) {
      long wall = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      long process = processCpu();
      long bytes = allocation.getCurrentThreadAllocatedBytes();
      for (ArticleText a : articles) {
        events += extractor.extract(a).size();
      }
      double seconds = (System.nanoTime() - wall) / 1e9;
      rate[p] = articles.size() / seconds;
      cpuMs[p] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / articles.size();
      processMs[p] = (processCpu() - process) / 1e6 / articles.size();
      allocatedKb[p] =
          (allocation.getCurrentThreadAllocatedBytes() - bytes) / 1024.0 / articles.size();
      System.out.printf(
          "pass %d: %d articles in %.2f s = %.1f articles/s, %.3f ms CPU per article (thread),"
              + " %.3f (process), %.0f kB allocated per article%n",
          p + 1, articles.size(), seconds, rate[p], cpuMs[p], processMs[p], allocatedKb[p]);
    }
    Arrays.sort(rate);
    Arrays.sort(cpuMs);
    Arrays.sort(processMs);
    Arrays.sort(allocatedKb);
    System.out.printf(
        "median: %.1f articles/s, %.3f ms CPU per article (thread), %.3f (process), %.0f kB"
            + " allocated per article (%d articles, %d events a pass, load %s)%n",
        rate[passes / 2],
        cpuMs[passes / 2],
        processMs[passes / 2],
        allocatedKb[passes / 2],
        articles.size(),
        events / Math.max(1, warmup + passes),
        Files.readString(Path.of("/proc/loadavg")).trim());
    if (Boolean.getBoolean("threads")) {
      // Where the JVM's CPU went, by thread (the compiler's threads included).
      for (long id : threads.getAllThreadIds()) {
        java.lang.management.ThreadInfo info = threads.getThreadInfo(id);
        long cpu = threads.getThreadCpuTime(id);
        if (info != null && cpu > 100_000_000L) {
          System.out.printf("thread %s: %.2f s CPU%n", info.getThreadName(), cpu / 1e9);
        }
      }
    }
  }
}
