package org.chronology.extraction.pipeline;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Reads a stage class's {@link Stage.Contract} once per class. */
final class StageContracts {

  record Declared(String name, Set<Layer> requires, Set<Layer> adds) {}

  private static final ClassValue<Declared> DECLARED =
      new ClassValue<>() {
        @Override
        protected Declared computeValue(Class<?> type) {
          Stage.Contract c = type.getAnnotation(Stage.Contract.class);
          if (c == null) {
            throw new IllegalStateException(
                "stage " + type.getName() + " declares no @Stage.Contract");
          }
          return new Declared(c.name(), layers(c.requires()), layers(c.adds()));
        }
      };

  private StageContracts() {}

  static Declared of(Class<?> stageClass) {
    return DECLARED.get(stageClass);
  }

  private static Set<Layer> layers(Layer[] declared) {
    Set<Layer> set = EnumSet.noneOf(Layer.class);
    set.addAll(Arrays.asList(declared));
    return Collections.unmodifiableSet(set);
  }
}
