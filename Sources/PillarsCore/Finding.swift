/// Something a check found: where it is, how serious, and what to do, in a strategist's words.
public struct Finding: Hashable, Sendable {
  public enum Severity: String, Sendable, Comparable, CaseIterable {
    case warning
    case error

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .warning && rhs == .error }
  }

  public var severity: Severity
  /// The check that found it, a stable name such as `promise.wish-words`.
  public var rule: Rule
  public var document: DocumentRef
  /// Where in the document; the root when the finding is about the whole document.
  public var path: JSONPath
  public var message: String

  public init(_ severity: Severity, _ rule: Rule, in document: DocumentRef, at path: JSONPath = .root, _ message: String) {
    self.severity = severity
    self.rule = rule
    self.document = document
    self.path = path
    self.message = message
  }

  /// The pillar a finding bears on, for the board of the five pillars.
  public var pillar: PillarKind? { rule.pillar }
}
