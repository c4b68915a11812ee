package org.chronology.event.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** Code lists for editors' forms, as {@code {cdi:eventChoices.types}} in templates. */
@Named("eventChoices")
@ApplicationScoped
public class EventChoices {

  public List<String> getTypes() {
    return EventEditService.types();
  }

  public List<String> getKinds() {
    return EventEditService.kinds();
  }
}
