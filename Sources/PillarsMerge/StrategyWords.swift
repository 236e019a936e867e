import PillarsJSON

/// How the merge and the diff name things in a strategist's words rather than JSON's.
public enum StrategyWords {
  /// What an entity of a declared type is called: `touchpoint`, `weekly value`. A type this
  /// table does not know (a new kind's) is named as declared, dashes read as spaces.
  public static func noun(for type: String) -> String {
    switch type {
    case "observation": "weekly value"
    default: type.replacingDashes
    }
  }

  /// A field's key as words: `reviewDay` → `review day`, `$schema` → `schema`.
  public static func label(for key: String) -> String {
    var words = ""
    for character in key where character != "$" {
      if character.isUppercase {
        words += " " + character.lowercased()
      } else {
        words.append(character)
      }
    }
    return words
  }

  /// A value as a strategist reads it: `at risk`, `-1`, `'Kickoff call'`, `yes`.
  public static func value(_ value: JSONValue, limit: Int = 60) -> String {
    switch value.content {
    case .null: return "none"
    case .bool(let flag): return flag ? "yes" : "no"
    case .number(let text): return text
    case .string(let text):
      // Enumerations (`at-risk`, `not-started`) read as words; other text is quoted.
      if !text.isEmpty, text.count <= 24, text.allSatisfy({ $0.isLowercase || $0 == "-" }) { return text.replacingDashes }
      return "'\(shortened(text, to: limit))'"
    case .array(let elements):
      if elements.isEmpty { return "nothing" }
      if elements.allSatisfy(\.isScalar), elements.count <= 4 { return elements.map { Self.value($0, limit: 30) }.joined(separator: ", ") }
      return elements.count == 1 ? "1 item" : "\(elements.count) items"
    case .object(let members):
      let shown = members.filter { $0.value.isScalar }.prefix(3).map { "\(label(for: $0.key)) \(Self.value($0.value, limit: 20))" }
      return shown.isEmpty ? "…" : shown.joined(separator: ", ")
    }
  }

  /// Text cut to `limit` characters with an ellipsis, on one line.
  public static func shortened(_ text: String, to limit: Int) -> String {
    let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    guard oneLine.count > limit else { return oneLine }
    return String(oneLine.prefix(limit - 1)) + "…"
  }
}

extension String {
  var replacingDashes: String { String(map { $0 == "-" ? " " : $0 }) }
}
