package org.chronology.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes synthetic Arabic articles for ingest benchmarks: sentence shapes of our own ({@code
 * bench/sentence-shapes.txt}) filled with people, offices and countries from the gazetteer, places
 * from {@code places.tsv} and dates with month names from {@code months.txt}, so every article
 * reads like news and gives the extractor real work, but none repeats a corpus sentence.
 * Deterministic for a seed.
 *
 * <pre>
 * java -cp target/test-classes:target/classes org.chronology.bench.SyntheticArticles DIR N [SEED]
 * </pre>
 */
public final class SyntheticArticles {

  private record Person(String name, String office) {}

  private final List<String> shapes = new ArrayList<>();
  private final List<Person> people = new ArrayList<>();
  private final List<String> countries = new ArrayList<>();
  private final List<String> places = new ArrayList<>();
  private final List<String> months = new ArrayList<>();
  private final Random random;

  public SyntheticArticles(long seed) {
    this.random = new Random(seed);
    for (String line : lines("/bench/sentence-shapes.txt")) {
      shapes.add(line);
    }
    for (String line : lines("/lang/ar/extraction/gazetteer.tsv")) {
      String[] f = line.split("\t", -1);
      if (f.length > 4 && f[2].equals("person") && !f[3].isBlank()) {
        people.add(new Person(f[0], f[3]));
      } else if (f.length > 2 && f[2].equals("country")) {
        countries.add(f[0]);
      }
    }
    for (String line : lines("/lang/ar/extraction/places.tsv")) {
      places.add(line.split("\t")[0]);
    }
    for (String line : lines("/lang/ar/time/months.txt")) {
      String first = line.split("\t")[1].split("\\|")[0];
      months.add(first.startsWith("!") ? first.substring(1) : first);
    }
  }

  /** One article: a title line, a date line, then 6 to 14 sentences. */
  public String article(int n) {
    int year = 1995 + random.nextInt(31);
    int month = 1 + random.nextInt(12);
    StringBuilder text = new StringBuilder();
    text.append(fill(shapes.get(random.nextInt(3)), year, month)).append('\n');
    text.append(1 + random.nextInt(28))
        .append(' ')
        .append(months.get(month - 1))
        .append(' ')
        .append(year)
        .append("\n\n");
    int sentences = 6 + random.nextInt(9);
    for (int i = 0; i < sentences; i++) {
      text.append(fill(shapes.get(random.nextInt(shapes.size())), year, month)).append(' ');
      if (i % 3 == 2) {
        text.append("\n\n");
      }
    }
    text.append("\n#").append(n).append('\n');
    return text.toString();
  }

  private String fill(String shape, int year, int month) {
    Person p = pick(people);
    Person q = pick(people);
    String c = pick(countries);
    String k = pick(countries);
    int m = Math.max(1, Math.min(12, month + random.nextInt(3) - 1));
    return shape
        .replace("{PO}", p.office())
        .replace("{P}", p.name())
        .replace("{QO}", q.office())
        .replace("{Q}", q.name())
        .replace("{C}", c)
        .replace("{K}", k.equals(c) ? pick(countries) : k)
        .replace("{L}", pick(places))
        .replace("{D}", (1 + random.nextInt(28)) + " " + months.get(m - 1) + " " + year)
        .replace("{M}", months.get(m - 1) + " " + year);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static List<String> lines(String resource) {
    try (InputStream in = SyntheticArticles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code count} articles {@code syn-00001.txt} … into a folder. */
  public static void write(Path dir, int count, long seed) throws IOException {
    Files.createDirectories(dir);
    SyntheticArticles w = new SyntheticArticles(seed);
    for (int i = 1; i <= count; i++) {
      Files.writeString(dir.resolve(String.format("syn-%05d.txt", i)), w.article(i));
    }
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    write(dir, count, seed);
    System.out.println("wrote " + count + " articles to " + dir.toAbsolutePath());
  }
}
