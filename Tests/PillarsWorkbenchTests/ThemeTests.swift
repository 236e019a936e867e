import Foundation
@testable import PillarsWorkbench
import ScreenKit
import Testing

@Suite struct ThemeTests {
  static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Themes")

  @Test func theShippedThemesAreTheFilesInThemes() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesFolder.path).filter { $0.hasSuffix(".json") }
    #expect(Set(files.map { String($0.dropLast(5)) }) == Set(BuiltInThemes.files.keys))
    #expect(Set(BuiltInThemes.files.keys).isSuperset(of: ["dark", "light", "high-contrast", "mono"]))
    for file in files {
      let text = try String(contentsOf: Self.themesFolder.appendingPathComponent(file), encoding: .utf8)
      // Run scripts/embed-themes after changing a theme.
      #expect(BuiltInThemes.files[String(file.dropLast(5))] == text.trimmingCharacters(in: .newlines), "\(file) drifted")
    }
  }

  @Test func everyShippedThemeNamesEveryRole() throws {
    for (name, text) in BuiltInThemes.files {
      let theme = try Theme.parse(Data(text.utf8))
      #expect(Set(theme.styles.keys) == Set(Theme.Role.allCases), "\(name) misses roles")
    }
  }

  @Test func monochromeUsesNoColourAtAll() throws {
    let mono = try Theme.parse(Data((BuiltInThemes.files["mono"] ?? "").utf8))
    for theme in [mono, Theme.monochrome] {
      #expect(theme.styles.values.allSatisfy { $0.foreground == nil && $0.background == nil })
    }
    // Selection must still stand out without colour.
    #expect(Theme.monochrome[.selection].reverse == true)
  }

  @Test func choiceOrderIsFlagThenWorkspaceThenDefault() {
    let none: (String) -> Data? = { _ in nil }
    #expect(ThemeChoice.resolve(requested: "light", workspaceSetting: "high-contrast", noColor: false, userFolder: nil, readFile: none).theme.name == "light")
    #expect(ThemeChoice.resolve(requested: nil, workspaceSetting: "high-contrast", noColor: false, userFolder: nil, readFile: none).theme.name == "high-contrast")
    #expect(ThemeChoice.resolve(requested: nil, workspaceSetting: nil, noColor: false, userFolder: nil, readFile: none).theme.name == "dark")
  }

  @Test func noColorMeansMonochromeWhateverWasAsked() {
    let result = ThemeChoice.resolve(requested: "light", workspaceSetting: nil, noColor: true, userFolder: nil, readFile: { _ in nil })
    #expect(result.theme == .monochrome)
  }

  @Test func aBrokenThemeIsReportedAndTheDefaultUsed() {
    let broken = ThemeChoice.resolve(requested: "/tmp/mine.json", workspaceSetting: nil, noColor: false, userFolder: nil,
      readFile: { _ in Data(#"{"name": "mine", "roles": {"text": {"fg": "chartreuse"}}}"#.utf8) })
    #expect(broken.theme.name == "dark")
    #expect(broken.warning == "theme /tmp/mine.json:1:43: unknown colour \"chartreuse\"; using dark")
    let syntax = ThemeChoice.resolve(requested: "/tmp/mine.json", workspaceSetting: nil, noColor: false, userFolder: nil,
      readFile: { _ in Data("{\n  \"name\": \"mine\",\n  \"roles\": {\"text\": {\"fg\": \"red\",}}\n}".utf8) })
    #expect(syntax.warning?.hasPrefix("theme /tmp/mine.json:3:") == true)
    let wrongType = ThemeChoice.resolve(requested: "/tmp/mine.json", workspaceSetting: nil, noColor: false, userFolder: nil,
      readFile: { _ in Data(#"{"name": "mine", "roles": {"text": {"bold": "yes"}}}"#.utf8) })
    #expect(wrongType.warning == "theme /tmp/mine.json:1:45: roles.text.bold: expected true or false, found \"yes\"; using dark")
    let unknown = ThemeChoice.resolve(requested: "solarized", workspaceSetting: nil, noColor: false, userFolder: nil, readFile: { _ in nil })
    #expect(unknown.warning == "theme \"solarized\": no such theme; built in: dark, high-contrast, light, mono; using dark")
  }

  @Test func aUserThemeFolderIsSearchedByName() {
    let result = ThemeChoice.resolve(requested: "ocean", workspaceSetting: nil, noColor: false, userFolder: "/home/a/.config/pillars/themes",
      readFile: { $0 == "/home/a/.config/pillars/themes/ocean.json" ? Data(#"{"name": "ocean", "roles": {"accent": {"fg": "blue"}}}"#.utf8) : nil })
    #expect(result.theme.name == "ocean")
    #expect(result.theme[.accent].foreground == .blue)
    #expect(result.warning == nil)
  }
}
