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

    public init() {}
  }

  public enum Action: Equatable, Sendable {
    case movedSelection(by: Int)
    case pickedTheme(SignalThemeID)
    case cycledWindow
    case markedFixing
    case markedFixed
  }

  public static func initialState(for workspace: Workspace) -> State {
    State()
  }

  public static func action(for command: Command, _ state: State, _ context: PaneContext) -> Action? {
    switch command {
    case .moveUp: .movedSelection(by: -1)
    case .moveDown: .movedSelection(by: 1)
    case .moveToTop: .movedSelection(by: -100_000)
    case .moveToBottom: .movedSelection(by: 100_000)
    case .pageUp: .movedSelection(by: -context.pageRows)
    case .pageDown: .movedSelection(by: context.pageRows)
    case .cycleSignalWindow: .cycledWindow
    case .markThemeFixing: .markedFixing
    case .markThemeFixed: .markedFixed
    // A command that means nothing here; adding a command touches only the panes it is for.
    default:
      nil
    }
  }

  /// The themes as listed: ranked by contacts in the window, then those with none, by id.
  static func listed(_ state: State, _ context: PaneContext) -> [SignalThemeID] {
    listed(pareto(state, context.workspace, today: context.today), context.workspace)
  }

  /// The themes as listed, from a ranking already worked out (a frame works it out once).
  static func listed(_ pareto: SignalsPareto, _ workspace: Workspace) -> [SignalThemeID] {
    let ranked = pareto.rows.map(\.theme)
    let counted = Set(ranked)
    return ranked + workspace.signalThemes.map(\.id).filter { !counted.contains($0) }
  }

  static func pareto(_ state: State, _ workspace: Workspace, today: CalendarDate) -> SignalsPareto {
    SignalsPareto(workspace, weeks: state.weeks, today: today)
  }

  public static func update(_ state: inout State, _ action: Action, _ context: PaneContext) -> [PaneOutcome] {
    let workspace = context.workspace
    switch action {
    case .movedSelection(let delta):
      let themes = listed(state, context)
      guard !themes.isEmpty else { return [] }
      let index = themes.firstIndex { $0 == state.selection } ?? 0
      state.selection = themes[Workbench.clamp(index + delta, themes.count)]
    case .pickedTheme(let id):
      state.selection = id
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
    }
    return []
  }

  public static func keyBar(_ state: State) -> [KeyBarEntry] {
    [KeyBarEntry(.cycleSignalWindow, "weeks"), KeyBarEntry(.markThemeFixing, "fixing"), KeyBarEntry(.markThemeFixed, "fixed")]
  }

  public static func view(_ state: State, _ workbench: WorkbenchState, in area: Rect, into buffer: inout Buffer) {
    SignalsPaneView(state: workbench, pane: state).render(in: area, into: &buffer)
  }

  public static func click(x: Int, y: Int, in area: Rect, _ state: State, _ workbench: WorkbenchState) -> Action? {
    SignalsPaneView(state: workbench, pane: state).theme(atRow: y, in: area).map { .pickedTheme($0) }
  }

  public static func fields(_ state: State, _ context: PaneContext) -> [EditTarget] { [] }

  public static func focusedField(_ state: State, _ context: PaneContext) -> EditTarget? { nil }

  public static func repair(_ state: inout State, _ context: PaneContext) {
    if state.selection.flatMap({ context.workspace.signalTheme($0) }) == nil {
      state.selection = listed(state, context).first
    }
  }

  public static func reveal(_ target: WorkspaceSearch.Target, _ state: inout State, _ context: PaneContext) -> Bool {
    guard case .entity(let document, let id) = target, document.kind == .signalTheme else { return false }
    state.selection = SignalThemeID(id)
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
