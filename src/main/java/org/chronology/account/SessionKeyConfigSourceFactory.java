package org.chronology.account;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.chronology.config.DefaultSources;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Without {@code quarkus.http.auth.session.encryption-key}, Quarkus generates a key and writes it
 * to the log in full. This supplies a random key for the run instead and says only that one was
 * generated: a secret is never logged. Set the key to keep sessions across restarts.
 */
public class SessionKeyConfigSourceFactory implements ConfigSourceFactory {

  static final String KEY = "quarkus.http.auth.session.encryption-key";
  private static final Logger LOG = Logger.getLogger(SessionKeyConfigSourceFactory.class.getName());

  /** Below every user-facing source: anything configured wins. */
  private static final int ORDINAL = 150;

  private static String generated;

  /** One key per JVM, so that every read of the configuration sees the same one. */
  private static synchronized String generated() {
    if (generated == null) {
      byte[] key = new byte[48];
      new SecureRandom().nextBytes(key);
      generated = Base64.getEncoder().encodeToString(key);
      LOG.warning(
          "No session key configured (QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY): generated one"
              + " for this run, editors' sessions end at restart");
    }
    return generated;
  }

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    if (!DefaultSources.wanted(context, KEY)) {
      return List.of();
    }
    return List.of(
        new PropertiesConfigSource(Map.of(KEY, generated()), "chronology-session-key", ORDINAL));
  }
}
