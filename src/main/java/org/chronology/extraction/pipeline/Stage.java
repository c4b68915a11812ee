package org.chronology.extraction.pipeline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * One step of the extraction pipeline: plain Java, stateless (thread-safe), declaring the layers it
 * needs and the layers it adds so the pipeline can check its order when it is built.
 *
 * <p>A stage states its name and layers once, in a {@link Contract} on its class; the default
 * methods read it. A stage may still override them (e.g. one whose needs depend on its
 * configuration). A stage that only holds what it reads (lexicon, gazetteer) is a record of them.
 */
public interface Stage {

  /** What a stage class is called and which layers it reads and adds. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface Contract {
    String name();

    Layer[] requires() default {};

    Layer[] adds();
  }

  default String name() {
    return StageContracts.of(getClass()).name();
  }

  default Set<Layer> requires() {
    return StageContracts.of(getClass()).requires();
  }

  default Set<Layer> adds() {
    return StageContracts.of(getClass()).adds();
  }

  void process(Document doc);
}
