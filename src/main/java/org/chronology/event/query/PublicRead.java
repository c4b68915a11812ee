package org.chronology.event.query;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public read that any URL can shape (filters, search): run in a read transaction with a
 * statement timeout, and, for readers who are not signed in, only while a bounded number of such
 * reads run at once (see {@link PublicReadInterceptor}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicRead {}
