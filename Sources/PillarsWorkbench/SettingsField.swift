import PillarsCore

/// The editable fields of the workspace's settings (`workspace.json`), in the order the settings
/// overlay lists them.
public enum SettingsField: String, CaseIterable, Hashable, Sendable {
  case name, owner, reviewDay, theme, charts, extraWishWords

  public var label: String {
    switch self {
    case .name: "workspace name"
    case .owner: "strategy owner"
    case .reviewDay: "weekly review day"
    case .theme: "theme"
    case .charts: "chart dots"
    case .extraWishWords: "extra wish-words (comma-separated)"
    }
  }

  /// The field's row title in the settings overlay.
  public var title: String {
    switch self {
    case .name: "Name"
    case .owner: "Owner"
    case .reviewDay: "Review day"
    case .theme: "Theme"
    case .charts: "Charts"
    case .extraWishWords: "Wish-words"
    }
  }

  /// What the field changes, under its value in the overlay.
  public var explanation: String {
    switch self {
    case .name: "shown in the title bar and on every one-pager"
    case .owner: "who keeps the strategy"
    case .reviewDay: "the day of the weekly scorecard review"
    case .theme: "the screens' colours; --theme and NO_COLOR win over it"
    case .charts: "Braille, or half blocks where the font lacks it; --charts wins"
    case .extraWishWords: "marked in the promise as wishes, beside the built-in ones"
    }
  }

  func kind(in workspace: Workspace) -> EditTarget.Kind {
    switch self {
    case .name, .owner, .extraWishWords: return .text(multiline: false)
    case .reviewDay: return .choice(Weekday.allCases.map { ($0.rawValue.capitalizedFirst, $0.rawValue) })
    case .charts:
      return .choice([("Braille dots (default)", ChartDots.braille.rawValue), ("Half blocks", ChartDots.blocks.rawValue)])
    case .theme:
      var choices = [(label: "\(ThemeChoice.defaultName) (default)", value: "")]
      choices += BuiltInThemes.files.keys.sorted().map { (label: $0, value: $0) }
      // A theme of the user's own, or a file, stays a choice: opening the list must not lose it.
      if let own = workspace.manifest.theme, !own.isEmpty, BuiltInThemes.files[own] == nil {
        choices.append((label: "\(own) (your own)", value: own))
      }
      return .choice(choices)
    }
  }

  func text(of manifest: WorkspaceManifest) -> String {
    switch self {
    case .name: manifest.name
    case .owner: manifest.owner
    case .reviewDay: manifest.reviewDay.rawValue
    case .theme: manifest.theme ?? ""
    case .charts: (manifest.charts ?? .braille).rawValue
    case .extraWishWords: manifest.extraWishWords.joined(separator: ", ")
    }
  }

  /// The value as the settings overlay shows it; an unset value says what holds instead.
  static func shown(_ field: SettingsField, in manifest: WorkspaceManifest) -> (text: String, isSet: Bool) {
    switch field {
    case .name, .owner, .extraWishWords:
      let text = field.text(of: manifest)
      return text.isEmpty ? ("not set", false) : (text, true)
    case .reviewDay: return (manifest.reviewDay.rawValue.capitalizedFirst, true)
    case .theme: return manifest.theme.map { ($0, true) } ?? ("\(ThemeChoice.defaultName) (the default)", false)
    case .charts:
      switch manifest.charts {
      case nil: return ("Braille dots (the default)", false)
      case .braille: return ("Braille dots", true)
      case .blocks: return ("Half blocks", true)
      }
    }
  }

  /// Writes `text` into the settings; returns why not when the text is refused.
  func apply(_ text: String, to manifest: inout WorkspaceManifest) -> EditRefusal? {
    let trimmed = text.trimmingWhitespace
    switch self {
    case .name:
      guard !trimmed.isEmpty else { return "the workspace needs a name" }
      manifest.name = trimmed
    case .owner:
      manifest.owner = trimmed
    case .reviewDay:
      guard let day = Weekday(rawValue: text) else { return "unknown day \"\(text)\"" }
      manifest.reviewDay = day
    case .theme:
      manifest.theme = trimmed.isEmpty ? nil : trimmed
    case .charts:
      guard let dots = ChartDots(rawValue: text) else { return "unknown chart dots \"\(text)\"" }
      // Braille is the default: the setting is written only when it says something.
      manifest.charts = dots == .braille && manifest.charts == nil ? nil : dots
    case .extraWishWords:
      var words: [String] = []
      for word in text.split(separator: ",").map({ String($0).trimmingWhitespace }) where !word.isEmpty {
        if !words.contains(where: { $0.lowercased() == word.lowercased() }) { words.append(word) }
      }
      manifest.extraWishWords = words
    }
    return nil
  }
}
