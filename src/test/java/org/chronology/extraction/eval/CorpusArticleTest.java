package org.chronology.extraction.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.chronology.extraction.ArticleText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusArticleTest {

  @Test
  void testSidecarPublicationDateWins(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "زار الوزير باكو أمس.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.meta.json"), "{\"published\": \"2023-07-13\"}");
    Files.writeString(dir.resolve("b.txt"), "زار الوزير باكو أمس.", StandardCharsets.UTF_8);
    List<ArticleText> a = CorpusArticle.read(dir);
    assertEquals(2, a.size());
    assertEquals(LocalDate.of(2023, 7, 13), a.get(0).publishedOn());
    assertNull(a.get(1).publishedOn());
  }
}
