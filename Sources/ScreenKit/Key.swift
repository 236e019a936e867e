/// A key the user pressed.
public enum Key: Hashable, Sendable {
  /// A printable character, already composed by the terminal's keyboard layout.
  case character(Character)
  case enter
  case escape
  case tab
  /// Shift-Tab.
  case backTab
  case backspace
  /// The forward-delete key.
  case delete
  case up
  case down
  case left
  case right
  case home
  case end
  case pageUp
  case pageDown
  case insert
  /// F1, F2... with their number.
  case function(Int)
  /// Control with a letter (lowercase) or one of `@ \ ] ^ _`. Ctrl-I, Ctrl-M and Ctrl-H
  /// arrive as `.tab`, `.enter` and `.backspace`: terminals send the same bytes for them.
  case ctrl(Character)
  /// Alt (Meta) with a character, sent by terminals as ESC then the character.
  case alt(Character)

  /// The key one scalar stands for when a terminal in raw mode sends it alone, or nil for
  /// a scalar no key sends (C1 controls).
  public init?(scalar: Unicode.Scalar) {
    switch scalar.value {
    case 0x09: self = .tab
    case 0x0A, 0x0D: self = scalar.value == 0x0D ? .enter : .ctrl("j")
    case 0x08, 0x7F: self = .backspace
    case 0x1B: self = .escape
    case 0x00: self = .ctrl("@")
    case 0x01...0x1A: self = .ctrl(Character(Unicode.Scalar(UInt8(scalar.value + 0x60))))
    case 0x1C...0x1F: self = .ctrl(Character(Unicode.Scalar(UInt8(scalar.value + 0x40))))
    case 0x80...0x9F: return nil
    default: self = .character(Character(scalar))
    }
  }

  /// The keys a run of scalars stands for, where an ESC may prefix the next scalar.
  ///
  /// ESC alone is `.escape`; ESC and a printable character is `.alt`; ESC followed by `[` or
  /// `O` and more is an escape sequence no key is known for, and is dropped rather than
  /// typed as text.
  public static func keys(from scalars: [Unicode.Scalar]) -> [Key] {
    var keys: [Key] = []
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      guard scalar == "\u{1B}", index + 1 < scalars.count else {
        if let key = Key(scalar: scalar) { keys.append(key) }
        index += 1
        continue
      }
      let next = scalars[index + 1]
      if (next == "[" || next == "O") && index + 2 < scalars.count {
        return keys
      }
      if case .character(let character)? = Key(scalar: next) {
        keys.append(.alt(character))
      } else {
        keys.append(.escape)
        if let key = Key(scalar: next) { keys.append(key) }
      }
      index += 2
    }
    return keys
  }
}
