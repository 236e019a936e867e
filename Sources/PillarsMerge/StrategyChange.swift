import PillarsCore
import PillarsJSON

/// One change between two versions of a workspace, named in strategy words: "touchpoint
/// 'Kickoff call' added", "'Importing customers' emotion -2 → -1", "12 weekly values recorded".
public struct StrategyChange: Hashable, Sendable {
  public enum What: Hashable, Sendable {
    case added
    case removed
    /// Put in another list (another stage), or elsewhere in its list.
    case moved
    /// A field; nil where a version has no value.
    case changed(field: [String], from: JSONValue?, to: JSONValue?)
    /// Weekly values of one metric, counted.
    case values(recorded: Int, corrected: Int, removed: Int)
  }

  public var document: DocumentRef
  /// What the document is: "Promise", "Journey Growing contractor: today", "Scorecard: CSAT".
  public var title: String
  /// The names of the entities that hold the changed one: a touchpoint's stage.
  public var trail: [String]
  public var entity: EntityReference?
  public var entityName: String?
  public var what: What

  /// The change in words, without its title and trail.
  public var text: String {
    let subject = entity.map { "\(StrategyWords.noun(for: $0.type)) '\(entityName ?? $0.id)'" }
    switch what {
    case .added: return "\(subject ?? "the document") added"
    case .removed: return "\(subject ?? "the document") removed"
    case .moved: return "\(subject ?? "the document") moved"
    case .changed(let field, let from, let to):
      let label = field.map(StrategyWords.label(for:)).joined(separator: " ")
      let owner = entity.map { _ in "'\(entityName ?? entity?.id ?? "")' " } ?? ""
      if let from, let to, case .array(let before) = from.content, case .array(let after) = to.content,
        (before + after).allSatisfy(\.isScalar)
      {
        let added = after.filter { !before.contains($0) }.map { StrategyWords.value($0) }
        let removed = before.filter { !after.contains($0) }.map { StrategyWords.value($0) }
        let parts = added.map { "\($0) added" } + removed.map { "\($0) removed" }
        return "\(owner)\(label): " + (parts.isEmpty ? "reordered" : parts.joined(separator: ", "))
      }
      if let from, let to, let a = from.text, let b = to.text, TextMerge.isLong(a) || TextMerge.isLong(b) || a.contains(" ") {
        return "\(owner)the \(label) changed from \(StrategyWords.value(from)) to \(StrategyWords.value(to))"
      }
      guard let from else { return "\(owner)\(label) set to \(StrategyWords.value(to ?? .null))" }
      guard let to else { return "\(owner)\(label) cleared (was \(StrategyWords.value(from)))" }
      return "\(owner)\(label) \(StrategyWords.value(from)) → \(StrategyWords.value(to))"
    case .values(let recorded, let corrected, let removed):
      // The noun once, with the first count: "12 weekly values recorded, 1 corrected".
      var parts: [String] = []
      for (count, verb) in [(recorded, "recorded"), (corrected, "corrected"), (removed, "removed")] where count > 0 {
        parts.append(parts.isEmpty ? "\(plural(count, "weekly value")) \(verb)" : "\(count) \(verb)")
      }
      return parts.joined(separator: ", ")
    }
  }
}
