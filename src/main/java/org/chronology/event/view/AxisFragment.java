package org.chronology.event.view;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import org.chronology.web.Ui;

/**
 * The time axis alone, for js/axis.js: zooming and panning swap the axis in place instead of
 * loading the page again. Asked for the htmx way, with {@code HX-Request} and {@code HX-Target:
 * axis} (the axis section's id); any other request gets the whole page.
 */
@ApplicationScoped
public class AxisFragment {

  /** The id of the axis section, which the request names as its target. */
  public static final String TARGET = "axis";

  private final Template axisFragment;
  private final Ui ui;

  public AxisFragment(Template axisFragment, Ui ui) {
    this.axisFragment = axisFragment;
    this.ui = ui;
  }

  /** Whether the request asks for the axis alone. */
  public static boolean asked(HttpHeaders headers) {
    return headers != null
        && headers.getHeaderString("HX-Request") != null
        && headers.getHeaderString("HX-History-Restore-Request") == null
        && TARGET.equals(headers.getHeaderString("HX-Target"));
  }

  public TemplateInstance of(TimeAxis axis) {
    return ui.localize(axisFragment.data("axis", axis));
  }
}
