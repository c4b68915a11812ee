package org.chronology.extraction.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An ordered list of stages, checked when built: every stage's needs are added before it. */
public final class Pipeline {

  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /**
   * Builds a pipeline; throws {@link IllegalStateException} naming the stage and the missing layer
   * when a stage comes before what it needs, or when two stages add the same layer.
   */
  public static Pipeline of(List<Stage> stages) {
    Set<Layer> present = EnumSet.noneOf(Layer.class);
    for (Stage s : stages) {
      for (Layer need : s.requires()) {
        if (!present.contains(need)) {
          throw new IllegalStateException(
              "stage " + s.name() + " needs " + need + ", which no earlier stage adds");
        }
      }
      for (Layer add : s.adds()) {
        if (!present.add(add)) {
          throw new IllegalStateException(
              "stage " + s.name() + " adds " + add + ", already added by an earlier stage");
        }
      }
    }
    return new Pipeline(stages);
  }

  public List<Stage> stages() {
    return stages;
  }

  /**
   * Runs every stage in order. Between stages it stops with a {@link
   * java.util.concurrent.CancellationException} when the thread was interrupted, so a caller can
   * time-box one article's extraction.
   */
  public Document run(Document doc) {
    for (Stage s : stages) {
      if (Thread.currentThread().isInterrupted()) {
        throw new java.util.concurrent.CancellationException(
            "extraction interrupted before " + s.name());
      }
      s.process(doc);
      doc.markAdded(s.adds());
    }
    return doc;
  }
}
