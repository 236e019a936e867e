/// A terminal colour: the terminal's own default, one of the 16 ANSI colours, or an index
/// into the 256-colour palette.
public enum Color: Hashable, Sendable {
  case `default`
  case black, red, green, yellow, blue, magenta, cyan, white
  case brightBlack, brightRed, brightGreen, brightYellow
  case brightBlue, brightMagenta, brightCyan, brightWhite
  /// An xterm 256-colour palette index; 0 to 15 are the ANSI colours.
  case indexed(UInt8)

  /// The 16 ANSI colours in palette order.
  public static let ansi: [Color] = [
    .black, .red, .green, .yellow, .blue, .magenta, .cyan, .white,
    .brightBlack, .brightRed, .brightGreen, .brightYellow,
    .brightBlue, .brightMagenta, .brightCyan, .brightWhite,
  ]

  /// The palette index, or nil for the terminal's default colour.
  public var paletteIndex: Int? {
    switch self {
    case .default: return nil
    case .indexed(let index): return Int(index)
    default: return Color.ansi.firstIndex(of: self)
    }
  }

  /// The nearest colour a terminal with `colorCount` colours can show.
  ///
  /// With 256 colours or more every colour is kept; with 16, palette indexes above 15 map to
  /// the nearest ANSI colour; with 8, bright colours also lose their brightness.
  public func reduced(toPaletteOf colorCount: Int) -> Color {
    guard let index = paletteIndex else { return .default }
    if colorCount >= 256 { return self }
    let available = colorCount >= 16 ? 16 : 8
    if index < available { return Color.ansi[index] }
    if index < 16 { return Color.ansi[index - 8] }
    let target = Color.rgb(ofPaletteIndex: index)
    var best = 0
    var bestDistance = Int.max
    for candidate in 0..<available {
      let rgb = Color.rgb(ofPaletteIndex: candidate)
      let distance =
        (rgb.0 - target.0) * (rgb.0 - target.0) + (rgb.1 - target.1) * (rgb.1 - target.1)
        + (rgb.2 - target.2) * (rgb.2 - target.2)
      if distance < bestDistance {
        best = candidate
        bestDistance = distance
      }
    }
    return Color.ansi[best]
  }

  /// The colour's name as used in style dumps: `red`, `brightBlue`, `238`, `default`.
  public var name: String {
    switch self {
    case .default: return "default"
    case .indexed(let index): return String(index)
    case .black: return "black"
    case .red: return "red"
    case .green: return "green"
    case .yellow: return "yellow"
    case .blue: return "blue"
    case .magenta: return "magenta"
    case .cyan: return "cyan"
    case .white: return "white"
    case .brightBlack: return "brightBlack"
    case .brightRed: return "brightRed"
    case .brightGreen: return "brightGreen"
    case .brightYellow: return "brightYellow"
    case .brightBlue: return "brightBlue"
    case .brightMagenta: return "brightMagenta"
    case .brightCyan: return "brightCyan"
    case .brightWhite: return "brightWhite"
    }
  }

  /// The red, green and blue of a palette entry as xterm draws it by default.
  static func rgb(ofPaletteIndex index: Int) -> (Int, Int, Int) {
    let ansi: [(Int, Int, Int)] = [
      (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
      (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
      (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
      (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    switch index {
    case 0..<16:
      return ansi[index]
    case 16..<232:
      let levels = [0, 95, 135, 175, 215, 255]
      let cube = index - 16
      return (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
    default:
      let gray = 8 + 10 * (min(index, 255) - 232)
      return (gray, gray, gray)
    }
  }
}
