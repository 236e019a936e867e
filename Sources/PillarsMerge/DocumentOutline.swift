import PillarsCore
import PillarsJSON

/// A document as lines a person reads, one per field and one per entity, for `git diff` and
/// `git log -p` (the textconv): a changed emotion shows as one changed touchpoint line.
public enum DocumentOutline {
  /// The kind a file says it is through its `$schema` (`.pillars/schema/journey.schema.json`).
  public static func kind(of tree: JSONValue, kinds: DocumentRegistry = .standard) -> DocumentKind? {
    guard let schema = tree["$schema"]?.text, let file = schema.split(separator: "/").last, file.hasSuffix(".schema.json") else {
      return nil
    }
    let name = file.dropLast(".schema.json".count)
    return kinds.kinds.first { $0.rawValue == name }
  }

  /// The outline of `tree`, a document of `kind`.
  public static func text(of tree: JSONValue, kind: DocumentKind) -> String {
    let tree = tree.normalized
    let layout = EntityLayout(tree, kind: kind)
    var lines: [String] = []
    outline(tree, owner: nil, field: [], indent: "", layout: layout, into: &lines)
    return lines.joined(separator: "\n") + "\n"
  }

  private static func outline(
    _ value: JSONValue, owner: EntityReference?, field: [String], indent: String, layout: EntityLayout?, into lines: inout [String]
  ) {
    for member in value.members ?? [] where member.key != "$schema" {
      let path = field + [member.key]
      let label = StrategyWords.label(for: member.key)
      let container = EntityLayout.Container(owner: owner, field: path.map { .key($0) })
      if let list = layout?.containers[container], let layout {
        lines.append("\(indent)\(label):")
        for reference in list {
          guard let element = layout.placements[reference]?.value else { continue }
          let name = StrategyDiff.displayName(reference, element) ?? reference.id
          let fields = (element.members ?? []).filter { member in
            layout.containers[EntityLayout.Container(owner: reference, field: [.key(member.key)])] == nil
              && member.key != "name" && member.key != "id"
          }.map { "\(StrategyWords.label(for: $0.key)) \(plain($0.value))" }
          lines.append("\(indent)  \(StrategyWords.noun(for: reference.type)) '\(name)' [\(reference.id)]" + (fields.isEmpty ? "" : ": " + fields.joined(separator: " · ")))
          outline(element, owner: reference, field: [], indent: indent + "    ", layout: layout, into: &lines, onlyLists: true)
        }
      } else if owner == nil || field.isEmpty == false {
        if let elements = member.value.elements, !elements.isEmpty, elements.allSatisfy({ $0.members != nil }) {
          // A list of plain records (earlier promises): one line each, every field in full.
          lines.append("\(indent)\(label):")
          for element in elements {
            lines.append("\(indent)  - " + (element.members ?? []).map { "\(StrategyWords.label(for: $0.key)) \(plain($0.value))" }.joined(separator: " · "))
          }
        } else if member.value.members != nil {
          lines.append("\(indent)\(label):")
          outline(member.value, owner: owner, field: path, indent: indent + "  ", layout: layout, into: &lines)
        } else {
          lines.append("\(indent)\(label): \(plain(member.value))")
        }
      }
    }
  }

  /// Only the entity lists of an entity, whose own fields are on its line.
  private static func outline(
    _ value: JSONValue, owner: EntityReference, field: [String], indent: String, layout: EntityLayout, into lines: inout [String],
    onlyLists: Bool
  ) {
    let lists = (value.members ?? []).filter { layout.containers[EntityLayout.Container(owner: owner, field: [.key($0.key)])] != nil }
    outline(JSONValue(.object(lists)), owner: owner, field: [], indent: indent, layout: layout, into: &lines)
  }

  /// A value in full, on one line: text as written (line breaks shown as ⏎), lists joined.
  private static func plain(_ value: JSONValue) -> String {
    switch value.content {
    case .string(let text): return "'" + text.replacingOccurrences("\n", with: " ⏎ ") + "'"
    case .array(let elements) where elements.allSatisfy(\.isScalar): return "[" + elements.map(plain).joined(separator: ", ") + "]"
    default: return StrategyWords.value(value, limit: 400)
    }
  }
}

extension String {
  fileprivate func replacingOccurrences(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self { if character == target { result += replacement } else { result.append(character) } }
    return result
  }
}
