import Foundation
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// Every shipped theme reads: WCAG 4.5 to 1 between text and background for every role, on a
/// plain row and on a selected one, and for each role on a background of its own.
@Suite struct ThemeContrastTests {
  @Test func theRatioIsWCAGs() {
    #expect(abs(Contrast.ratio((0, 0, 0), (255, 255, 255)) - 21) < 0.01)
    #expect(abs(Contrast.ratio((118, 118, 118), (255, 255, 255)) - 4.54) < 0.01)
    #expect(Contrast.ratio((10, 20, 30), (10, 20, 30)) == 1)
  }

  @Test(arguments: ["dark", "light", "high-contrast"]) func everyRoleReadsOnEveryRow(_ name: String) throws {
    let theme = try Theme.parse(Data((BuiltInThemes.files[name] ?? "").utf8))
    var failures: [String] = []
    for role in Theme.Role.allCases {
      for (row, base) in [("plain", theme[.text]), ("selected", theme[.selection]), ("status bar", theme[.statusBar])] {
        let ratio = Contrast.ratio(of: theme.style(role, on: base), on: theme.defaults)
        if ratio < Theme.readableContrast { failures.append("\(role) on a \(row) row: \(ratio)") }
      }
      let own = Contrast.ratio(of: theme[.text].patched(with: theme[role]), on: theme.defaults)
      if own < Theme.readableContrast { failures.append("\(role) alone: \(own)") }
    }
    #expect(failures.isEmpty, "\(name): \(failures.joined(separator: "; "))")
  }

  @Test func aRoleThatWouldNotReadOnTheSelectionTakesItsText() throws {
    let light = try Theme.parse(Data((BuiltInThemes.files["light"] ?? "").utf8))
    let ok = light.style(.ok, on: light[.selection])
    #expect(ok.foreground == light[.selection].foreground)
    #expect(Contrast.ratio(of: ok, on: light.defaults) >= Theme.readableContrast)
  }
}
