package org.chronology.article.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** The optional {@code NAME.meta.json} next to {@code NAME.txt}; every field may be absent. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Sidecar(LocalDate published, String outlet, String url, String title) {
  public static final Sidecar EMPTY = new Sidecar(null, null, null, null);
}
