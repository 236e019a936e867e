import Foundation
import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import SnapshotTesting
import Testing

/// The monthly checkpoint on the screens: opened with M, it follows up last month's decisions,
/// confirms or changes the primary segment, and records the month's decisions.
@Suite struct CheckpointTests {
  static let november = CalendarMonth(year: 2026, month: 11)!
  static let october = CalendarMonth(year: 2026, month: 10)!
  /// Past the six follow-ups (October's two, the weekly reviews' four): the first segment.
  static let toFirstSegment: [Key] = [.character("M")] + Array(repeating: .character("j"), count: 6)

  private func saved(_ effects: [WorkbenchEffect]) -> Set<DocumentRef> {
    effects.reduce(into: Set<DocumentRef>()) { documents, effect in
      if case .save(_, let refs) = effect { documents.formUnion(refs) }
    }
  }

  @Test func mOpensThisMonthsCheckpointWithLastMonthsOpenDecisionsFirst() throws {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("M")], &state)
    let session = try #require(state.checkpoint)
    #expect(session.month == Self.november)
    // The example's October checkpoint: its done decision is not followed up, the two open ones are;
    // and the weekly reviews' open ones after them, as the checkpoint looks at everything open.
    #expect(session.followUps(in: state.workspace).map(\.decision.id)
      == ["owner-operator-campaigns", "specialist-hiring", "assisted-import-pilot", "auto-close", "bot-transcript", "dispatch-peak-rota"])
    #expect(session.followUps(in: state.workspace).map(\.log)[1...2] == [.checkpoint(Self.october), .review(ISOWeek("2026-W45")!)])
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("MONTHLY CHECKPOINT · November 2026"))
    #expect(screen.contains("FOLLOW UP · 6 open decisions from earlier checkpoints and the weekly reviews"))
    #expect(screen.contains("month 2026-10  STOP     Stop the owner-operator ad campaigns"))
    #expect(screen.contains("week 2026-W46  STOP     ♥ Stop auto-closing email tickets"))
    #expect(screen.contains("SEGMENT FOCUS · primary Growing trade contractors, not yet confirmed"))
    #expect(screen.contains("SCORECARD · four weeks to 2026-W46"))
    #expect(screen.contains("none yet: s stop, t start, c continue"))
    // Esc leaves it, and the pane is back.
    WorkbenchFixture.press([.escape], &state)
    #expect(state.checkpoint == nil)
    #expect(!WorkbenchFixture.screen(state).contains("MONTHLY CHECKPOINT"))
  }

  @Test func pConfirmsThePrimarySegmentOrChangesItInOneUndoableStep() throws {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    // Past the follow-ups: the first segment is the primary one.
    WorkbenchFixture.press(Self.toFirstSegment, &state)
    var effects = WorkbenchFixture.press([.character("p")], &state)
    #expect(saved(effects) == [.checkpoint(Self.november)])
    #expect(state.workspace.checkpoint(Self.november)?.primarySegment == "growing-contractors")
    #expect(state.message?.text.contains("Growing trade contractors confirmed as the primary segment for November 2026") == true)
    #expect(WorkbenchFixture.screen(state).contains("SEGMENT FOCUS · primary Growing trade contractors, confirmed"))
    // The next segment made primary: the segments document changes with the checkpoint.
    effects = WorkbenchFixture.press([.character("j"), .character("p")], &state)
    #expect(saved(effects) == [.checkpoint(Self.november), .segments])
    #expect(state.workspace.segments.primary?.id == "owner-operators")
    #expect(state.workspace.segments.segments.filter(\.primary).count == 1)
    #expect(state.workspace.checkpoint(Self.november)?.primarySegment == "owner-operators")
    #expect(state.message?.text.contains("the primary segment is now Owner-operators (was Growing trade contractors)") == true)
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace.segments.primary?.id == "growing-contractors")
    WorkbenchFixture.press([.character("u")], &state)
    #expect(state.workspace == before)
  }

  @Test func pOffASegmentSaysWhatItIsFor() {
    var state = WorkbenchFixture.state()
    let effects = WorkbenchFixture.press([.character("M"), .character("p")], &state)
    #expect(effects.isEmpty)
    #expect(state.message?.text == "p on a segment confirms it as the primary one, or makes it so")
  }

  @Test func theMonthsDecisionsAreRecordedAndFollowedUpAsTheReviewsAre() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("M"), .character("t")], &state)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the new decision's field did not open")
      return
    }
    #expect(editor.target == .newItem(.decision(.checkpoint(Self.november), .start)))
    WorkbenchFixture.type("Give the Crew plan a named onboarding lead", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(saved(effects) == [.checkpoint(Self.november)])
    let decision = try #require(state.workspace.checkpoint(Self.november)?.decisions.first)
    #expect(decision.kind == .start && decision.text == "Give the Crew plan a named onboarding lead")
    // Its owner through the same field as a review's decision.
    WorkbenchFixture.press([.character("G"), .character("o")], &state)
    WorkbenchFixture.type("Jonas", &state)
    WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.checkpoint(Self.november)?.decisions.first?.owner == "Jonas")
    // Last month's open decision marked done from this month's checkpoint.
    WorkbenchFixture.press([.character("g"), .character("x")], &state)
    #expect(state.workspace.checkpoint(Self.october)?.decisions.first { $0.id == "owner-operator-campaigns" }?.state == .done)
    // And one dropped, with the reason asked for.
    WorkbenchFixture.press([.character("X")], &state)
    guard case .editing(let why) = state.overlay else {
      Issue.record("no question why")
      return
    }
    #expect(why.target == .decision(.checkpoint(Self.october), "specialist-hiring", .note))
    #expect(state.workspace.reviews == WorkbenchFixture.state().workspace.reviews)
  }

  @Test func aPaneCanBeLookedAtAndMComesBackWhereTheCheckpointWasLeft() throws {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character("M"), .character("j"), .character("j"), .character("j"), .character("5")], &state)
    #expect(state.checkpoint == nil)
    #expect(state.pane == .segments)
    #expect(state.message?.text == "the checkpoint of November 2026 waits: M comes back to it")
    WorkbenchFixture.press([.character("M")], &state)
    #expect(state.checkpoint?.row == 3)
  }

  @Test func earlierMonthsAreBrowsedWithBrackets() throws {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("M"), .character("[")], &state)
    #expect(state.checkpoint?.month == Self.october)
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("Attendees  Maya Okafor, Lena Vogel"))
    #expect(screen.contains("SEGMENT FOCUS · primary Growing trade contractors, confirmed"))
    #expect(screen.contains("EXPERIMENTS FINISHED · 1 this month"))
    #expect(screen.contains("Specialists on chat at the dispatch peak  won · decided: adopt"))
    WorkbenchFixture.press([.character("[")], &state)
    #expect(state.message?.text == "no earlier checkpoint")
    WorkbenchFixture.press([.character("]")], &state)
    #expect(state.checkpoint?.month == Self.november)
  }

  @Test func readOnlyShowsTheCheckpointAndWritesNothing() {
    var state = WorkbenchFixture.state(readonly: true)
    let effects = WorkbenchFixture.press(Self.toFirstSegment + [.character("p"), .character("s")], &state)
    #expect(effects.isEmpty)
    #expect(state.workspace.checkpoint(Self.november) == nil)
    #expect(state.overlay == nil)
  }

  @Test func helpListsTheCheckpointsKeysFirstWhileItIsOpen() {
    let help = HelpText.lines(pane: .pillars, inCheckpoint: true)
    #expect(help.first?.text == "In the monthly checkpoint")
    for binding in KeyMap.checkpointBindings {
      #expect(help.contains { $0.text == binding.helpText && $0.keys.contains(KeyMap.name(of: binding.keys[0])) },
        "help is missing \(binding.helpText)")
    }
    #expect(HelpText.lines().contains { $0.keys == "  M" && $0.text == "Open the monthly checkpoint" })
    let keys = KeyMap.checkpointBindings.flatMap(\.keys)
    #expect(Set(keys).count == keys.count, "a key bound twice in the checkpoint")
  }

  @Test func theCommandLineOpensTheCheckpointOfTheMonthAsked() {
    var state = WorkbenchFixture.state()
    _ = Workbench.update(&state, .checkpointRequested(Self.october))
    #expect(state.checkpoint?.month == Self.october)
    #expect(state.message?.text == "continuing the checkpoint of October 2026")
  }

  @Test func screens() {
    for (width, height) in [(80, 24), (120, 40)] {
      for (name, keys) in [("checkpoint", [Key.character("M")]), ("checkpoint-october", [.character("M"), .character("[")])] {
        var state = WorkbenchFixture.state(width: width, height: height)
        WorkbenchFixture.press(keys, &state)
        assertSnapshot(of: WorkbenchFixture.screen(state), as: .lines, named: "\(name)-\(width)x\(height)")
      }
    }
  }
}
