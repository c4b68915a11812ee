package org.chronology.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The query parameters a JSON endpoint reads through {@code UriInfo} (besides its
 * {@code @QueryParam}s): any other one answers 400 ({@link UnknownParameterFilter}). On a resource
 * class, it holds for every method that does not declare its own.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface KnownParameters {
  String[] value();

  /** The chronology's filters ({@code EventFilter}) without paging. */
  String[] FILTERS = {"year", "from", "to", "actor", "type", "q", "status", "review", "article"};
}
