package org.chronology.extraction.lang;

/**
 * A title that introduces a person.
 *
 * @param office canonical office, or {@link #COUNTERPART} or {@link #LEADER}
 * @param country country implied by the title itself (رئيس الكيان), or null
 */
public record TitleEntry(String phrase, String office, String country) {
  public static final String COUNTERPART = "@counterpart";

  /** "الزعيمان": the leaders of the two states, whatever their offices. */
  public static final String LEADER = "@leader";

  public boolean counterpart() {
    return COUNTERPART.equals(office);
  }
}
