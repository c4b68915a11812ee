package org.chronology.event.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.chronology.event.Codes;
import org.chronology.event.Review;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.Role;

/**
 * Code lists for editors' forms, for the pages and as {@code {cdi:eventChoices.types}} in
 * templates.
 */
@Named("eventChoices")
@ApplicationScoped
public class EventChoices {

  /** The review states an editor may choose. */
  public static final List<String> REVIEWS = Review.CHOSEN.stream().map(Review::code).toList();

  public List<String> getTypes() {
    return types();
  }

  public List<String> getKinds() {
    return kinds();
  }

  public static List<String> types() {
    return Codes.types();
  }

  public static List<String> statuses() {
    return Codes.statuses();
  }

  public static List<String> precisions() {
    return Codes.precisions();
  }

  public static List<String> roles() {
    return Arrays.stream(Role.values()).map(Role::code).toList();
  }

  public static List<String> kinds() {
    return Arrays.stream(ActorKind.values()).map(ActorKind::code).toList();
  }
}
