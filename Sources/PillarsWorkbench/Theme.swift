import Foundation
import PillarsJSON
import ScreenKit

/// Named roles the screens draw with; a theme gives each a style. Widgets never name colours.
public struct Theme: Equatable, Sendable {
  public enum Role: String, CaseIterable, Sendable {
    case text, muted, accent, title, border, selection, ok, warning, danger, tabActive, tabInactive,
      statusBar, highlight, wishWord, input
  }

  public var name: String
  public var styles: [Role: Style]
  /// The terminal colours the theme is made for, where a role leaves them to the terminal:
  /// `"background": "dark"` (the default) or `"light"` in the file.
  public var defaults: Contrast.Defaults = .dark

  public init(name: String, styles: [Role: Style], defaults: Contrast.Defaults = .dark) {
    self.name = name
    self.styles = styles
    self.defaults = defaults
  }

  public subscript(role: Role) -> Style { styles[role] ?? Theme.monochrome.styles[role] ?? .plain }

  /// The text reading needs: WCAG's 4.5 to 1.
  public static let readableContrast = 4.5

  /// `role` drawn on `base`, such as a muted word on a selected row: the role's colour where it
  /// reads there, otherwise the base's own text colour with the role's bold and underline, so
  /// dark green never stands on blue.
  public func style(_ role: Role, on base: Style) -> Style {
    let drawn = base.patched(with: self[role])
    guard Contrast.ratio(of: drawn, on: defaults) < Self.readableContrast else { return drawn }
    var kept = drawn
    kept.foreground = base.foreground
    kept.dim = base.dim
    return Contrast.ratio(of: kept, on: defaults) > Contrast.ratio(of: drawn, on: defaults) ? kept : drawn
  }

  /// Reads a theme file: `{"name": "...", "roles": {"text": {"fg": "white", "bold": true}, ...}}`.
  /// Colours are the 16 ANSI names (`red`, `brightBlue`), `default`, or a 256-colour index.
  /// What is wrong is reported at its line and column, as for documents.
  public static func parse(_ data: Data) throws(ThemeError) -> Theme {
    struct File: Decodable {
      var name: String
      var background: String?
      var roles: [String: RoleStyle]
    }
    struct RoleStyle: Decodable {
      var fg: String?
      var bg: String?
      var bold: Bool?
      var dim: Bool?
      var italic: Bool?
      var underline: Bool?
      var reverse: Bool?
    }
    let tree: JSONValue
    let file: File
    do {
      tree = try JSONParser.parse(Array(data))
    } catch {
      throw ThemeError(error.message, at: error.location)
    }
    do {
      file = try JSONValueDecoder().decode(File.self, from: tree).value
    } catch {
      let path = error.path.description
      throw ThemeError(path.isEmpty ? error.message : "\(path): \(error.message)", at: error.location)
    }
    var styles: [Role: Style] = [:]
    for (key, value) in file.roles {
      let entry = tree["roles"]?[key]
      guard let role = Role(rawValue: key) else {
        throw ThemeError(
          "unknown role \"\(key)\"; roles are \(Role.allCases.map(\.rawValue).joined(separator: ", "))", at: entry?.location)
      }
      do throws(ThemeError) {
        styles[role] = Style(
          foreground: try value.fg.map(color), background: try value.bg.map(color), bold: value.bold, dim: value.dim,
          italic: value.italic, underline: value.underline, reverse: value.reverse)
      } catch {
        let place = value.fg.flatMap { (try? color($0)) == nil ? entry?["fg"] : nil } ?? entry?["bg"]
        throw ThemeError(error.message, at: place?.location ?? entry?.location)
      }
    }
    let defaults: Contrast.Defaults
    switch file.background {
    case nil, "dark": defaults = .dark
    case "light": defaults = .light
    case let other?:
      throw ThemeError("background is \"\(other)\"; write \"dark\" or \"light\"", at: tree["background"]?.location)
    }
    return Theme(name: file.name, styles: styles, defaults: defaults)
  }

  static func color(_ name: String) throws(ThemeError) -> Color {
    if let index = Int(name), (0...255).contains(index) { return .indexed(UInt8(index)) }
    let names: [String: Color] = [
      "default": .default, "black": .black, "red": .red, "green": .green, "yellow": .yellow, "blue": .blue,
      "magenta": .magenta, "cyan": .cyan, "white": .white, "brightBlack": .brightBlack, "brightRed": .brightRed,
      "brightGreen": .brightGreen, "brightYellow": .brightYellow, "brightBlue": .brightBlue,
      "brightMagenta": .brightMagenta, "brightCyan": .brightCyan, "brightWhite": .brightWhite,
    ]
    guard let color = names[name] else { throw ThemeError("unknown colour \"\(name)\"") }
    return color
  }

  /// No colour at all: roles differ by bold, dim, underline and reverse only. Used for NO_COLOR.
  public static let monochrome = Theme(name: "mono", styles: [
    .text: .plain, .muted: Style(dim: true), .accent: Style(bold: true), .title: Style(bold: true),
    .border: Style(dim: true), .selection: Style(reverse: true), .ok: .plain, .warning: Style(bold: true),
    .danger: Style(bold: true, underline: true), .tabActive: Style(bold: true, reverse: true),
    .tabInactive: .plain, .statusBar: Style(reverse: true), .highlight: Style(underline: true),
    .wishWord: Style(bold: true, underline: true), .input: Style(underline: true),
  ])
}

/// Why a theme could not be used: what is wrong and, when it is in a file, where.
public struct ThemeError: Error, CustomStringConvertible, Equatable {
  public var message: String
  /// The line and column in the theme file, when the problem is in it.
  public var location: SourceLocation?

  public init(_ message: String, at location: SourceLocation? = nil) {
    self.message = message
    self.location = location
  }

  public var description: String { location.map { "\($0): \(message)" } ?? message }
}
