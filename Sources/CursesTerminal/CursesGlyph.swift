import CNcursesw

/// What to hand ncurses for one cell so that ncurses agrees with the screen model on width.
///
/// ncurses measures a cell by the C library's `wcwidth` of its first character and sends
/// every character in it. When that measure differs from the model's (a flag, a keycap, a
/// symbol made wide by VS16, a skin tone or a ZWJ sequence), sending the whole cluster
/// would let the terminal's cursor drift from where ncurses believes it is and garble the
/// screen. So a cell gets only characters ncurses measures as the model does: the base and
/// its combining marks, and, where the base alone is one column narrower, a filler in the
/// second column (the second letter of a flag, otherwise a space).
struct CursesGlyph: Equatable {
  /// Characters for one column each; or a single entry spanning two columns when the model
  /// width is two and ncurses agrees.
  var columns: [[wchar_t]]

  private static let replacement: wchar_t = 0xFFFD
  private static let space: wchar_t = 0x20
  private static let question: wchar_t = 0x3F

  /// The characters for a cell showing `symbol`, `width` columns wide in the model.
  ///
  /// `unicode` is false when the locale cannot encode more than ASCII: then anything else
  /// shows as `?`.
  static func make(symbol: String, width: Int, unicode: Bool, measure: (UInt32) -> Int) -> CursesGlyph {
    let scalars = Array(symbol.unicodeScalars)
    guard let base = scalars.first else { return CursesGlyph(columns: [[space]]) }
    if scalars.count == 1 && base.value >= 0x20 && base.value < 0x7F {
      return CursesGlyph(columns: [[wchar_t(base.value)]])
    }
    guard unicode else {
      return CursesGlyph(columns: width == 2 ? [[question], [space]] : [[question]])
    }
    let baseWidth = measure(base.value)
    let marks = scalars.dropFirst().filter { keepsAsMark($0, measure: measure) }
    let cluster = [wchar_t(base.value)] + marks.prefix(4).map { wchar_t($0.value) }
    if width == 1 {
      return CursesGlyph(columns: [baseWidth == 1 ? cluster : [replacement]])
    }
    if baseWidth == 2 {
      return CursesGlyph(columns: [cluster])
    }
    let indicators = scalars.filter { (0x1F1E6...0x1F1FF).contains($0.value) }
    if indicators.count >= 2 {
      return CursesGlyph(columns: indicators.prefix(2).map { [wchar_t($0.value - 0x1F1E6 + 0x41)] })
    }
    return CursesGlyph(columns: [baseWidth == 1 ? cluster : [replacement], [space]])
  }

  /// Whether a scalar after the base can ride along in the cell: a mark ncurses measures as
  /// zero columns, but not a joiner, an emoji selector or a tag, which would make the
  /// terminal draw something wider than ncurses believes.
  private static func keepsAsMark(_ scalar: Unicode.Scalar, measure: (UInt32) -> Int) -> Bool {
    switch scalar.value {
    case 0x200C, 0x200D, 0xFE0F, 0xE0000...0xE007F: return false
    default: return measure(scalar.value) == 0
    }
  }

  /// The C library's width of a scalar, as ncurses will measure it.
  static func libraryWidth(_ value: UInt32) -> Int {
    Int(cn_wcwidth(value))
  }
}
