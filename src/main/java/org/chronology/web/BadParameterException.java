package org.chronology.web;

/** A request parameter with a value we cannot use: answered with 400 naming the parameter. */
public class BadParameterException extends RuntimeException {

  private final String parameter;
  private final String value;

  public BadParameterException(String parameter, String message) {
    this(parameter, message, null);
  }

  /** With the offending value, shown back to the reader on the 400 page. */
  public BadParameterException(String parameter, String message, String value) {
    super(message);
    this.parameter = parameter;
    this.value = value;
  }

  public String value() {
    return value;
  }

  public String parameter() {
    return parameter;
  }
}
