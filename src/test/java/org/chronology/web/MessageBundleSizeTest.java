package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.qute.i18n.MessageBundle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quarkus 3.28 generates a bundle's message lookup in chunks of 300 messages, and a bundle with
 * more than 300 fails at start-up with a VerifyError in the generated class. Keep every bundle
 * under that: when one grows past it, move a page's texts into a bundle of their own (as {@link
 * TimelineMsg}, {@link ReaderMsg}, {@link EditMsg} and {@link AdminMsg}).
 */
class MessageBundleSizeTest {

  @Test
  void everyBundleHoldsAtMost300Messages() {
    List<JavaClass> bundles =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.chronology")
                .stream()
                .filter(c -> c.isAnnotatedWith(MessageBundle.class))
                .toList();
    List<Class<?>> found = bundles.stream().<Class<?>>map(JavaClass::reflect).toList();
    assertTrue(
        found.containsAll(
            List.of(
                Msg.class,
                TimelineMsg.class,
                ReaderMsg.class,
                EditMsg.class,
                AdminMsg.class,
                EditorFormMsg.class)),
        "bundles found: " + found);
    for (JavaClass bundle : bundles) {
      int n = bundle.reflect().getDeclaredMethods().length;
      assertTrue(n <= 300, bundle.getSimpleName() + " has " + n + " messages (at most 300)");
    }
  }
}
