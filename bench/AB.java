// Old and new classes in two class loaders of one JVM, alternating passes over a folder of articles,
// thread CPU a pass (the load of other processes moves it less than wall time). From the repository root:
// java -cp "$(cat target/cp.txt)" bench/AB.java tag|extract FOLDER ROUNDS OLD_CLASSES OLD_TEST_CLASSES NEW_CLASSES NEW_TEST_CLASSES
import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;

/** In-JVM A/B: old and new classes in two loaders, alternating passes over a folder; thread CPU per pass. */
public class AB {
  public static void main(String[] a) throws Exception {
    String mode = a[0]; // tag | extract
    Path dir = Path.of(a[1]);
    int rounds = Integer.parseInt(a[2]);
    List<String> texts = new ArrayList<>();
    try (var s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) texts.add(Files.readString(p));
    }
    String[] names = {"old", "new"};
    Object[] impl = new Object[2];
    Method[] m = new Method[2];
    Constructor<?>[] art = new Constructor<?>[2];
    for (int i = 0; i < 2; i++) {
      URL[] urls = {Path.of(a[3 + 2 * i]).toUri().toURL(), Path.of(a[4 + 2 * i]).toUri().toURL()};
      ClassLoader cl = new URLClassLoader(urls, AB.class.getClassLoader());
      if (mode.equals("tag")) {
        Class<?> t = cl.loadClass("org.chronology.time.TemporalTagger");
        impl[i] = t.getMethod("standard").invoke(null);
        m[i] = t.getMethod("tag", String.class, LocalDate.class);
      } else {
        Class<?> x = cl.loadClass("org.chronology.extraction.ArabicEventExtractor");
        impl[i] = x.getMethod("standard").invoke(null);
        Class<?> at = cl.loadClass("org.chronology.extraction.ArticleText");
        art[i] = at.getConstructor(String.class, String.class, LocalDate.class);
        m[i] = x.getMethod("extract", at);
      }
    }
    ThreadMXBean tb = ManagementFactory.getThreadMXBean();
    LocalDate pub = LocalDate.of(2023, 9, 20);
    double[] sum = new double[2];
    int counted = 0;
    for (int r = 0; r < rounds; r++) {
      int[] order = r % 2 == 0 ? new int[] {0, 1} : new int[] {1, 0};
      double[] t = new double[2];
      long[] out = new long[2];
      for (int i : order) {
        long c0 = tb.getCurrentThreadCpuTime();
        for (String s : texts) {
          Object res = mode.equals("tag") ? m[i].invoke(impl[i], s, pub) : m[i].invoke(impl[i], art[i].newInstance("b.txt", s, null));
          out[i] += ((List<?>) res).size();
        }
        t[i] = (tb.getCurrentThreadCpuTime() - c0) / 1e6;
      }
      if (out[0] != out[1]) throw new IllegalStateException("different counts " + out[0] + " " + out[1]);
      if (r >= 2) { sum[0] += t[0]; sum[1] += t[1]; counted++; }
      System.out.printf("round %d %s: old %.0f ms new %.0f ms CPU, new/old %.3f, items %d, load %s%n", r, r >= 2 ? "" : "(warm-up)", t[0], t[1], t[1] / t[0], out[0],
          Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }
    System.out.printf("%s: %d rounds after 2 warm-up: old %.0f ms, new %.0f ms a pass; new/old %.3f%n", mode, counted, sum[0] / counted, sum[1] / counted, sum[1] / sum[0]);
  }
}
