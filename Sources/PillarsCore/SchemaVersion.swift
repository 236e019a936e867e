/// The version of the document format this build reads and writes.
public enum SchemaVersion {
  public static let current = 1
}
