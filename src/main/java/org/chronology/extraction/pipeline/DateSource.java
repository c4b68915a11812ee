package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.chronology.time.TemporalExpression;

/** Where date phrases come from: the date tagger (or a fixed list in tests). */
@FunctionalInterface
public interface DateSource {
  List<TemporalExpression> tag(String text, LocalDate publicationDate);
}
