/// One column of the screen: the glyph shown there and its style.
///
/// A glyph two columns wide lives in its first cell; the cell after it is a continuation,
/// with an empty symbol, that the terminal skips. A cell never holds a control character or
/// anything else `SafeText` would replace: such a glyph becomes the replacement mark `�`.
public struct Cell: Hashable, Sendable {
  /// The grapheme cluster shown, or "" for the second half of a wide glyph.
  public private(set) var symbol: String
  public var style: Style
  /// Columns the glyph takes: 1 or 2, or 0 for a continuation.
  public private(set) var width: Int

  /// A cell showing `character`. Control characters become `�`, zero-width ones a space.
  public init(_ character: Character = " ", style: Style = .plain) {
    if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
      // Printable ASCII is safe and one column wide: the common case, decided in one test.
      self.symbol = String(character)
      self.width = 1
      self.style = style
      return
    }
    let scalars = character.unicodeScalars
    if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex, TerminalWidth.isLoneNarrow(first) {
      // A lone narrow symbol (· → ▲ ─): safe and one column, as printable ASCII is.
      self.symbol = String(character)
      self.width = 1
      self.style = style
      return
    }
    var safe = character
    if character.unicodeScalars.contains(where: { SafeText.isUnsafe($0) || $0 == "\t" || $0 == "\n" }) {
      safe = "\u{FFFD}"
    }
    let width = safe.terminalWidth
    self.symbol = width == 0 ? " " : String(safe)
    self.width = max(1, width)
    self.style = style
  }

  /// A cell for a glyph of text `SafeText` has made safe, measured already (1 or 2 columns).
  init(safe character: Character, width: Int) {
    symbol = String(character)
    self.width = width
    style = .plain
  }

  private init(continuationWith style: Style) {
    symbol = ""
    width = 0
    self.style = style
  }

  /// A plain space.
  public static let blank = Cell()

  /// The second half of a wide glyph.
  static func continuation(style: Style) -> Cell {
    Cell(continuationWith: style)
  }

  /// Whether this cell is the second half of a wide glyph.
  public var isContinuation: Bool { width == 0 }

  /// Whether this cell starts a glyph two columns wide.
  public var isWide: Bool { width == 2 }

  /// This cell turned into a space, keeping its style: what is left of half a wide glyph.
  var blanked: Cell { Cell(" ", style: style) }
}
