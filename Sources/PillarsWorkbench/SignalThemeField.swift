import PillarsCore

/// The editable fields of a theme of customer signals, in the order its opened view shows them.
/// The weekly counts are not among them: only an import writes those.
public enum SignalThemeField: String, CaseIterable, Hashable, Sendable {
  case name, description, owner, segments, touchpoints, friction, state, fixedOn, whatChanged

  public var label: String {
    switch self {
    case .name: "name"
    case .description: "description"
    case .owner: "owner"
    case .segments: "segments (one per line)"
    case .touchpoints: "touchpoints (one per line: journey-id/touchpoint-id or a name)"
    case .friction: "friction points (one per line: the friction as the touchpoint has it)"
    case .state: "state"
    case .fixedOn: "fixed at the root on (YYYY-MM-DD)"
    case .whatChanged: "what changed at the root"
    }
  }

  /// The row's title in the opened theme.
  public var title: String {
    switch self {
    case .name: "Name"
    case .description: "Description"
    case .owner: "Owner"
    case .segments: "Segments"
    case .touchpoints: "Touchpoints"
    case .friction: "Friction"
    case .state: "State"
    case .fixedOn: "Fixed on"
    case .whatChanged: "What changed"
    }
  }

  var holdsDate: Bool { self == .fixedOn }

  var kind: EditTarget.Kind {
    switch self {
    case .name, .owner, .fixedOn: .text(multiline: false)
    case .description, .whatChanged, .segments, .touchpoints, .friction: .text(multiline: true)
    case .state: .choice(ThemeState.allCases.map { ($0.title, $0.rawValue) })
    }
  }

  /// The value as the editor holds it.
  func text(of theme: SignalTheme, in workspace: Workspace) -> String {
    switch self {
    case .name: theme.name
    case .description: theme.description
    case .owner: theme.owner
    case .segments: theme.segments.map { workspace.segments[$0]?.name ?? $0.rawValue }.joined(separator: "\n")
    case .touchpoints:
      theme.touchpoints.map { TouchpointLink(journey: $0.journey, touchpoint: $0.touchpoint).description }.joined(separator: "\n")
    case .friction: theme.friction.map(LinkList.line(of:)).joined(separator: "\n")
    case .state: theme.state.rawValue
    case .fixedOn: theme.fixedOn?.description ?? ""
    case .whatChanged: theme.whatChanged
    }
  }

  /// The value as a row shows it, on one line.
  func shownText(of theme: SignalTheme, in workspace: Workspace) -> String {
    let shown: String
    switch self {
    case .segments: shown = text(of: theme, in: workspace).split(separator: "\n").joined(separator: " · ")
    case .touchpoints: shown = theme.touchpoints.map { SignalThemeDetail.place($0, in: workspace) }.joined(separator: " · ")
    case .friction:
      shown = theme.friction.map { "\"\($0.friction)\" (\(SignalThemeDetail.place($0.touchpointPath, in: workspace)))" }
        .joined(separator: " · ")
    case .state: shown = theme.state.title
    case .name, .description, .owner, .fixedOn, .whatChanged:
      shown = text(of: theme, in: workspace).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
    return shown.isEmpty ? "—" : shown
  }

  /// Writes `text` into the theme; returns why not when the text is refused.
  func apply(_ text: String, to theme: inout SignalTheme, in workspace: Workspace, today: CalendarDate) -> EditRefusal? {
    let trimmed = text.trimmingWhitespace
    switch self {
    case .name:
      guard !trimmed.isEmpty else { return "a theme needs a name" }
      theme.name = trimmed
    case .description: theme.description = trimmed
    case .owner: theme.owner = trimmed
    case .whatChanged: theme.whatChanged = trimmed
    case .segments:
      switch LinkList.segments(text, in: workspace) {
      case .failure(let refusal): return refusal
      case .success(let ids): theme.segments = ids
      }
    case .touchpoints:
      switch LinkList.touchpointPaths(text, in: workspace) {
      case .failure(let refusal): return refusal
      case .success(let paths): theme.touchpoints = paths
      }
    case .friction:
      switch LinkList.friction(text, in: workspace) {
      case .failure(let refusal): return refusal
      case .success(let links): theme.friction = links
      }
    case .state:
      guard let state = ThemeState(rawValue: trimmed) else { return "the state is open, fixing or fixed at the root" }
      theme.state = state
      // A fix at the root has its day; a reopened theme has none.
      if state == .fixed, theme.fixedOn == nil { theme.fixedOn = today }
      if state == .open { theme.fixedOn = nil }
    case .fixedOn:
      switch LinkList.date(text) {
      case .failure(let refusal): return refusal
      case .success(nil):
        guard theme.state != .fixed else { return "a theme fixed at the root keeps the day of its fix: set its state to reopen it" }
        theme.fixedOn = nil
      case .success(let date?):
        guard date <= today else { return "\(date) is after today: a fix is dated the day it lands" }
        theme.fixedOn = date
        theme.state = .fixed
      }
    }
    return nil
  }
}
