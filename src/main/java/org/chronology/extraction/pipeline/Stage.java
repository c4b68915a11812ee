package org.chronology.extraction.pipeline;

import java.util.Set;

/**
 * One step of the extraction pipeline: plain Java, stateless (thread-safe), declaring the layers it
 * needs and the layers it adds so the pipeline can check its order when it is built.
 */
public interface Stage {

  String name();

  Set<Layer> requires();

  Set<Layer> adds();

  void process(Document doc);
}
