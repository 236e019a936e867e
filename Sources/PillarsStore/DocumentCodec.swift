import PillarsCore
import PillarsJSON
import PillarsMerge

/// Turns documents into the canonical bytes of their files and back, with problems placed in the file.
public enum DocumentCodec {
  /// The `$schema` value written into documents of this kind: the schema's path relative to the document.
  public static func schemaReference(for kind: DocumentKind) -> String {
    let file = ".pillars/schema/\(kind.rawValue).schema.json"
    // A document in a folder is one level down.
    return kind.folder == nil ? file : "../" + file
  }

  /// The canonical bytes of a document, with its `$schema` key. Throws a ``JSONDiagnostic``
  /// naming the value when it cannot be written (NaN or infinity).
  public static func encode<T: Encodable>(_ value: T, kind: DocumentKind) throws(JSONDiagnostic) -> [UInt8] {
    // A metric's history is the one document that grows with the weeks: written directly.
    if let history = value as? MetricHistory, let bytes = HistoryWriter.bytes(history, schema: schemaReference(for: kind)) {
      return bytes
    }
    let tree = try JSONValueEncoder().encode(value)
    guard case .object(var members) = tree.content else { return try CanonicalJSONWriter.write(tree) }
    members.removeAll { $0.key == "$schema" }
    members.append(JSONMember("$schema", JSONValue(.string(schemaReference(for: kind)))))
    return try CanonicalJSONWriter.write(JSONValue(.object(members)))
  }

  /// Reads a document; never throws: what is wrong comes back as problems placed in the file.
  ///
  /// A document written by a newer Pillars is decoded as far as it goes and reported with
  /// ``Rule/newerSchema``; its other problems are not reported, since they are likely new features.
  public static func decode<T: Decodable>(
    _ type: T.Type, from bytes: [UInt8], document: DocumentRef
  ) -> DecodedDocument<T> {
    let tree: JSONValue
    do {
      tree = try JSONParser.parse(bytes)
    } catch {
      let finding = Finding(.error, .invalidDocument, in: document, error.message)
      return DecodedDocument(value: nil, tree: nil, problems: [LocatedFinding(finding, at: error.location)])
    }
    let decoder = JSONValueDecoder(ignoredRootKeys: ["$schema"])
    if let version = schemaVersion(in: tree), version > SchemaVersion.current {
      let finding = Finding(
        .error, .newerSchema, in: document, at: JSONPath.root / "schemaVersion",
        "written by a newer Pillars (schema \(version)); this build reads schema \(SchemaVersion.current) — it is shown read-only and never rewritten"
      )
      let value = try? decoder.decode(type, from: tree).value
      return DecodedDocument(
        value: value, tree: tree, problems: [LocatedFinding(finding, at: tree["schemaVersion"]?.location)],
        schemaVersion: version)
    }
    if let version = schemaVersion(in: tree), version < 1 {
      // Versions start at 1: a file claiming less was not written by Pillars, so its layout is unknown.
      let finding = Finding(
        .error, .invalidDocument, in: document, at: JSONPath.root / "schemaVersion",
        "schemaVersion must be 1 or more, found \(version); this build reads schema \(SchemaVersion.current)")
      return DecodedDocument(value: nil, tree: tree, problems: [LocatedFinding(finding, at: tree["schemaVersion"]?.location)])
    }
    do {
      let decoded = try decoder.decode(type, from: tree)
      let warnings = decoded.warnings.map { locate($0, severity: .warning, in: document) }
      return DecodedDocument(
        value: decoded.value, tree: tree, problems: warnings, schemaVersion: schemaVersion(in: tree))
    } catch {
      return DecodedDocument(value: nil, tree: tree, problems: [locate(error, severity: .error, in: document)])
    }
  }

  private static func schemaVersion(in tree: JSONValue) -> Int? {
    guard case .number(let text)? = tree["schemaVersion"]?.content else { return nil }
    return Int(text)
  }

  private static func locate(
    _ diagnostic: JSONDiagnostic, severity: Finding.Severity, in document: DocumentRef
  ) -> LocatedFinding {
    let finding = Finding(severity, .invalidDocument, in: document, at: JSONPath(diagnostic.path), diagnostic.message)
    return LocatedFinding(finding, at: diagnostic.location)
  }
}
