package org.chronology.text;

import java.util.function.Supplier;

/**
 * A value built on first use and then shared by every caller: the standard tagger, detector and
 * lexicons, which read their resource files once. Thread-safe; built at most once unless building
 * fails (then the next caller tries again).
 */
public final class Shared<T> implements Supplier<T> {

  private final Supplier<T> build;
  private volatile T value;

  public Shared(Supplier<T> build) {
    this.build = build;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = build.get();
          value = v;
        }
      }
    }
    return v;
  }
}
