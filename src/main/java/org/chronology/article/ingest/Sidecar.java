package org.chronology.article.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** The optional {@code NAME.meta.json} next to {@code NAME.txt}; every field may be absent. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Sidecar(LocalDate published, String outlet, String url, String title) {
  public static final Sidecar EMPTY = new Sidecar(null, null, null, null);

  /** This sidecar, each absent field taken from {@code other} (e.g. a web page's metadata). */
  public Sidecar or(Sidecar other) {
    return new Sidecar(
        published != null ? published : other.published,
        outlet != null ? outlet : other.outlet,
        url != null ? url : other.url,
        title != null ? title : other.title);
  }
}
