/// The editing model behind every text field: a string and a cursor that moves by grapheme.
///
/// Single-line fields turn pasted line breaks into spaces; multi-line fields keep them.
/// The keys are those of readline: Ctrl-A/E to the ends, Ctrl-K/U to kill, Ctrl-W a word.
public struct TextField: Equatable, Sendable {
  public private(set) var characters: [Character]
  /// Index in `characters` the cursor stands before (0...count).
  public private(set) var cursor: Int
  public let multiline: Bool
  /// The most characters the field takes; a longer paste is cut and said so.
  public let limit: Int
  /// The whole text is selected, as a number or a date is when its field opens: typing replaces
  /// it, a deleting key clears it, a moving key keeps it and leaves the selection.
  public private(set) var isSelected = false

  public init(_ text: String = "", multiline: Bool = false, limit: Int = 10_000) {
    let cleaned = TextField.clean(text, multiline: multiline)
    self.characters = Array(cleaned.prefix(limit))
    self.cursor = characters.count
    self.multiline = multiline
    self.limit = limit
  }

  public var text: String { String(characters) }

  public mutating func selectAll() {
    isSelected = !characters.isEmpty
    cursor = characters.count
  }

  public enum Edit: Equatable, Sendable {
    case insert(String)
    case backspace, deleteForward
    case left, right, wordLeft, wordRight, home, end, up, down
    case killToEnd, killToStart, killWordBackward
  }

  /// Applies an edit; returns false when the field refused part of it (the limit was reached).
  @discardableResult
  public mutating func apply(_ edit: Edit) -> Bool {
    if isSelected {
      isSelected = false
      switch edit {
      case .insert, .backspace, .deleteForward, .killToEnd, .killToStart, .killWordBackward:
        characters.removeAll()
        cursor = 0
        if case .backspace = edit { return true }
        if case .deleteForward = edit { return true }
      case .left, .home, .wordLeft, .up:
        cursor = 0
        return true
      case .right, .end, .wordRight, .down:
        return true
      }
    }
    switch edit {
    case .insert(let text):
      let cleaned = Array(TextField.clean(text, multiline: multiline))
      let room = max(0, limit - characters.count)
      characters.insert(contentsOf: cleaned.prefix(room), at: cursor)
      cursor += min(room, cleaned.count)
      return cleaned.count <= room
    case .backspace:
      if cursor > 0 {
        characters.remove(at: cursor - 1)
        cursor -= 1
      }
    case .deleteForward:
      if cursor < characters.count { characters.remove(at: cursor) }
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(characters.count, cursor + 1)
    case .wordLeft: cursor = wordStart(before: cursor)
    case .wordRight: cursor = wordEnd(after: cursor)
    case .home: cursor = lineStart(of: cursor)
    case .end: cursor = lineEnd(of: cursor)
    case .up, .down: moveVertically(edit == .up ? -1 : 1)
    case .killToEnd:
      let end = lineEnd(of: cursor)
      characters.removeSubrange(cursor..<(end == cursor && end < characters.count ? end + 1 : end))
    case .killToStart:
      let start = lineStart(of: cursor)
      characters.removeSubrange(start..<cursor)
      cursor = start
    case .killWordBackward:
      let start = wordStart(before: cursor)
      characters.removeSubrange(start..<cursor)
      cursor = start
    }
    return true
  }

  /// The line and column (in characters) of the cursor, for drawing it.
  public var cursorLineAndColumn: (line: Int, column: Int) {
    let before = characters[..<cursor]
    let line = before.filter { $0 == "\n" }.count
    let column = cursor - lineStart(of: cursor)
    return (line, column)
  }

  private func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

  private func wordStart(before index: Int) -> Int {
    var i = index
    while i > 0 && !isWordCharacter(characters[i - 1]) { i -= 1 }
    while i > 0 && isWordCharacter(characters[i - 1]) { i -= 1 }
    return i
  }

  private func wordEnd(after index: Int) -> Int {
    var i = index
    while i < characters.count && !isWordCharacter(characters[i]) { i += 1 }
    while i < characters.count && isWordCharacter(characters[i]) { i += 1 }
    return i
  }

  private func lineStart(of index: Int) -> Int {
    var i = index
    while i > 0 && characters[i - 1] != "\n" { i -= 1 }
    return i
  }

  private func lineEnd(of index: Int) -> Int {
    var i = index
    while i < characters.count && characters[i] != "\n" { i += 1 }
    return i
  }

  private mutating func moveVertically(_ direction: Int) {
    let column = cursor - lineStart(of: cursor)
    if direction < 0 {
      let start = lineStart(of: cursor)
      guard start > 0 else { cursor = 0; return }
      let previousStart = lineStart(of: start - 1)
      cursor = min(previousStart + column, start - 1)
    } else {
      let end = lineEnd(of: cursor)
      guard end < characters.count else { cursor = characters.count; return }
      let nextStart = end + 1
      cursor = min(nextStart + column, lineEnd(of: nextStart))
    }
  }

  /// Line breaks normalised to `\n` (or spaces, in a single-line field) and tabs to spaces.
  static func clean(_ text: String, multiline: Bool) -> String {
    var out = ""
    var previousWasCR = false
    for character in text {
      switch character {
      case "\r\n", "\r", "\n":
        if character == "\n" && previousWasCR { previousWasCR = false; continue }
        out.append(multiline ? "\n" : " ")
        previousWasCR = character == "\r"
        continue
      case "\t": out.append(" ")
      default: out.append(character)
      }
      previousWasCR = false
    }
    return out
  }
}
