package org.chronology.web;

/** A page number beyond the last page: a 400 that names the last page there is. */
public class PageOutOfRangeException extends BadParameterException {

  private final long last;

  public PageOutOfRangeException(int page, long last) {
    super("page", "page " + page + " is beyond the last page (" + last + ")", String.valueOf(page));
    this.last = last;
  }

  public long last() {
    return last;
  }
}
