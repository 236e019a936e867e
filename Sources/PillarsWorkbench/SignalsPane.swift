import PillarsCore
import ScreenKit

/// Pane 6: what customers contact us about, the themes ranked by contacts (the Pareto), and
/// whether the fixes at the root worked.
public enum SignalsPane: PaneFeature {
  public static let pane = Pane(id: "signals", title: "Signals")

  public struct State: PaneState {
    public var selection: SignalThemeID?
    /// The weeks the ranking counts, one of ``SignalsPareto/windows``.
    public var weeks = 13
    /// Whose contacts the ranking counts: all, one segment's or one channel's.
    public var filter: SignalFilter = .all
    public var mode: Mode = .ranking
    /// The highlighted row of the opened theme, or of the list the mode shows.
    public var row = 0
    /// The ranking as last worked out, kept between keystrokes.
    var ranked: Kept<RankingMemo> = Kept()

    public init() {}
  }

  /// A ranking and what it was worked out from, so a keystroke that only moves the selection does
  /// not rank 200 themes over five years again.
  struct RankingMemo: Sendable {
    var themes: [SignalTheme]
    var weeks: Int
    var filter: SignalFilter
    var today: CalendarDate
    var pareto: SignalsPareto
    /// The themes as listed: ranked, then those with no contacts in the window.
    var listed: [SignalThemeID]

    /// Whether the memo is the ranking `state` asks for; the themes compare by identity first.
    func holds(_ state: State, _ themes: [SignalTheme], today: CalendarDate) -> Bool {
      weeks == state.weeks && filter == state.filter && self.today == today && self.themes == themes
    }
  }

  /// The ranking and the themes as listed, from the memo when it still holds.
  static func ranking(_ state: State, _ workspace: Workspace, today: CalendarDate) -> (pareto: SignalsPareto, listed: [SignalThemeID]) {
    let themes = workspace.signalThemes
    if let memo = state.ranked.value, memo.holds(state, themes, today: today) { return (memo.pareto, memo.listed) }
    let pareto = SignalsPareto(themes: themes, weeks: state.weeks, through: SignalsPareto.latestWeek(of: themes, today: today), filter: state.filter)
    return (pareto, listed(pareto, workspace))
  }

  /// Keeps the ranking `state` asks for in its memo.
  static func remember(_ state: inout State, _ context: PaneContext) {
    let (pareto, listed) = ranking(state, context.workspace, today: context.today)
    // The themes are kept as the workspace holds them now, so the next look compares by identity.
    state.ranked.value = RankingMemo(
      themes: context.workspace.signalThemes, weeks: state.weeks, filter: state.filter, today: context.today, pareto: pareto,
      listed: listed)
  }

  /// What the pane shows: the ranking, one theme opened, or a list to pick from.
  public enum Mode: Equatable, Sendable {
    case ranking
    /// The selected theme, a field a row.
    case theme
    /// Whose contacts to count, the choices worked out once when the list opened.
    case filters([SignalFilter])
    /// The tags of the last import that map to no theme.
    case tags
    /// The themes a tag can be mapped to.
    case mapping(tag: String)
  }

  /// A theme a tag can be mapped to, or a new one named after the tag.
  enum MappingChoice: Equatable {
    case newTheme(String)
    case theme(SignalThemeID)
  }

  public enum Action: Equatable, Sendable {
    case movedSelection(by: Int)
    case pickedTheme(SignalThemeID)
    case cycledWindow
    case markedFixing
    case markedFixed
    /// Enter: open the theme, edit its row, or take the highlighted choice.
    case opened
    /// Esc: back to the ranking (from a tag's themes, back to the tags).
    case closed
    case askedForFilters
    case askedForTags
  }

  public static func initialState(for workspace: Workspace) -> State {
    State()
  }

  public static func action(for command: Command, _ state: State, _ context: PaneContext) -> Action? {
    if let delta = context.rows(for: command) { return .movedSelection(by: delta) }
    return switch command {
    case .cycleSignalWindow: .cycledWindow
    case .markThemeFixing: .markedFixing
    case .markThemeFixed: .markedFixed
    case .open: .opened
    case .back: state.mode == .ranking ? nil : .closed
    case .filterSignals: .askedForFilters
    case .unmappedTags: .askedForTags
    // A command that means nothing here; adding a command touches only the panes it is for.
    default:
      nil
    }
  }

  /// The themes as listed: ranked by contacts in the window, then those with none, by id.
  static func listed(_ state: State, _ context: PaneContext) -> [SignalThemeID] {
    ranking(state, context.workspace, today: context.today).listed
  }

  /// The themes as listed, from a ranking already worked out (a frame works it out once).
  static func listed(_ pareto: SignalsPareto, _ workspace: Workspace) -> [SignalThemeID] {
    let ranked = pareto.rows.map(\.theme)
    let counted = Set(ranked)
    return ranked + workspace.signalThemes.map(\.id).filter { !counted.contains($0) }
  }

  static func pareto(_ state: State, _ workspace: Workspace, today: CalendarDate) -> SignalsPareto {
    ranking(state, workspace, today: today).pareto
  }

  /// The themes a tag can be mapped to: a new one named after the tag (unless a theme has that
  /// name already), then the themes by name.
  static func mappingChoices(for tag: String, in workspace: Workspace) -> [MappingChoice] {
    let name = SignalTagMap.themeName(forTag: tag)
    let taken = workspace.signalThemes.contains { $0.name.lowercased() == name.lowercased() }
    let themes = workspace.signalThemes.sorted { $0.name.lowercased() < $1.name.lowercased() }.map { MappingChoice.theme($0.id) }
    return (taken || name.isEmpty ? [] : [.newTheme(name)]) + themes
  }

  /// How many rows the mode's list has.
  static func rowCount(_ state: State, _ workspace: Workspace) -> Int {
    switch state.mode {
    case .ranking: 0
    case .theme: SignalThemeField.allCases.count
    case .filters(let choices): choices.count
    case .tags: workspace.signalTags.unmapped.count
    case .mapping(let tag): mappingChoices(for: tag, in: workspace).count
    }
  }

  public static func update(_ state: inout State, _ action: Action, _ context: PaneContext) -> [PaneOutcome] {
    let workspace = context.workspace
    // Kept for the frame this action draws, and for the next keystroke.
    defer { remember(&state, context) }
    // Until a theme is picked the first one listed is the selected one, as the view shows it.
    if state.selection == nil, state.mode == .ranking || state.mode == .theme,
      action == .opened || action == .markedFixing || action == .markedFixed
    {
      state.selection = listed(state, context).first
    }
    switch action {
    case .movedSelection(let delta) where state.mode != .ranking:
      state.row = Workbench.clamp(state.row + delta, rowCount(state, workspace))
    case .movedSelection(let delta):
      let themes = listed(state, context)
      guard !themes.isEmpty else { return [] }
      let index = themes.firstIndex { $0 == state.selection } ?? 0
      state.selection = themes[Workbench.clamp(index + delta, themes.count)]
    case .pickedTheme(let id):
      state.selection = id
      // Shown where it can be seen: opened if a theme was open, else in the ranking.
      if state.mode != .theme {
        state.mode = .ranking
        state.row = 0
      }
    case .cycledWindow:
      let windows = SignalsPareto.windows
      state.weeks = windows[((windows.firstIndex(of: state.weeks) ?? 0) + 1) % windows.count]
      return [.say("themes ranked over the last \(state.weeks) weeks")]
    case .markedFixing, .markedFixed:
      guard let id = state.selection, let theme = workspace.signalTheme(id) else { return [.say("pick a theme first")] }
      var changed = workspace
      guard let index = changed.signalThemes.firstIndex(where: { $0.id == id }) else { return [] }
      let name = SafeText.line(theme.name)
      if action == .markedFixed {
        guard theme.state != .fixed else { return [.say("\(name) is already fixed at the root, on \(theme.fixedOn?.description ?? "no date")")] }
        changed.signalThemes[index].state = .fixed
        changed.signalThemes[index].fixedOn = context.today
        return [.change(changed, label: "mark \(name) fixed at the root",
          message: "\(name) is fixed at the root as of \(context.today): its share of contacts will be compared before and after — u to undo")]
      }
      let next: ThemeState = theme.state == .fixing ? .open : .fixing
      changed.signalThemes[index].state = next
      if next == .open { changed.signalThemes[index].fixedOn = nil }
      return [.change(changed, label: "mark \(name) \(next.title)", message: "\(name) is \(next.title) — u to undo")]
    case .opened:
      return opened(&state, context)
    case .closed:
      if case .mapping(let tag) = state.mode {
        state.mode = .tags
        state.row = workspace.signalTags.unmappedByCount.firstIndex { $0.tag == tag } ?? 0
      } else {
        state.mode = .ranking
        state.row = 0
      }
    case .askedForFilters:
      let choices = SignalFilter.choices(in: workspace)
      state.mode = .filters(choices)
      state.row = choices.firstIndex(of: state.filter) ?? 0
    case .askedForTags:
      state.mode = .tags
      state.row = 0
      if workspace.signalTags.unmapped.isEmpty { return [.say("every tag of the last import maps to a theme")] }
    }
    return []
  }

  /// Enter, by what the pane shows.
  private static func opened(_ state: inout State, _ context: PaneContext) -> [PaneOutcome] {
    let workspace = context.workspace
    switch state.mode {
    case .ranking:
      guard state.selection.flatMap({ workspace.signalTheme($0) }) != nil else { return [.say("nothing to open")] }
      state.mode = .theme
      state.row = 0
    case .theme:
      return [.editFocusedField]
    case .filters(let choices):
      guard choices.indices.contains(state.row) else { return [] }
      state.filter = choices[state.row]
      state.mode = .ranking
      state.row = 0
      return [.say("counting \(state.filter.title(in: workspace)) — V for another")]
    case .tags:
      let tags = workspace.signalTags.unmappedByCount
      guard tags.indices.contains(state.row) else { return [.say("no tag to map")] }
      state.mode = .mapping(tag: tags[state.row].tag)
      state.row = 0
    case .mapping(let tag):
      let choices = mappingChoices(for: tag, in: workspace)
      guard choices.indices.contains(state.row) else { return [] }
      let theme: String
      switch choices[state.row] {
      case .newTheme(let name): theme = name
      case .theme(let id): theme = id.rawValue
      }
      var changed = workspace
      switch changed.mapSignalTag(tag, toTheme: theme) {
      case .failure(let refusal):
        return [.say(refusal.message)]
      case .success(let mapping):
        state.selection = mapping.theme
        state.mode = .tags
        // The row stays put: the next tag takes the mapped one's place.
        let tagRow = workspace.signalTags.unmappedByCount.firstIndex { $0.tag == mapping.tag } ?? 0
        state.row = Workbench.clamp(tagRow, changed.signalTags.unmapped.count)
        return [.change(changed, label: "map the tag \(SafeText.line(mapping.tag))",
          message: SafeText.line(mapping.sentence(in: changed)) + " — u to undo")]
      }
    }
    return []
  }

  public static func keyBar(_ state: State) -> [KeyBarEntry] {
    switch state.mode {
    case .ranking:
      [KeyBarEntry(.open, "open"), KeyBarEntry(.cycleSignalWindow, "weeks"), KeyBarEntry(.filterSignals, "filter"),
        KeyBarEntry(.markThemeFixing, "fixing"), KeyBarEntry(.markThemeFixed, "fixed"), KeyBarEntry(.unmappedTags, "tags")]
    case .theme:
      [KeyBarEntry(.edit, "edit"), KeyBarEntry(.markThemeFixing, "fixing"), KeyBarEntry(.markThemeFixed, "fixed"), KeyBarEntry(.back, "list")]
    case .filters: [KeyBarEntry(.open, "count these"), KeyBarEntry(.back, "keep")]
    case .tags: [KeyBarEntry(.open, "map to a theme"), KeyBarEntry(.back, "ranking")]
    case .mapping: [KeyBarEntry(.open, "map"), KeyBarEntry(.back, "tags")]
    }
  }

  public static func view(_ state: State, _ workbench: WorkbenchState, in area: Rect, into buffer: inout Buffer) {
    SignalsPaneView(state: workbench, pane: state).render(in: area, into: &buffer)
  }

  public static func click(x: Int, y: Int, in area: Rect, _ state: State, _ workbench: WorkbenchState) -> Action? {
    SignalsPaneView(state: workbench, pane: state).theme(atRow: y, in: area).map { .pickedTheme($0) }
  }

  public static func fields(_ state: State, _ context: PaneContext) -> [EditTarget] {
    guard let t = state.selection, context.workspace.signalTheme(t) != nil else { return [] }
    return SignalThemeField.allCases.map { .signalTheme(t, $0) }
  }

  /// The name of the selected theme in the ranking; the highlighted row of the opened theme;
  /// nothing while a list is shown.
  public static func focusedField(_ state: State, _ context: PaneContext) -> EditTarget? {
    let fields = fields(state, context)
    guard !fields.isEmpty else { return nil }
    switch state.mode {
    case .ranking: return fields[0]
    case .theme: return fields[Workbench.clamp(state.row, fields.count)]
    case .filters, .tags, .mapping: return nil
    }
  }

  public static func repair(_ state: inout State, _ context: PaneContext) {
    // Only a pane that has been looked at keeps its work up to date: an edit elsewhere does not
    // pay for a screen nobody opened.
    if state.ranked.value != nil { remember(&state, context) }
    if state.selection.flatMap({ context.workspace.signalTheme($0) }) == nil {
      state.selection = listed(state, context).first
      if state.mode == .theme && state.selection == nil { state.mode = .ranking }
    }
    state.row = Workbench.clamp(state.row, rowCount(state, context.workspace))
  }

  public static func reveal(_ target: WorkspaceSearch.Target, _ state: inout State, _ context: PaneContext) -> Bool {
    guard case .entity(let document, let id) = target, document.kind == .signalTheme else { return false }
    state.selection = SignalThemeID(id)
    state.mode = .ranking
    state.row = 0
    return true
  }
}

extension WorkbenchState {
  public var signalsPane: SignalsPane.State {
    get { panes[SignalsPane.self] }
    set { panes[SignalsPane.self] = newValue }
  }
}

extension Pane {
  public static var signals: Pane { SignalsPane.pane }
}
