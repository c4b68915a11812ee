package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quarkus 3.28 generates a bundle's message lookup in chunks of 300 messages, and a bundle with
 * more than 300 fails at start-up with a VerifyError in the generated class. Keep every bundle
 * under that: when one grows past it, move a page's texts into a bundle of their own (as {@link
 * TimelineMsg}).
 */
class MessageBundleSizeTest {

  @Test
  void everyBundleHoldsAtMost300Messages() {
    for (Class<?> bundle : List.of(Msg.class, TimelineMsg.class, EditorFormMsg.class)) {
      int n = bundle.getDeclaredMethods().length;
      assertTrue(n <= 300, bundle.getSimpleName() + " has " + n + " messages (at most 300)");
    }
  }
}
