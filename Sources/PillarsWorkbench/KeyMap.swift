import ScreenKit

/// The keys of the workbench. The help overlay is drawn from this table, so help and keys
/// cannot drift apart.
public enum KeyMap {
  public struct Binding: Equatable, Sendable {
    public var keys: [Key]
    public var command: Command
    public var section: Section
  }

  public enum Section: String, CaseIterable, Sendable {
    case moving = "Moving"
    case panes = "Panes"
    case editing = "Editing"
    case finding = "Finding"
    case workspace = "Workspace"
  }

  public static let bindings: [Binding] = [
    Binding(keys: [.character("k"), .up], command: .moveUp, section: .moving),
    Binding(keys: [.character("j"), .down], command: .moveDown, section: .moving),
    Binding(keys: [.character("h"), .left], command: .moveLeft, section: .moving),
    Binding(keys: [.character("l"), .right], command: .moveRight, section: .moving),
    Binding(keys: [.character("g"), .home], command: .moveToTop, section: .moving),
    Binding(keys: [.character("G"), .end], command: .moveToBottom, section: .moving),
    Binding(keys: [.pageUp, .ctrl("b")], command: .pageUp, section: .moving),
    Binding(keys: [.pageDown, .ctrl("f")], command: .pageDown, section: .moving),
    Binding(keys: [.enter], command: .open, section: .moving),
    Binding(keys: [.escape], command: .back, section: .moving),
    Binding(keys: [.character("1")], command: .showPane(.pillars), section: .panes),
    Binding(keys: [.character("2")], command: .showPane(.promise), section: .panes),
    Binding(keys: [.character("3")], command: .showPane(.journey), section: .panes),
    Binding(keys: [.character("4")], command: .showPane(.scorecard), section: .panes),
    Binding(keys: [.character("5")], command: .showPane(.segments), section: .panes),
    Binding(keys: [.tab], command: .nextPane, section: .panes),
    Binding(keys: [.backTab], command: .previousPane, section: .panes),
    Binding(keys: [.character("]")], command: .nextJourney, section: .panes),
    Binding(keys: [.character("[")], command: .previousJourney, section: .panes),
    Binding(keys: [.character("e")], command: .edit, section: .editing),
    Binding(keys: [.character("E")], command: .editInExternalEditor, section: .editing),
    Binding(keys: [.character("a")], command: .add, section: .editing),
    Binding(keys: [.character("d"), .delete], command: .delete, section: .editing),
    Binding(keys: [.character("u")], command: .undo, section: .editing),
    Binding(keys: [.ctrl("r")], command: .redo, section: .editing),
    Binding(keys: [.character("/")], command: .search, section: .finding),
    Binding(keys: [.character(":")], command: .palette, section: .finding),
    Binding(keys: [.character("?")], command: .help, section: .finding),
    Binding(keys: [.character("!")], command: .showFindings, section: .finding),
    Binding(keys: [.ctrl("s")], command: .save, section: .workspace),
    Binding(keys: [.character("R")], command: .reload, section: .workspace),
    Binding(keys: [.character("q"), .ctrl("c")], command: .quit, section: .workspace),
    Binding(keys: [.character("K")], command: .moveItemUp, section: .editing),
    Binding(keys: [.character("J")], command: .moveItemDown, section: .editing),
    Binding(keys: [.character("n")], command: .editNote, section: .editing),
    Binding(keys: [.character("w")], command: .openReview, section: .panes),
    Binding(keys: [.character("H")], command: .moveItemLeft, section: .editing),
    Binding(keys: [.character("L")], command: .moveItemRight, section: .editing),
    Binding(keys: [.character("x"), .character(" ")], command: .toggleDone, section: .editing),
    Binding(keys: [.character("p")], command: .markPrimary, section: .editing),
    Binding(keys: [.character("o")], command: .toggleSegmentOrder, section: .panes),
    Binding(keys: [.character("t")], command: .takeDraft, section: .editing),
    Binding(keys: [.character("A")], command: .addStage, section: .editing),
    Binding(keys: [.character("N")], command: .newJourney, section: .editing),
    Binding(keys: [.character("r")], command: .renameJourney, section: .editing),
    Binding(keys: [.character("D")], command: .duplicateJourney, section: .editing),
    Binding(keys: [.character("X")], command: .deleteJourney, section: .editing),
    Binding(keys: [.character("v")], command: .promiseHistory, section: .editing),
    Binding(keys: [.character("<")], command: .moveStageLeft, section: .editing),
    Binding(keys: [.character(">")], command: .moveStageRight, section: .editing),
    Binding(keys: [.character("s")], command: .renameStage, section: .editing),
    Binding(keys: [.character("S")], command: .editStageGoal, section: .editing),
    Binding(keys: [.character("m")], command: .pickMetrics, section: .editing),
    Binding(keys: [.character("f")], command: .frictionRanking, section: .finding),
    Binding(keys: [.character("c")], command: .compareJourneys, section: .finding),
  ]

  private static let byKey: [Key: Command] = {
    var table: [Key: Command] = [:]
    for binding in bindings {
      for key in binding.keys where table[key] == nil { table[key] = binding.command }
    }
    return table
  }()

  public static func command(for key: Key) -> Command? { byKey[key] }

  /// The keys of a command as help shows them: `j ↓`.
  public static func keys(for command: Command) -> String? {
    bindings.first { $0.command == command }.map { binding in binding.keys.map { displayName($0) }.joined(separator: " ") }
  }

  public static func name(of key: Key) -> String { displayName(key) }

  private static func displayName(_ key: Key) -> String {
    switch key {
    case .character(" "): "Space"
    case .character(let c): String(c)
    case .enter: "Enter"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "S-Tab"
    case .backspace: "Bksp"
    case .delete: "Del"
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .home: "Home"
    case .end: "End"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .ctrl(let c): "C-\(c)"
    default: "\(key)"
    }
  }
}
