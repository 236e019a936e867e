import PillarsCore
import ScreenKit

/// One list of every open action across the pillars: what is overdue first, then by due date
/// or grouped by owner. Enter shows the action in its pillar.
extension Workbench {
  struct ActionRow: Equatable {
    var pillar: PillarKind
    var action: PillarAction
  }

  static func actionRows(_ workspace: Workspace, today: CalendarDate, byOwner: Bool) -> [ActionRow] {
    let rows = PillarKind.allCases.flatMap { kind in
      workspace.pillars[kind].actions.filter { !$0.done }.map { ActionRow(pillar: kind, action: $0) }
    }
    func dueKey(_ row: ActionRow) -> String { row.action.due?.description ?? "9999" }
    func ownerKey(_ row: ActionRow) -> String { row.action.owner.isBlank ? "\u{10FFFF}" : row.action.owner.lowercased() }
    // A stable sort: the pillars' own order breaks ties.
    return rows.enumerated().sorted { a, b in
      let (x, y) = (a.element, b.element)
      let (xLate, yLate) = (x.action.isOverdue(on: today), y.action.isOverdue(on: today))
      if xLate != yLate { return xLate }
      if byOwner, ownerKey(x) != ownerKey(y) { return ownerKey(x) < ownerKey(y) }
      if dueKey(x) != dueKey(y) { return dueKey(x) < dueKey(y) }
      return a.offset < b.offset
    }.map(\.element)
  }

  static func actionsKey(_ key: Key, byOwner: Bool, selected: Int, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    let rows = actionRows(state.workspace, today: state.today, byOwner: byOwner)
    switch key {
    case .character("j"), .down: state.overlay = .actions(byOwner: byOwner, selected: clamp(selected + 1, rows.count))
    case .character("k"), .up: state.overlay = .actions(byOwner: byOwner, selected: clamp(selected - 1, rows.count))
    case .character("o"): state.overlay = .actions(byOwner: !byOwner, selected: 0)
    case .enter:
      state.overlay = nil
      guard rows.indices.contains(selected) else { return [] }
      let row = rows[selected]
      show(PillarsPane.pane, &state)
      var pane = PillarsPane.State()
      pane.selection = row.pillar
      pane.isOpen = true
      let index = state.workspace.pillars[row.pillar].actions.firstIndex { $0.id == row.action.id } ?? 0
      pane.row = PillarField.allCases.count + index * ActionField.allCases.count
      state.pillarsPane = pane
    default: state.overlay = nil
    }
    return []
  }
}
