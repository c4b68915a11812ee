package org.chronology.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every text answer names its charset (a 409 or 400 edit page built from a bare {@code Response}
 * had none, leaving the browser to guess the encoding of Arabic text).
 */
public class CharsetFilter {

  @ServerResponseFilter
  public void charset(ContainerResponseContext response) {
    MediaType type = response.getMediaType();
    if (type != null
        && "text".equals(type.getType())
        && !type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
      response
          .getHeaders()
          .putSingle("Content-Type", type.withCharset(StandardCharsets.UTF_8.name()).toString());
    }
  }
}
