package org.chronology.export;

import java.io.IOException;
import org.chronology.event.query.EventViews.EventView;

/** Writes events one at a time to an output already opened: nothing is held beyond one event. */
public interface EventWriter {

  void begin() throws IOException;

  void write(EventView event) throws IOException;

  /** Closes the document (not the underlying stream). */
  void end() throws IOException;
}
