import PillarsCore
import ScreenKit

/// The settings overlay, and the screens following a changed setting.
extension Workbench {
  static func settingsKey(_ key: Key, selected: Int, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    let count = SettingsField.allCases.count
    switch key {
    case .character("j"), .down: state.overlay = .settings(selected: clamp(selected + 1, count))
    case .character("k"), .up: state.overlay = .settings(selected: clamp(selected - 1, count))
    case .character("g"), .home: state.overlay = .settings(selected: 0)
    case .character("G"), .end: state.overlay = .settings(selected: count - 1)
    case .enter, .character("e"):
      if let refusal = writeRefusal(state) {
        state.message = .error(refusal)
        return []
      }
      openEditor(.settings(SettingsField.allCases[clamp(selected, count)]), &state)
    default: state.overlay = nil
    }
    return []
  }

  /// Where the field editor goes back to when it closes: a setting returns to the settings list,
  /// a charter field to its channel in the charter.
  static func overlayAfterEditing(_ target: EditTarget) -> Overlay? {
    if case .charter(let channel, let field) = target { return .charter(CharterBrowser(channel: channel, field: field)) }
    guard case .settings(let field) = target else { return nil }
    return .settings(selected: SettingsField.allCases.firstIndex(of: field) ?? 0)
  }

  /// After the settings changed (an edit, an undo, a reload): the theme and the chart dots follow
  /// them, unless `--theme`, `NO_COLOR` or `--charts` fixed them for this session.
  static func followSettings(from before: WorkspaceManifest, _ state: inout WorkbenchState) {
    let after = state.workspace.manifest
    if after.theme != before.theme {
      let name = after.theme ?? ThemeChoice.defaultName
      if state.themeFixed {
        state.message = .info("theme \(name) saved; --theme or NO_COLOR keeps this session's colours")
      } else if BuiltInThemes.files[name] != nil {
        state.theme = ThemeChoice.builtIn(name)
      } else {
        state.message = .info("theme \(name) saved: a theme of your own is read when Pillars next opens")
      }
    }
    if after.charts != before.charts {
      if state.chartsFixed {
        state.message = .info("chart dots saved; --charts keeps this session's")
      } else {
        state.chartGlyphs = after.charts == .blocks ? .blocks : .braille
      }
    }
  }
}
