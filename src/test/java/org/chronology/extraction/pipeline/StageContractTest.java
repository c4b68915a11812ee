package org.chronology.extraction.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StageContractTest {

  @Stage.Contract(
      name = "probe",
      requires = {Layer.TOKENS, Layer.SENTENCES},
      adds = Layer.DATES)
  static final class Declared implements Stage {
    @Override
    public void process(Document doc) {}
  }

  static final class Undeclared implements Stage {
    @Override
    public void process(Document doc) {}
  }

  @Test
  void testContractIsReadFromTheClass() {
    Stage s = new Declared();
    assertEquals("probe", s.name());
    assertEquals(EnumSet.of(Layer.TOKENS, Layer.SENTENCES), s.requires());
    assertEquals(Set.of(Layer.DATES), s.adds());
  }

  @Test
  void testContractCannotBeChangedThroughTheReturnedSet() {
    assertThrows(UnsupportedOperationException.class, () -> new Declared().adds().clear());
  }

  @Test
  void testStageWithoutContractFailsNamingItsClass() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> Pipeline.of(java.util.List.of(new Undeclared())));
    assertTrue(e.getMessage().contains("Undeclared"), e.getMessage());
  }
}
