package org.chronology.extraction.lang;

/**
 * A title that introduces a person.
 *
 * @param office canonical office, or {@link #COUNTERPART}
 * @param country country implied by the title itself (رئيس الكيان), or null
 */
public record TitleEntry(String phrase, String office, String country) {
  public static final String COUNTERPART = "@counterpart";

  public boolean counterpart() {
    return COUNTERPART.equals(office);
  }
}
