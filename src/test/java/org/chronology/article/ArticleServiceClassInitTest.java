package org.chronology.article;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Initialising {@link ArticleService} reads no resource file. The class is initialised on the main
 * thread before the server listens (its client proxy, a subclass, is made when the start-up
 * observer's {@code CorpusLoader} is created); a static publication-date detector there read the
 * time lexicon before the first page. Checked in a class loader of its own, so that what other
 * tests of this JVM built does not count.
 */
class ArticleServiceClassInitTest {

  @Test
  void initialisingTheClassBuildsNoDateDetector() throws Exception {
    try (URLClassLoader isolated =
        new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader())) {
      Class.forName(ArticleService.class.getName(), true, isolated);
      assertNull(standardDetector(isolated), "the date detector was built by <clinit>");

      // The detector is still there when asked for (the header date's first use builds it).
      Class<?> detector =
          Class.forName("org.chronology.time.PublicationDateDetector", true, isolated);
      detector.getMethod("standard").invoke(null);
      assertNotNull(standardDetector(isolated));
    }
  }

  /** The value the shared standard detector holds in this loader (null: not built). */
  private static Object standardDetector(ClassLoader loader) throws Exception {
    Class<?> detector = Class.forName("org.chronology.time.PublicationDateDetector", true, loader);
    Field standard = detector.getDeclaredField("STANDARD");
    standard.setAccessible(true);
    Object shared = standard.get(null);
    Field value = shared.getClass().getDeclaredField("value");
    value.setAccessible(true);
    return value.get(shared);
  }

  /** This JVM's class path (surefire's manifest-only jar is followed by URLClassLoader). */
  private static URL[] classPath() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!p.isBlank()) {
        urls.add(new File(p).toURI().toURL());
      }
    }
    return urls.toArray(URL[]::new);
  }
}
