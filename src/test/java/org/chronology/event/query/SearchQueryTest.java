package org.chronology.event.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

  @Test
  void everyWordIsARequiredPrefix() {
    assertEquals("باكو:* & تل:*", SearchQuery.tsquery("باكو تل"));
  }

  @Test
  void wordsWithTheArticleAlsoMatchWithoutIt() {
    assertEquals("(الزياره:* | زياره:*)", SearchQuery.tsquery("الزيارة"));
    assertEquals("(والزياره:* | زياره:*)", SearchQuery.tsquery("والزيارة"));
  }

  @Test
  void shortWordsKeepTheirArticle() {
    assertEquals("الهم:*", SearchQuery.tsquery("الهم"));
  }

  @Test
  void textIsNormalisedLikeTheIndexedText() {
    assertEquals(SearchQuery.tsquery("أذربيجان"), SearchQuery.tsquery("اذربيجان"));
  }

  @Test
  void operatorsAndPunctuationAreNeverPassedThrough() {
    assertEquals("a:* & b:*", SearchQuery.tsquery("a & !b:*|"));
    assertNull(SearchQuery.tsquery("«» ... !"));
  }
}
