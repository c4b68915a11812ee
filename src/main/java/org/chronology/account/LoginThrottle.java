package org.chronology.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins per username and client address, in memory: after {@link #MAX_FAILURES} failures
 * in a row that pair is locked for {@link #LOCK}. A success clears the count.
 */
@ApplicationScoped
public class LoginThrottle {

  public static final int MAX_FAILURES = 5;
  public static final Duration LOCK = Duration.ofMinutes(15);
  private static final int MAX_ENTRIES = 10_000;

  private record State(int failures, Instant lockedUntil) {}

  private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();

  public boolean locked(String username, String address) {
    State s = states.get(key(username, address));
    return s != null && s.lockedUntil() != null && s.lockedUntil().isAfter(clock.instant());
  }

  public void failed(String username, String address) {
    if (states.size() >= MAX_ENTRIES) {
      // Bounded memory under a spray of usernames: forget pairs that are not locked right now.
      Instant now = clock.instant();
      states.values().removeIf(s -> s.lockedUntil() == null || !s.lockedUntil().isAfter(now));
    }
    states.compute(
        key(username, address),
        (k, s) -> {
          Instant now = clock.instant();
          int failures =
              (s == null || (s.lockedUntil() != null && !s.lockedUntil().isAfter(now)))
                  ? 1
                  : s.failures() + 1;
          return new State(failures, failures >= MAX_FAILURES ? now.plus(LOCK) : null);
        });
  }

  public void succeeded(String username, String address) {
    states.remove(key(username, address));
  }

  private static String key(String username, String address) {
    return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "|" + address;
  }
}
