/// The version of the document format this build reads and writes.
///
/// Version 2 keeps each metric's weekly values in `history/<metric-id>.json` instead of inside
/// `scorecard.json`; version 1 files are still read, and a scorecard written in version 1 is
/// moved to the new layout the first time it is saved.
public enum SchemaVersion {
  public static let current = 2
}
