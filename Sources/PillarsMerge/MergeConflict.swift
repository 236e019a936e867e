import PillarsCore
import PillarsJSON

/// Something both sides changed in ways that do not merge: the document holds our value (or the
/// changed entity, when the other side deleted it) until someone chooses; base, ours and theirs
/// are kept here so no side is lost.
public struct MergeConflict: Hashable, Sendable {
  public enum Kind: String, Sendable, CaseIterable {
    /// The same field set to different values.
    case changed
    /// An entity deleted on one side and changed on the other; the document keeps it.
    case deleted
    /// One entity put in different places by the two sides; the document has it where we put it.
    case moved
    /// A version of the document is not valid JSON (or not a document of its kind): the file
    /// keeps ours, and the three texts are kept whole.
    case unreadable
  }

  public var document: DocumentRef
  public var kind: Kind
  /// The entity the field belongs to; nil for a field of the document itself.
  public var entity: EntityReference?
  /// The entity's name when it has one, for messages.
  public var entityName: String?
  /// The field inside the entity (or the document); empty for the entity itself.
  public var field: [String]
  /// Each side's value; nil where the side has none (deleted, never set). For ``Kind/unreadable``, the file's text.
  public var base: JSONValue?
  public var ours: JSONValue?
  public var theirs: JSONValue?
  /// For ``Kind/moved``: where each side put the entity.
  public var oursPlace: EntityPlace?
  public var theirsPlace: EntityPlace?

  public init(
    _ kind: Kind, in document: DocumentRef, entity: EntityReference? = nil, entityName: String? = nil, field: [String] = [],
    base: JSONValue?, ours: JSONValue?, theirs: JSONValue?, oursPlace: EntityPlace? = nil, theirsPlace: EntityPlace? = nil
  ) {
    self.kind = kind
    self.document = document
    self.entity = entity
    self.entityName = entityName
    self.field = field
    self.base = base
    self.ours = ours
    self.theirs = theirs
    self.oursPlace = oursPlace
    self.theirsPlace = theirsPlace
  }

  /// What is in conflict, in words: `touchpoint 'Kickoff call' emotion`, `the sentence`.
  public var subject: String {
    var words: [String] = []
    if let entity { words.append("\(StrategyWords.noun(for: entity.type)) '\(entityName ?? entity.id)'") }
    if !field.isEmpty { words.append(field.map(StrategyWords.label(for:)).joined(separator: " › ")) }
    return words.isEmpty ? "the document" : words.joined(separator: " ")
  }

  /// One line: what conflicts and what each side did.
  public var summary: String {
    switch kind {
    case .changed:
      return "\(subject): ours \(Self.describe(ours)), theirs \(Self.describe(theirs)) (was \(Self.describe(base)))"
    case .deleted:
      let deleter = ours == nil ? "we deleted it" : "they deleted it"
      let changer = ours == nil ? "they changed it" : "we changed it"
      return "\(subject): \(deleter) and \(changer); it is kept until you choose"
    case .moved:
      return "\(subject): we put it \(oursPlace?.description ?? "somewhere"), they put it \(theirsPlace?.description ?? "elsewhere")"
    case .unreadable:
      return "the versions could not be merged by meaning (one is not a readable document); the file holds ours"
    }
  }

  static func describe(_ value: JSONValue?) -> String {
    guard let value else { return "none" }
    return StrategyWords.value(value)
  }
}

/// Where an entity sits: the list (an owner's field) and the entity after which it comes.
public struct EntityPlace: Hashable, Sendable, CustomStringConvertible {
  public var owner: EntityReference?
  public var ownerName: String?
  public var field: [String]
  /// The entity it comes after; nil when it comes first.
  public var after: EntityReference?
  public var afterName: String?

  public init(owner: EntityReference?, ownerName: String? = nil, field: [String], after: EntityReference?, afterName: String? = nil) {
    self.owner = owner
    self.ownerName = ownerName
    self.field = field
    self.after = after
    self.afterName = afterName
  }

  public var description: String {
    var text = ""
    if let owner { text = "in \(StrategyWords.noun(for: owner.type)) '\(ownerName ?? owner.id)' " }
    if let after { text += "after '\(afterName ?? after.id)'" } else { text += "first" }
    return text
  }
}
