package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;

/** Reads a deal noun after a vehicle ("طائرة شحن") as the vehicle's name, not a shipment. */
final class CargoVehicles {

  private CargoVehicles() {}

  /**
   * A deal noun naming what a vehicle carries ("قطار شحن"، "طائرة شحن"، "سفينة شحن") names the
   * vehicle, not a shipment that happened.
   */
  static boolean cargoVehicle(Lexicon lexicon, Document doc, EventDraft d) {
    TriggerHit h = d.head;
    if (d.type != EventType.DEAL || h.trigger().form() != TriggerForm.NOUN || h.first() == 0) {
      return false;
    }
    return carried(lexicon, doc, h) && !cargoNamed(lexicon, doc, d);
  }

  /** The deal noun {@code h} names what a vehicle is for (طائرات شحن، سفن شحن). */
  private static boolean carried(Lexicon lexicon, Document doc, TriggerHit h) {
    if (h.first() == 0) {
      return false;
    }
    String before = doc.tokens().get(h.first() - 1).text();
    return !TitledNames.hasStop(doc, h.first())
        && lexicon.isBareOrJoined(FunctionWord.VEHICLE, before);
  }

  /**
   * Another deal noun of the event names the cargo itself ("طائرات شحن هبطت في القاعدة ... ونقلت
   * شحنات أسلحة"): a delivery is told, the guide's deal, and the event stays.
   */
  private static boolean cargoNamed(Lexicon lexicon, Document doc, EventDraft d) {
    for (TriggerHit t : doc.triggers()) {
      if (t != d.head
          && t.first() >= d.first
          && t.first() < d.end
          && t.trigger().type() == EventType.DEAL
          && t.trigger().form() == TriggerForm.NOUN
          && !carried(lexicon, doc, t)) {
        return true;
      }
    }
    return false;
  }
}
