package org.chronology.export;

/** The download formats of a filtered chronology, with their media type and file extension. */
public enum ExportFormat {
  CSV("text/csv; charset=UTF-8", "csv"),
  JSON("application/json", "json"),
  JSONL("application/jsonl; charset=UTF-8", "jsonl"),
  ICS("text/calendar; charset=UTF-8", "ics"),
  TIMELINE("application/json", "timeline.json"),
  GEOJSON("application/geo+json", "geojson");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The file name extension, also the last segment of the export's path. */
  public String extension() {
    return extension;
  }
}
