import PillarsCore
import PillarsJSON
import PillarsMerge

/// The list of the workspace's unresolved merge conflicts (what a `git pull` or `git merge` left
/// in `.pillars/conflicts/`): the highlighted one, and its value while it is being written by hand.
public struct ConflictList: Equatable, Sendable {
  public var selected = 0
  /// The value being typed for the highlighted conflict; nil while choosing.
  public var value: TextField?
  /// Why the last value typed was refused.
  public var refusal: String?

  public init(selected: Int = 0) { self.selected = selected }

  /// The value a side holds, as the user reads and types it: a text as it is, anything else as JSON.
  public static func text(of value: JSONValue?) -> String {
    guard let value else { return "" }
    if case .string(let text) = value.content { return text }
    let bytes = (try? CanonicalJSONWriter.write(value)) ?? Array(value.summary.utf8)
    var text = String(decoding: bytes, as: UTF8.self)
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  /// A conflict's field holds text when any side holds text: what is typed is then taken as it is.
  public static func holdsText(_ conflict: MergeConflict) -> Bool {
    [conflict.base, conflict.ours, conflict.theirs].contains { value in
      if case .string? = value?.content { true } else { false }
    }
  }

  /// What the user typed, as the value to keep; a reason when it is not one.
  public static func value(from text: String, for conflict: MergeConflict) -> Result<JSONValue, ConflictValueRefusal> {
    if conflict.kind == .moved { return .failure(ConflictValueRefusal("a move is settled by o (ours) or t (theirs), not by a value")) }
    if holdsText(conflict) { return .success(JSONValue(.string(text))) }
    guard let parsed = try? JSONParser.parse(Array(text.utf8)) else {
      return .failure(ConflictValueRefusal("not a value: write a number, yes/no as true/false, or JSON"))
    }
    return .success(parsed.normalized)
  }
}

/// Why a typed value was refused.
public struct ConflictValueRefusal: Error, Equatable, Sendable {
  public var message: String
  init(_ message: String) { self.message = message }
}

extension WorkbenchState {
  /// Every unresolved merge conflict, document by document, as the list shows them.
  public var allMergeConflicts: [MergeConflict] { mergeConflicts.flatMap(\.conflicts) }
}
