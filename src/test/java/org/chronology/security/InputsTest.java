package org.chronology.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.chronology.web.Inputs;
import org.junit.jupiter.api.Test;

class InputsTest {

  @Test
  void onlyHttpAndHttpsUrlsWithAHostAreLinks() {
    assertTrue(Inputs.httpUrl("https://www.aljazeera.net/news/2023/7/13/x"));
    assertTrue(Inputs.httpUrl("HTTP://example.com"));
    for (String bad :
        new String[] {
          "javascript:alert(1)",
          "JavaScript:alert(1)",
          " javascript:alert(1)",
          "java\tscript:alert(1)",
          "data:text/html,<script>alert(1)</script>",
          "vbscript:x",
          "//evil.example/x",
          "https://",
          "http:/x",
          "https://exa mple.com",
          "https://example.com/\u0000",
          "file:///etc/passwd",
          ""
        }) {
      assertFalse(Inputs.httpUrl(bad), bad);
    }
    assertFalse(Inputs.httpUrl(null));
    assertFalse(Inputs.httpUrl("https://e.com/" + "a".repeat(Inputs.MAX_URL)));
  }

  @Test
  void controlCharactersAndImpossibleDates() {
    assertFalse(Inputs.oneLine("a\u0000b"));
    assertFalse(Inputs.oneLine("a\nb"));
    assertTrue(Inputs.oneLine("عنوان المقالة"));
    assertFalse(Inputs.text("نص\u0000"));
    assertTrue(Inputs.text("سطر\nسطر\tآخر"));
    assertFalse(Inputs.storableDate(LocalDate.parse("+999999999-12-31")));
    assertFalse(Inputs.storableDate(LocalDate.parse("-4713-01-01")));
    assertTrue(Inputs.storableDate(LocalDate.parse("2023-07-13")));
  }
}
