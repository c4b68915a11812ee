package org.chronology.web.cache;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public page (or API answer) whose body depends only on its URL, the reader's language and
 * digits, htmx's request headers and the data: for readers who are not signed in it is served from
 * {@link PageCache} while the data version it was rendered under is current (see {@link
 * PageCacheFilter}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CachedPage {}
