package org.chronology.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;

/**
 * An unknown username costs the same bcrypt verification as a known one with a wrong password, so
 * the answer's timing does not tell which usernames exist. Checked on the hash used, not with a
 * clock.
 */
class UnknownUsernameTest {

  @Test
  void anUnknownUsernameIsCheckedAgainstABcryptHashOfTheSameCost() {
    String known = BcryptUtil.bcryptHash("a-password-of-an-account");
    String dummy = ThrottledPasswordIdentityProvider.hashToCheck(null);
    assertTrue(dummy.startsWith("$2"), "a bcrypt hash: " + dummy);
    assertEquals(known.substring(0, 7), dummy.substring(0, 7), "same algorithm and cost");
  }

  @Test
  void aKnownUsernameIsCheckedAgainstItsOwnHash() {
    ThrottledPasswordIdentityProvider.Found f =
        new ThrottledPasswordIdentityProvider.Found(1, "editor", "$2a$10$own", "editor", 0);
    assertEquals("$2a$10$own", ThrottledPasswordIdentityProvider.hashToCheck(f));
  }
}
