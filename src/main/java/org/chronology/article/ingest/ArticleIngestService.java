package org.chronology.article.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.chronology.article.Article;
import org.chronology.article.ArticleService;
import org.chronology.article.FreshHeaderDates;
import org.chronology.article.IngestRejection;
import org.chronology.article.RejectionReason;
import org.chronology.config.ChronologyConfig;
import org.chronology.observability.IngestMetered;
import org.chronology.web.Inputs;
import org.jboss.logging.Logger;

/**
 * Stores articles exactly as decoded, once per content (sha256). A corpus folder's files are stored
 * a group per transaction ({@link #storeAll}), an upload alone; one bad file never stops the others
 * (a failed group is stored again file by file); unreadable files are kept as rejections with a
 * reason.
 */
@ApplicationScoped
public class ArticleIngestService {

  private static final Logger LOG = Logger.getLogger(ArticleIngestService.class);
  private static final String SIDECAR_SUFFIX = ".meta.json";

  /** A rejected file up to this many times the limit is kept whole. */
  private static final long KEEP_FACTOR = 4;

  private final ObjectMapper json;
  private final long maxBytes;
  private final FreshHeaderDates fresh;

  public ArticleIngestService(ObjectMapper json, ChronologyConfig config, FreshHeaderDates fresh) {
    this.json = json;
    this.maxBytes = config.article().maxBytes();
    this.fresh = fresh;
  }

  /** Ingests every {@code *.txt} of a folder (sorted by name) with its optional sidecar. */
  public List<IngestOutcome> ingestFolder(Path folder) {
    List<IngestOutcome> outcomes = new ArrayList<>();
    for (Path file : listFolder(folder)) {
      outcomes.add(ingestFile(file));
    }
    return outcomes;
  }

  /**
   * The article files ({@code *.txt}, {@code *.html}) of a folder, sorted by name; empty (logged)
   * when it cannot be read.
   */
  public List<Path> listFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      LOG.warnf("Corpus folder %s does not exist: nothing ingested", folder.toAbsolutePath());
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> isArticleFile(p.getFileName().toString()) && Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      LOG.errorf("Cannot list corpus folder %s: %s", folder, e.getMessage());
      return List.of();
    }
  }

  /** Ingests one corpus file; never throws, the outcome says what happened. */
  public IngestOutcome ingestFile(Path file) {
    String source = file.getFileName().toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        // Kept like any rejection; a file far over the limit only in part, so that keeping it
        // stays bounded (the reason says so).
        long keep = Math.min(size, KEEP_FACTOR * maxBytes);
        bytes = readPrefix(file, keep);
        return reject(
            source, bytes, RejectionReason.tooLarge(size, maxBytes, keep < size ? keep : null));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException | RuntimeException e) {
      LOG.errorf("Skipped %s: cannot read the file (%s)", source, e.getMessage());
      return IngestOutcome.rejected(source, "cannot read the file: " + e.getMessage());
    }
    Sidecar sidecar = readSidecar(file);
    try {
      if (HtmlArticle.isHtml(source)) {
        HtmlArticle.Extracted page = HtmlArticle.extract(bytes);
        return ingest(
            source, page.text().getBytes(StandardCharsets.UTF_8), sidecar.or(page.meta()));
      }
      return ingest(source, bytes, sidecar);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Skipped %s: %s", source, e.getMessage());
      return IngestOutcome.rejected(source, String.valueOf(e.getMessage()));
    }
  }

  /**
   * A corpus file read and decoded, not yet stored ({@link #storeAll}); or, when it could not be
   * read that way, what became of it through {@link #ingestFile} ({@code done}).
   */
  public record ReadFile(
      String source,
      String sha,
      DecodedText decoded,
      Sidecar sidecar,
      Article described,
      IngestOutcome done) {

    public static ReadFile done(IngestOutcome outcome) {
      return new ReadFile(outcome.source(), null, null, null, null, outcome);
    }
  }

  /**
   * Reads and decodes one corpus file without storing it; never throws. A file too large,
   * unreadable or undecodable goes through {@link #ingestFile} instead, which keeps the rejection
   * and says why.
   */
  public ReadFile read(Path file) {
    String source = file.getFileName().toString();
    try {
      if (Files.size(file) <= maxBytes) {
        byte[] bytes = Files.readAllBytes(file);
        Sidecar sidecar = readSidecar(file);
        if (HtmlArticle.isHtml(source)) {
          HtmlArticle.Extracted page = HtmlArticle.extract(bytes);
          bytes = page.text().getBytes(StandardCharsets.UTF_8);
          sidecar = sidecar.or(page.meta());
        }
        if (bytes.length <= maxBytes) {
          String sha = sha256(bytes);
          DecodedText decoded = TextDecoder.decode(bytes);
          // Title and publication date are read here, on the pool, not in the group's one thread.
          return new ReadFile(
              source, sha, decoded, sidecar, described(source, sha, decoded, sidecar), null);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Read again below, one file alone, which rejects it with the reason.
    }
    return ReadFile.done(ingestFile(file));
  }

  /**
   * Stores files read by {@link #read} in one transaction: one look-up of their contents, then one
   * insert per new article, instead of two transactions per file. When that transaction fails (say,
   * the same content stored meanwhile by an upload), each file is stored alone, as {@link #ingest}
   * does. The outcomes are in the files' order.
   */
  public List<IngestOutcome> storeAll(List<ReadFile> files) {
    List<ReadFile> ready = files.stream().filter(f -> f.done() == null).toList();
    List<IngestOutcome> stored = null;
    if (!ready.isEmpty()) {
      try {
        stored = QuarkusTransaction.requiringNew().call(() -> storeGroup(ready));
      } catch (RuntimeException e) {
        LOG.warnf(
            "Storing %d articles in one transaction failed (%s); storing them one by one",
            ready.size(), e.getMessage());
      }
    }
    List<IngestOutcome> out = new ArrayList<>(files.size());
    int next = 0;
    for (ReadFile f : files) {
      if (f.done() != null) {
        out.add(f.done());
      } else if (stored != null) {
        out.add(counted(stored.get(next++)));
      } else {
        try {
          out.add(counted(storeOrFindWinner(f.source(), f.sha(), f.decoded(), f.sidecar())));
        } catch (RuntimeException e) {
          // As a file stored alone: its failure rejects that file only.
          LOG.errorf(e, "Storing %s failed", f.source());
          out.add(IngestOutcome.rejected(f.source(), String.valueOf(e.getMessage())));
        }
      }
    }
    return out;
  }

  /** Counts an outcome in the ingest metrics, as a call of {@link #ingest} does. */
  @IngestMetered
  IngestOutcome counted(IngestOutcome outcome) {
    return outcome;
  }

  private List<IngestOutcome> storeGroup(List<ReadFile> ready) {
    Map<String, Long> known = new HashMap<>();
    List<String> shas = ready.stream().map(ReadFile::sha).distinct().toList();
    for (Object[] row :
        Article.getEntityManager()
            .unwrap(org.hibernate.Session.class)
            // Plain SQL with an array: no HQL parse on the ingest path, one statement text for
            // every group size.
            .createNativeQuery(
                "select sha256, id from article where sha256 = any(cast(?1 as bpchar[]))",
                Object[].class)
            .setParameter(1, shas.toArray(String[]::new))
            .getResultList()) {
      known.put(((String) row[0]).strip(), ((Number) row[1]).longValue());
    }
    List<IngestOutcome> out = new ArrayList<>(ready.size());
    for (ReadFile f : ready) {
      Long id = known.get(f.sha());
      if (id != null) {
        out.add(IngestOutcome.duplicate(f.source(), id));
        continue;
      }
      Article a = persisted(f.described());
      if (f.sidecar().published() == null) {
        // describe() applied the header date: the extraction's load need not read it again.
        fresh.stored(a);
      }
      known.put(f.sha(), a.id);
      out.add(IngestOutcome.created(f.source(), a.id));
    }
    return out;
  }

  /**
   * Stores one article's bytes (idempotent by content); rejects undecodable bytes with a reason.
   */
  @IngestMetered
  public IngestOutcome ingest(String source, byte[] bytes, Sidecar sidecar) {
    if (bytes.length > maxBytes) {
      return reject(source, bytes, RejectionReason.tooLarge(bytes.length, maxBytes, null));
    }
    String sha = sha256(bytes);
    DecodedText decoded;
    try {
      decoded = TextDecoder.decode(bytes);
    } catch (UndecodableTextException e) {
      return reject(source, bytes, e.why(), e.getMessage());
    }
    return storeOrFindWinner(source, sha, decoded, sidecar);
  }

  private IngestOutcome storeOrFindWinner(
      String source, String sha, DecodedText decoded, Sidecar sidecar) {
    try {
      return store(source, sha, decoded, sidecar);
    } catch (RuntimeException e) {
      // The same content stored at the same moment by another thread or instance (unique sha256).
      Optional<Long> winner =
          QuarkusTransaction.requiringNew().call(() -> Article.findBySha256(sha).map(a -> a.id));
      if (winner.isPresent()) {
        return IngestOutcome.duplicate(source, winner.get());
      }
      throw e;
    }
  }

  private IngestOutcome store(String source, String sha, DecodedText decoded, Sidecar sidecar) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Optional<Article> existing = Article.findBySha256(sha);
              if (existing.isPresent()) {
                return IngestOutcome.duplicate(source, existing.get().id);
              }
              return IngestOutcome.created(source, newArticle(source, sha, decoded, sidecar).id);
            });
  }

  /** Stores a new article (in the caller's transaction). */
  private Article newArticle(String source, String sha, DecodedText decoded, Sidecar sidecar) {
    return persisted(described(source, sha, decoded, sidecar));
  }

  /** A new article with its title, outlet and publication date, not stored yet. */
  private Article described(String source, String sha, DecodedText decoded, Sidecar sidecar) {
    Article a = new Article();
    a.source = source;
    a.sha256 = sha;
    a.text = decoded.text();
    a.encoding = decoded.encoding();
    describe(a, sidecar);
    return a;
  }

  private Article persisted(Article a) {
    a.persist();
    LOG.infof(
        "Ingested %s (%d chars, published %s from %s)",
        a.source, a.text.length(), a.publishedOn, a.publishedOnSource);
    return a;
  }

  private IngestOutcome reject(String source, byte[] bytes, RejectionReason why) {
    return reject(source, bytes, why, why.english());
  }

  /** Keeps the bytes with the reason, its code and the English text (once per content). */
  private IngestOutcome reject(String source, byte[] bytes, RejectionReason why, String reason) {
    LOG.warnf("Rejected %s: %s (kept as an ingest rejection)", source, reason);
    String sha = sha256(bytes);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (IngestRejection.count("sha256", sha) == 0) {
                IngestRejection r = new IngestRejection();
                r.source = source;
                r.sha256 = sha;
                r.rawBytes = bytes;
                r.reason = reason;
                r.reasonCode = why.code();
                r.reasonNumbers = why.numbers();
                r.persist();
              }
            });
    return IngestOutcome.rejected(source, reason, why);
  }

  private static byte[] readPrefix(Path file, long max) throws IOException {
    try (var in = Files.newInputStream(file)) {
      return in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 8));
    }
  }

  /** Title, outlet and publication date: the sidecar wins, then the header, else unknown. */
  private void describe(Article a, Sidecar sidecar) {
    ArticleHeader header = HeaderReader.read(a.text);
    a.title = oneLine(firstNonBlank(sidecar.title(), header.title()));
    a.outlet = oneLine(firstNonBlank(sidecar.outlet(), header.outlet()));
    // Every entry point: only an http(s) URL is kept (a sidecar's "javascript:…" never is).
    a.url = sidecar.url() == null || sidecar.url().isBlank() ? null : sidecar.url().strip();
    if (a.url != null && !Inputs.httpUrl(a.url)) {
      LOG.warnf("Ignored the URL of %s: not an http(s) URL", a.source);
      a.url = null;
    }
    if (sidecar.published() != null && !Inputs.storableDate(sidecar.published())) {
      LOG.warnf(
          "Ignored the publication date of %s: %s is out of range", a.source, sidecar.published());
    } else if (sidecar.published() != null) {
      a.publishedOn = sidecar.published();
      a.publishedOnSource = "metadata";
    } else {
      ArticleService.applyHeaderDate(a);
    }
  }

  /** Plain-text articles and saved web pages ({@link HtmlArticle}). */
  public static boolean isArticleFile(String name) {
    return name.endsWith(".txt") || HtmlArticle.isHtml(name);
  }

  private Sidecar readSidecar(Path txt) {
    String name = txt.getFileName().toString();
    Path meta = txt.resolveSibling(name.substring(0, name.lastIndexOf('.')) + SIDECAR_SUFFIX);
    if (!Files.exists(meta)) {
      return Sidecar.EMPTY;
    }
    try {
      return json.readValue(meta.toFile(), Sidecar.class);
    } catch (IOException e) {
      LOG.warnf(
          "Ignored sidecar %s: %s (the article is ingested without it)",
          meta.getFileName(), e.getMessage());
      return Sidecar.EMPTY;
    }
  }

  /** Control characters (NUL included) cannot be stored in a one-line field: dropped. */
  private static String oneLine(String s) {
    return s == null || Inputs.oneLine(s) ? s : s.replaceAll("\\p{Cntrl}", " ").strip();
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a.strip() : b;
  }

  /** Lower-case hex SHA-256 of the bytes: the identity of an article's content. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
