package org.chronology.config;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;

/**
 * For the config source factories that supply a value only when none is configured: they run at
 * runtime-init alone (config is also read while the application is built, and a build must start
 * nothing), and whatever a user sets wins.
 */
public final class DefaultSources {

  private DefaultSources() {}

  /**
   * Whether a default for the property is wanted now: at runtime, not in the short run of the
   * packaged application that writes its AppCDS archive during the build ({@code
   * quarkus.appcds.generate}: it stops before anything connects), and the property unset.
   */
  public static boolean wanted(ConfigSourceContext context, String property) {
    if (ExecutionMode.current() == ExecutionMode.UNSET
        || Boolean.getBoolean("quarkus.appcds.generate")) {
      return false;
    }
    ConfigValue v = context.getValue(property);
    return v == null || v.getValue() == null || v.getValue().isBlank();
  }
}
