import PillarsCore
import ScreenKit

/// The weekly review: the meeting view over the scorecard and its `Review` document.
///
/// Values go into the scorecard; notes, decisions and attendees into `reviews/<week>.json`. Every
/// entry is an ordinary change, so it is saved at once and can be undone.
extension Workbench {
  /// `w`: opens the review of this week, or continues it.
  static func openReview(_ state: inout WorkbenchState) -> [WorkbenchEffect] {
    openReview(week: state.today.isoWeek, &state)
    return []
  }

  /// Opens the review of `week` (as `pillars review --week` asks, through `.reviewRequested`).
  static func openReview(week: ISOWeek, _ state: inout WorkbenchState) {
    state.pane = .scorecard
    state.detailOpen = false
    state.review = ReviewSession(week: week)
    let exists = state.workspace.review(week) != nil
    if state.readonly {
      state.message = .info("review of \(week), read-only: nothing is written")
    } else {
      state.message = .info(exists ? "continuing the review of \(week)" : "review of \(week): entries are saved as you go")
    }
  }

  /// Keys of the review. Returns nil for keys the key map handles (undo, help, save, quit...).
  static func handleReviewKey(_ key: Key, _ state: inout WorkbenchState) -> [WorkbenchEffect]? {
    guard var session = state.review else { return nil }
    let items = session.items(in: state.workspace)
    let selected = session.selected(in: state.workspace)
    state.message = nil
    switch key {
    case .character("j"), .down: session.row = clamp(session.row + 1, items.count)
    case .character("k"), .up: session.row = clamp(session.row - 1, items.count)
    case .character("g"), .home: session.row = 0
    case .character("G"), .end: session.row = clamp(items.count - 1, items.count)
    case .character("l"), .right, .character("h"), .left:
      let step = key == .character("l") || key == .right ? 1 : -1
      let metrics = items.filter { if case .metric = $0 { true } else { false } }
      guard !metrics.isEmpty else { break }
      session.row = (clamp(session.row, items.count) + step + metrics.count) % metrics.count
      if session.focus != nil, case .metric(let m) = items[session.row] { session.focus = m }
    case .enter, .character(" "):
      if session.focus != nil {
        session.focus = nil
      } else if case .metric(let m) = selected {
        session.focus = m
      }
    case .escape:
      if session.focus != nil {
        session.focus = nil
      } else {
        state.review = nil
        state.message = .info("left the review of \(session.week)")
        return []
      }
    case .character("["), .character("]"):
      let weeks = state.workspace.reviews.map(\.week)
      let target = key == .character("[") ? weeks.last { $0 < session.week }
        : weeks.first { $0 > session.week } ?? (session.week < state.today.isoWeek ? state.today.isoWeek : nil)
      guard let target else {
        state.message = .info(key == .character("[") ? "no earlier review" : "this is the latest review")
        break
      }
      session = ReviewSession(week: target)
      state.message = .info(state.workspace.review(target) == nil ? "review of \(target): nothing recorded yet" : "review of \(target)")
    case .character("e"):
      state.review = session
      switch selected {
      case .metric(let m): return beginReviewEdit(.observation(m, session.week, .value), &state)
      case .decision(let d): return beginReviewEdit(.decision(session.week, d, .text), &state)
      case nil: return []
      }
    case .character("n"):
      state.review = session
      guard case .metric(let m) = selected else {
        state.message = .info("n writes the review's note on the selected metric")
        return []
      }
      return beginReviewEdit(.review(session.week, .note(m)), &state)
    case .character("o"):
      state.review = session
      guard case .decision(let d) = selected else {
        state.message = .info("o sets the owner of the selected decision")
        return []
      }
      return beginReviewEdit(.decision(session.week, d, .owner), &state)
    case .character("s"), .character("t"), .character("c"):
      state.review = session
      let kind: DecisionKind = key == .character("s") ? .stop : key == .character("t") ? .start : .continue
      return beginReviewEdit(.newItem(.decision(session.week, kind)), &state)
    case .character("a"):
      state.review = session
      return beginReviewEdit(.review(session.week, .attendees), &state)
    case .character("d"), .delete:
      guard case .decision(let d) = selected, let decision = state.workspace.review(session.week)?.decisions.first(where: { $0.id == d })
      else {
        state.message = .info("d deletes the selected decision; metrics are deleted in the scorecard pane")
        break
      }
      if let refusal = writeRefusal(state) {
        state.message = .error(refusal)
        break
      }
      state.overlay = .confirm(Confirmation(consequence: .delete(.decision(session.week, d)),
        question: "Delete the decision \(decision.kind.title) \"\(decision.text)\"? (y/n)"))
    default:
      guard let command = KeyMap.command(for: key) else {
        state.message = .info("\(KeyMap.name(of: key)) does nothing in the review; press ? for the keys")
        break
      }
      switch command {
      case .undo, .redo, .help, .palette, .save, .quit, .showFindings, .reload, .pageUp, .pageDown: return nil
      default: state.message = .info("Esc leaves the review first")
      }
    }
    state.review = session
    return []
  }

  private static func beginReviewEdit(_ target: EditTarget, _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    if let refusal = writeRefusal(state) {
      state.message = .error(refusal)
      return []
    }
    if let reason = state.readOnlyDocuments[target.document] {
      state.message = .error("\(target.document.path) is read-only: \(reason)")
      return []
    }
    state.overlay = .editing(FieldEditor(target: target, workspace: state.workspace))
    return []
  }
}
