/// Where a kind's file keeps one type of entity, as a description of the file's layout: the
/// member holding the list (or the object keyed by id), how an element's stable id is read, and
/// the entities inside each element.
///
/// It says the same as ``DocumentKindDefinition/entities(in:)`` without decoding the file: the git
/// merge driver reads three versions of a large journey in a new process, and building each
/// version's model only to find its entities was a third of its time.
public struct EntityShape: Sendable {
  /// How an element's id is written.
  public enum Identity: Sendable {
    /// The text of these members, joined by `/`: `id`, or `journey` and `touchpoint` for a link.
    case members([String])
    /// An ISO week member, written `YYYY-Www` (a lowercase `w` is read as uppercase).
    case week(String)
  }

  public var type: String
  /// The member of the document or of the owning element that holds the entities.
  public var field: String
  public var identity: Identity
  /// The entities are the members of an object, keyed by id, instead of the elements of a list.
  public var isKeyed: Bool
  /// The id starts with the owner's: an action is `pillar/action`.
  public var prefixedByOwner: Bool
  /// Only files of an older layout hold these (a scorecard before schema 2 kept the weekly values).
  public var beforeSchemaVersion: Int?
  public var within: [EntityShape]

  /// A list of entities in `field`, each with its id read as `identity`.
  public static func list(
    _ field: String, of type: String, id identity: Identity = .members(["id"]), prefixedByOwner: Bool = false,
    beforeSchemaVersion: Int? = nil, within: [EntityShape] = []
  ) -> EntityShape {
    EntityShape(
      type: type, field: field, identity: identity, isKeyed: false, prefixedByOwner: prefixedByOwner,
      beforeSchemaVersion: beforeSchemaVersion, within: within)
  }

  /// An object in `field` whose members are entities keyed by their ids.
  public static func keyed(_ field: String, of type: String) -> EntityShape {
    EntityShape(
      type: type, field: field, identity: .members([]), isKeyed: true, prefixedByOwner: false, beforeSchemaVersion: nil,
      within: [])
  }

  /// The id as ``DocumentKindDefinition/entities(in:)`` gives it, from the element's members as
  /// written (`text(name)` is the text of a member, nil when it is not text); nil when the element
  /// would not decode.
  public func id(text: (String) -> String?, owner: String?) -> String? {
    var id: String
    switch identity {
    case .members(let names):
      var parts: [String] = []
      for name in names {
        guard let part = text(name) else { return nil }
        parts.append(part)
      }
      id = parts.joined(separator: "/")
    case .week(let name):
      guard let written = text(name), let week = ISOWeek(written) else { return nil }
      id = week.description
    }
    if prefixedByOwner {
      guard let owner else { return nil }
      id = owner + "/" + id
    }
    return id
  }
}
