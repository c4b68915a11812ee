// The publication-date detector of two builds in two class loaders of one JVM: the same date on every
// text (a difference is printed), then alternating passes, thread CPU a pass. From the repository root:
// java -cp "$(cat target/cp.txt)" bench/DetectAB.java ROUNDS OLD_CLASSES NEW_CLASSES FOLDER...
import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;

public class DetectAB {
  public static void main(String[] a) throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 3; i < a.length; i++) {
      try (var s = Files.walk(Path.of(a[i]))) {
        for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) texts.add(Files.readString(p));
      }
    }
    int rounds = Integer.parseInt(a[0]);
    Object[] det = new Object[2]; Method[] m = new Method[2];
    for (int i = 0; i < 2; i++) {
      ClassLoader cl = new URLClassLoader(new URL[] {Path.of(a[1 + i]).toUri().toURL()}, DetectAB.class.getClassLoader());
      Class<?> c = cl.loadClass("org.chronology.time.PublicationDateDetector");
      det[i] = c.getMethod("standard").invoke(null);
      m[i] = c.getMethod("detect", String.class);
    }
    int diff = 0, found = 0;
    for (String t : texts) {
      String o = String.valueOf(m[0].invoke(det[0], t)), n = String.valueOf(m[1].invoke(det[1], t));
      if (!o.equals(n)) { diff++; if (diff < 5) System.out.println("DIFF " + o + " | " + n); }
      if (!o.equals("Optional.empty")) found++;
    }
    System.out.println("texts " + texts.size() + " with a date " + found + " differing " + diff);
    ThreadMXBean tb = ManagementFactory.getThreadMXBean();
    double[] sum = new double[2];
    for (int r = 0; r < rounds; r++) {
      double[] t = new double[2];
      for (int i : r % 2 == 0 ? new int[] {0, 1} : new int[] {1, 0}) {
        long c0 = tb.getCurrentThreadCpuTime();
        for (String s : texts) m[i].invoke(det[i], s);
        t[i] = (tb.getCurrentThreadCpuTime() - c0) / 1e6;
      }
      if (r >= 2) { sum[0] += t[0]; sum[1] += t[1]; }
      System.out.printf("round %d old %.0f ms new %.0f ms new/old %.3f load %s%n", r, t[0], t[1], t[1] / t[0], Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }
    System.out.printf("after 2 warm-up: new/old %.3f%n", sum[1] / sum[0]);
  }
}
