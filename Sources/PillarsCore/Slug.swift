/// Turns names into ids that are safe in file names, links and URLs.
public enum Slug {
  /// Lowercase ASCII letters and digits joined by single dashes; `item` when nothing is left.
  /// Accented Latin letters keep their base letter, so "Café Owners" gives `cafe-owners`.
  public static func make(from name: String, maxLength: Int = 40) -> String {
    var result = ""
    var pendingDash = false
    for scalar in name.lowercased().unicodeScalars {
      let folded = scalar.isASCII ? String(scalar) : (latinBase[scalar] ?? " ")
      for character in folded {
        if character.isASCII && (character.isLetter || character.isNumber) {
          if pendingDash && !result.isEmpty { result.append("-") }
          pendingDash = false
          result.append(character)
        } else {
          pendingDash = true
        }
      }
      if result.count >= maxLength { break }
    }
    var trimmed = String(result.prefix(maxLength))
    while trimmed.hasSuffix("-") { trimmed.removeLast() }
    return trimmed.isEmpty ? "item" : trimmed
  }

  /// `base`, or `base-2`, `base-3`... whichever is not taken.
  public static func unique(_ base: String, avoiding taken: Set<String>) -> String {
    guard taken.contains(base) else { return base }
    var n = 2
    while taken.contains("\(base)-\(n)") { n += 1 }
    return "\(base)-\(n)"
  }

  /// Lowercase letters, digits and single inner dashes, at most 80 characters.
  public static func isValid(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, let last = id.unicodeScalars.last,
      first != "-", last != "-", id.unicodeScalars.count <= 80
    else { return false }
    var previousDash = false
    for scalar in id.unicodeScalars {
      switch scalar {
      case "a"..."z", "0"..."9": previousDash = false
      case "-":
        if previousDash { return false }
        previousDash = true
      default: return false
      }
    }
    return true
  }

  private static let latinBase: [Unicode.Scalar: String] = {
    let groups: [(String, String)] = [
      ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
      ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"),
      ("òóôõöøōŏő", "o"), ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"),
      ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"),
    ]
    var table: [Unicode.Scalar: String] = [:]
    for (letters, base) in groups {
      for scalar in letters.unicodeScalars { table[scalar] = base }
    }
    return table
  }()
}
