package org.chronology.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  @Test
  void locksAPairAfterTooManyFailuresOnly() {
    LoginThrottle t = new LoginThrottle();
    for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
      t.failed("Editor", "10.0.0.1");
      assertFalse(t.locked("editor", "10.0.0.1"));
    }
    t.failed("editor", "10.0.0.1");
    assertTrue(t.locked("editor", "10.0.0.1"), "usernames compare case-insensitively");
    assertFalse(t.locked("editor", "10.0.0.2"), "another address is not locked");
    assertFalse(t.locked("other", "10.0.0.1"), "another username is not locked");
  }

  @Test
  void successClearsTheCount() {
    LoginThrottle t = new LoginThrottle();
    for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
      t.failed("editor", "a");
    }
    t.succeeded("editor", "a");
    t.failed("editor", "a");
    assertFalse(t.locked("editor", "a"));
  }
}
