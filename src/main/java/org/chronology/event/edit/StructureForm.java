package org.chronology.event.edit;

import java.util.List;

/**
 * The merge and split forms of an event's edit page as the editor sent them, with why the change
 * was not made: a failed merge comes back to the edit page with the number they typed still in its
 * field and the reason beside it, instead of on the history page with the field empty.
 *
 * @param other the merge form's event number, as typed
 * @param reason the merge form's reason, as typed
 * @param mergeError the sentence saying why nothing was merged (in the page's language), or null
 * @param splitMention the mention whose split failed (0: none)
 * @param splitError the sentence saying why nothing was split off, or null
 */
public record StructureForm(
    String other, String reason, String mergeError, long splitMention, String splitError) {

  public static final StructureForm NONE = new StructureForm("", "", null, 0, null);

  static StructureForm mergeFailed(String other, String reason, String error) {
    return new StructureForm(
        other == null ? "" : other, reason == null ? "" : reason, error, 0, null);
  }

  static StructureForm splitFailed(long mention, String error) {
    return new StructureForm("", "", null, mention, error);
  }

  /** Whether the failed split's sentence is among the evidence shown (its error goes beside it). */
  public boolean splitShown(List<EventEditQuery.Sentence> sentences) {
    return sentences.stream().anyMatch(s -> s.mentionId() == splitMention);
  }

  /** The merge box is open when it has something to show. */
  public boolean mergeOpen() {
    return mergeError != null;
  }
}
