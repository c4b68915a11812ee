package org.chronology.event.edit;

import java.util.function.Function;
import org.chronology.web.EditMsg;

/**
 * Why a merge, split or revert was not made, carried to the history page as a code in its URL
 * ({@code ?error=self-merge}); the page shows the message of a known code only, so a link cannot
 * make the page display text of its author's choosing.
 */
enum HistoryError {
  SELF_MERGE("self-merge", EditMsg::historySelfMerge),
  NO_EVENT("no-event", EditMsg::historyNoEvent),
  NO_REVISION("no-revision", EditMsg::historyNoRevision),
  NO_STATE("no-state", EditMsg::historyNoState),
  UNCHANGED("unchanged", EditMsg::historyUnchanged),
  MERGE_ID("merge-id", EditMsg::historyMergeId),
  SPLIT("split", EditMsg::historySplit),
  FAILED("failed", EditMsg::historyFailed);

  final String code;
  private final Function<EditMsg, String> message;

  HistoryError(String code, Function<EditMsg, String> message) {
    this.code = code;
    this.message = message;
  }

  String message(EditMsg msg) {
    return message.apply(msg);
  }

  /**
   * The error {@link EventStructureService} or {@link EventRevertService} reported by its code;
   * {@link #FAILED} for any other.
   */
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
