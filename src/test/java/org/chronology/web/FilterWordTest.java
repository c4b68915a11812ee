package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.qute.i18n.Message;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One Arabic word for a filter in the whole interface: the chronology's form, chips and empty state
 * say تصفية / التصفيات; the busy page's advice ("ضيّق المرشحات") and the story's empty state ("هذه
 * المرشحات") used another word for the same thing.
 */
class FilterWordTest {

  @Test
  void everyArabicMessageCallsAFilterTasfiya() {
    List<String> other = new ArrayList<>();
    for (Class<?> bundle :
        List.of(
            Msg.class,
            ReaderMsg.class,
            TimelineMsg.class,
            EditMsg.class,
            EditorFormMsg.class,
            AdminMsg.class)) {
      for (Method m : bundle.getDeclaredMethods()) {
        Message message = m.getAnnotation(Message.class);
        if (message != null && message.value().contains("مرشح")) {
          other.add(bundle.getSimpleName() + "." + m.getName() + ": " + message.value());
        }
      }
    }
    assertEquals(List.of(), other);
  }
}
