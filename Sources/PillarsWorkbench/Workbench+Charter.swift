import PillarsCore
import ScreenKit

/// The channel charter: every channel with what the team wrote of it beside what the journeys say,
/// each field edited through the one field editor (KPIs ticked from the scorecard's metrics).
extension Workbench {
  /// Opens the charter on `wanted` (a search hit), or on the channel of the selected touchpoint
  /// when the journey map is shown, or on the first channel.
  static func openCharter(_ state: inout WorkbenchState, on wanted: String? = nil) {
    let rows = CharterOverview(state.workspace).rows
    var channel = rows.first?.name ?? ""
    let asked = wanted ?? (state.pane == .journey ? selectedTouchpoint(state)?.channel : nil)
    if let asked, let row = rows.first(where: { ChannelCharter.key($0.name) == ChannelCharter.key(asked) }) {
      channel = row.name
    }
    var browser = CharterBrowser(channel: channel)
    browser.remember(state.workspace)
    state.overlay = .charter(browser)
  }

  static func charterKey(_ key: Key, _ browser: CharterBrowser, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    var browser = browser
    browser.remember(state.workspace)
    let rows = browser.overview(of: state.workspace).rows
    // A channel gone from under the highlight (a reload) gives it to the first one, closed.
    if let first = rows.first, !rows.contains(where: { ChannelCharter.key($0.name) == ChannelCharter.key(browser.channel) }) {
      let kept = browser.memo
      browser = CharterBrowser(channel: first.name)
      browser.memo = kept
    }
    let command = KeyMap.charterCommand(for: key)
    if let command, command == .undo || command == .redo {
      let effects = run(command, &state)
      state.overlay = .charter(browser)
      return effects
    }
    if command == .delete {
      confirmDeletingEntry(browser, &state)
      return []
    }
    guard let field = browser.field else {
      let index = browser.index(in: rows)
      let move = { (to: Int) in browser.channel = rows.isEmpty ? "" : rows[clamp(to, rows.count)].name }
      switch command {
      case .moveDown?: move(index + 1)
      case .moveUp?: move(index - 1)
      case .moveToTop?: move(0)
      case .moveToBottom?: move(rows.count - 1)
      case .open?, .edit?:
        guard !rows.isEmpty else { break }
        move(index)
        browser.field = .goal
      default:
        // Esc, or any key the charter has no use for, closes it, as the settings do.
        state.overlay = nil
        return []
      }
      state.overlay = .charter(browser)
      return []
    }
    let fields = CharterField.allCases
    let at = fields.firstIndex(of: field) ?? 0
    switch command {
    case .moveDown?: browser.field = fields[clamp(at + 1, fields.count)]
    case .moveUp?: browser.field = fields[clamp(at - 1, fields.count)]
    case .moveToTop?: browser.field = fields.first
    case .moveToBottom?: browser.field = fields.last
    case .back?: browser.field = nil
    case .open?, .edit?:
      state.overlay = .charter(browser)
      return editCharterField(browser, &state)
    case .editInExternalEditor?:
      state.overlay = .charter(browser)
      if let refusal = charterWriteRefusal(state) {
        state.message = .error(refusal)
        return []
      }
      return beginExternalEdit(&state, target: browser.target)
    default:
      break  // An opened channel stays open: a stray key loses nobody's place.
    }
    state.overlay = .charter(browser)
    return []
  }

  /// Opens the highlighted field: the field editor, or for the KPIs the scorecard's metrics to tick.
  private static func editCharterField(_ browser: CharterBrowser, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    guard let field = browser.field, let target = browser.target, !browser.channel.isBlank else { return [] }
    if let refusal = charterWriteRefusal(state) {
      state.message = .error(refusal)
      return []
    }
    if field == .kpis {
      let chosen = state.workspace.charter[channel: browser.channel]?.kpis ?? []
      state.overlay = .metricPicker(MetricPicker(purpose: .charter(browser.channel), chosen: chosen))
      return []
    }
    openEditor(target, &state)
    return []
  }

  /// Asks before an entry goes: what the team wrote of a channel is not lightly thrown away.
  private static func confirmDeletingEntry(_ browser: CharterBrowser, _ state: inout WorkbenchState) {
    state.overlay = .charter(browser)
    if let refusal = charterWriteRefusal(state) {
      state.message = .error(refusal)
      return
    }
    guard let entry = state.workspace.charter[channel: browser.channel] else {
      state.message = .info("\(browser.channel) has no charter entry to delete")
      return
    }
    let unused = CharterOverview(state.workspace).row(named: entry.channel)?.use == .unused
    state.overlay = .confirm(Confirmation(consequence: .delete(.charterEntry(entry.channel)),
      question: "Delete the charter entry of \(entry.channel)\(unused ? ", which no journey uses any more" : "")? (y/n)"))
  }

  /// The charter once an entry went: on the same channel, or where its row was when no journey uses it.
  static func charterAfterDeleting(_ channel: String, from before: Workspace, to after: Workspace) -> Overlay {
    let was = CharterBrowser(channel: channel).index(in: CharterOverview(before).rows)
    let rows = CharterOverview(after).rows
    if rows.isEmpty || CharterOverview(after).row(named: channel) != nil { return .charter(CharterBrowser(channel: channel)) }
    return .charter(CharterBrowser(channel: rows[clamp(was, rows.count)].name))
  }

  private static func charterWriteRefusal(_ state: WorkbenchState) -> String? {
    if let refusal = writeRefusal(state) { return refusal }
    return state.readOnlyDocuments[.charter].map { "\(DocumentRef.charter.path) is read-only: \($0)" }
  }
}
