import Foundation
import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

@Suite struct OverlayTests {
  @Test func helpListsEveryBindingOfTheKeyMap() {
    let help = HelpText.lines()
    for binding in KeyMap.bindings {
      #expect(help.contains { $0.text == binding.helpText && $0.keys.contains(KeyMap.name(of: binding.keys[0])) },
        "help is missing \(binding.helpText)")
    }
  }

  @Test func anUnboundKeyIsNamedAsTheKeyBarNamesKeys() {
    // Esc then a letter typed fast arrives as Alt with the letter: the message names it so.
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.alt("O")], &state)
    #expect(WorkbenchFixture.screen(state).contains("M-O does nothing here; press ? for the keys"))
    WorkbenchFixture.press([.function(5)], &state)
    #expect(WorkbenchFixture.screen(state).contains("F5 does nothing here"))
  }

  @Test func noKeyMeansTwoThingsInOnePlace() {
    for table in [KeyMap.bindings, KeyMap.reviewBindings, KeyMap.conflictBindings] {
      let keys = table.flatMap(\.keys)
      let clashes = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys.map(KeyMap.name(of:))
      #expect(clashes.isEmpty, "bound twice: \(clashes)")
    }
  }

  @Test func helpListsTheReviewsKeysFirstWhileItIsOpen() {
    let help = HelpText.lines(pane: .scorecard, inReview: true)
    #expect(help.first?.text == "In the weekly review")
    for binding in KeyMap.reviewBindings {
      #expect(help.contains { $0.text == binding.helpText && $0.keys.contains(KeyMap.name(of: binding.keys[0])) },
        "help is missing \(binding.helpText)")
    }
    #expect(help.contains { $0.text == "Record a stop decision" && $0.keys == "  s" })
    #expect(!HelpText.lines(pane: .scorecard).contains { $0.text == "In the weekly review" })
  }

  @Test func helpListsTheCurrentPanesKeysFirst() {
    var state = WorkbenchFixture.state(width: 120, height: 60)
    WorkbenchFixture.press([.character("3"), .character("?")], &state)
    let screen = WorkbenchFixture.screen(state).split(separator: "\n")
    let heading = screen.firstIndex { $0.contains("In Journey") }
    let moving = screen.firstIndex { $0.contains("│Moving") || $0.contains(" Moving") }
    #expect(heading != nil && moving != nil && (heading ?? 0) < (moving ?? 0))
    #expect(screen.contains { $0.contains("Rank the journey's friction points") })
    let journeyHelp = HelpText.lines(pane: .journey)
    #expect(journeyHelp.first?.text == "In Journey")
    #expect(journeyHelp.prefix(while: { $0.text != "Moving" }).contains { $0.text == "Edit the selected stage's goal" })
  }

  @Test func theReviewsCommandsRunFromThePaletteToo() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("w"), .character(":")], &state)
    WorkbenchFixture.type("record a start", &state)
    WorkbenchFixture.press([.enter], &state)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the new decision's field did not open: \(String(describing: state.overlay))")
      return
    }
    #expect(editor.target == .newItem(.decision(.review(WorkbenchFixture.today.isoWeek), .start)))
  }

  @Test func helpOpensWithQuestionMarkAndClosesWithAnyKey() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("?")], &state)
    #expect(state.overlay == .help(scroll: 0))
    #expect(WorkbenchFixture.screen(state).contains("Open the selected item"))
    WorkbenchFixture.press([.escape], &state)
    #expect(state.overlay == nil)
  }

  @Test func paletteMatchesFuzzilyAndRunsTheCommand() {
    var state = WorkbenchFixture.state()
    WorkbenchFixture.press([.character(":")], &state)
    WorkbenchFixture.type("scrd", &state)
    guard case .palette(let palette) = state.overlay else {
      Issue.record("the palette is not open")
      return
    }
    #expect(palette.matches(readonly: false).first == .showPane(.scorecard))
    WorkbenchFixture.press([.enter], &state)
    #expect(state.pane == .scorecard)
    #expect(state.overlay == nil)
  }

  @Test func paletteHidesWritingCommandsWhenReadOnly() {
    let palette = PaletteState()
    #expect(palette.matches(readonly: true).contains(.undo) == false)
    #expect(palette.matches(readonly: false).contains(.undo))
  }

  @Test func searchJumpsToATouchpoint() throws {
    var state = WorkbenchFixture.state()
    let target = try #require(state.workspace.journeys.first?.stages.last?.touchpoints.first)
    WorkbenchFixture.press([.character("/")], &state)
    _ = Workbench.update(&state, .textPasted(target.name))
    WorkbenchFixture.press([.enter], &state)
    #expect(state.pane == .journey)
    #expect(state.journeyPane.selection.touchpoint == target.id)
  }

  @Test func findingsOverlayListsTheChecks() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character("!")], &state)
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("▲ scorecard.json · metrics[3]"))
    #expect(screen.contains("while CSAT declined (4.44 → 4.24): tickets are being"))
  }
}

@Suite struct KeyMapTests {
  @Test func everyKeyRunsExactlyOneCommand() {
    var owners: [Key: [Command]] = [:]
    for binding in KeyMap.bindings {
      for key in binding.keys { owners[key, default: []].append(binding.command) }
    }
    let clashes = owners.filter { $0.value.count > 1 }.map { "\(KeyMap.name(of: $0.key)): \($0.value.map(\.title))" }
    #expect(clashes.isEmpty, "\(clashes)")
  }

  @Test func everyCommandIsReachableFromThePalette() {
    for binding in KeyMap.bindings {
      #expect(Command.all.contains(binding.command), "\(binding.command.title) is bound but not in the palette")
    }
  }
}

@Suite struct KeyDocumentationTests {
  /// docs/screens.md lists the keys as the help overlay does; this keeps the two in step.
  @Test func theScreensDocumentListsEveryBinding() throws {
    let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("docs/screens.md")
    let text = try String(contentsOf: docs, encoding: .utf8)
    for binding in KeyMap.bindings {
      let keys = binding.keys.map { "`\(KeyMap.name(of: $0))`" }.joined(separator: " ")
      #expect(text.contains("| \(keys) | \(binding.command.title) |"), "docs/screens.md lacks \(keys) \(binding.command.title)")
    }
  }
}
