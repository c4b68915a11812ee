package org.chronology.importer;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chronology.article.ingest.CorpusLoader;
import org.chronology.db.EarlyStart;

/**
 * The entry point: without arguments the web application (as always); {@code import DIR} imports a
 * folder of articles into the same database and exits, without opening the HTTP port or ingesting
 * the start-up corpus folder.
 */
@QuarkusMain
public class ChronologyMain implements QuarkusApplication {

  static final String USAGE = "usage: java -jar quarkus-run.jar [import DIR]";

  @Inject FolderImport importer;
  @Inject CorpusLoader corpus;

  public static void main(String... args) throws Exception {
    if (isImport(args)) {
      int status = ImportJvm.relaunch(args);
      if (status >= 0) {
        System.exit(status);
      }
      // Not a setting of the application: its configuration refuses unknown chronology.* names.
      System.clearProperty(ImportJvm.PROPERTY);
      // Runtime settings for this run only: a command, not a server.
      System.setProperty("quarkus.http.host-enabled", "false");
      System.setProperty("chronology.corpus.ingest-on-start", "false");
      // Its warm-up readies a server's first upload: for a command, CPU taken from the import.
      System.setProperty("chronology.corpus.warm-up", "false");
    }
    // The embedded database starts while the rest of the application initialises.
    EarlyStart.begin();
    Quarkus.run(ChronologyMain.class, args);
  }

  static boolean isImport(String... args) {
    return args.length > 0 && args[0].equals("import");
  }

  @Override
  public int run(String... args) throws Exception {
    if (args.length == 0) {
      // Started: the background start-up ingest begins at the first answer or after the grace
      // period (armed already when the HTTP server listens; the only hook of a run without HTTP).
      corpus.beginSoon();
      Quarkus.waitForExit();
      return 0;
    }
    if (!isImport(args) || args.length != 2) {
      System.err.println(USAGE);
      return 2;
    }
    Path dir = Path.of(args[1]);
    if (!Files.isDirectory(dir)) {
      System.err.println("not a folder: " + dir.toAbsolutePath());
      return 2;
    }
    // The start-up work first: the gazetteer it seeds, and the articles of an older extractor
    // version it marks pending and extracts again (as a full re-extraction would).
    corpus.begin();
    corpus.awaitFinished(Long.MAX_VALUE);
    importer.run(dir, System.out, System.err);
    return 0;
  }
}
