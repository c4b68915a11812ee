package org.chronology.event.edit;

import java.util.function.Function;
import org.chronology.web.Msg;

/**
 * Why a merge, split or revert was not made, carried to the history page as a code in its URL
 * ({@code ?error=self-merge}); the page shows the message of a known code only, so a link cannot
 * make the page display text of its author's choosing.
 */
enum HistoryError {
  SELF_MERGE("self-merge", Msg::historySelfMerge),
  NO_EVENT("no-event", Msg::historyNoEvent),
  NO_REVISION("no-revision", Msg::historyNoRevision),
  NO_STATE("no-state", Msg::historyNoState),
  MERGE_ID("merge-id", Msg::historyMergeId),
  SPLIT("split", Msg::historySplit),
  FAILED("failed", Msg::historyFailed);

  final String code;
  private final Function<Msg, String> message;

  HistoryError(String code, Function<Msg, String> message) {
    this.code = code;
    this.message = message;
  }

  String message(Msg msg) {
    return message.apply(msg);
  }

  /** The error {@link EventEditService} reported by its code; {@link #FAILED} for any other. */
  static HistoryError ofServiceMessage(String code) {
    HistoryError e = ofCode(code);
    return e == null ? FAILED : e;
  }

  /** The error of a code from the URL, or null for anything unknown. */
  static HistoryError ofCode(String code) {
    for (HistoryError e : values()) {
      if (e.code.equals(code)) {
        return e;
      }
    }
    return null;
  }
}
