import PillarsCore
@testable import PillarsWorkbench
import ScreenKit
import Testing

/// The workspace's settings, edited in the screens as every other field is.
@Suite struct SettingsTests {
  private func openSettings(at field: SettingsField, _ state: inout WorkbenchState) {
    WorkbenchFixture.press([.character(",")], &state)
    let steps = SettingsField.allCases.firstIndex(of: field) ?? 0
    WorkbenchFixture.press(Array(repeating: .character("j"), count: steps), &state)
  }

  @Test func commaListsEverySettingWithItsValue() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    WorkbenchFixture.press([.character(",")], &state)
    let screen = WorkbenchFixture.screen(state)
    #expect(screen.contains("Workspace settings"))
    for field in SettingsField.allCases { #expect(screen.contains(field.title), "missing \(field.title)") }
    #expect(screen.contains("Brassline"))
    #expect(screen.contains("Tuesday"))
    #expect(screen.contains("all-in-one, turnkey"))
    #expect(screen.contains("dark (the default)"))
  }

  @Test func anOwnerTypedIsSavedToTheManifestAndTheListComesBack() {
    var state = WorkbenchFixture.state()
    openSettings(at: .owner, &state)
    WorkbenchFixture.press([.enter, .ctrl("u")], &state)
    WorkbenchFixture.type("Ines Duarte", &state)
    let effects = WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.manifest.owner == "Ines Duarte")
    #expect(effects.contains { if case .save(_, let documents) = $0 { documents == [.manifest] } else { false } })
    #expect(state.overlay == .settings(selected: 1))
    WorkbenchFixture.press([.escape, .character("u")], &state)
    #expect(state.workspace.manifest.owner == WorkbenchFixture.state().workspace.manifest.owner)
  }

  @Test func theReviewDayIsPickedAndTheScorecardSaysIt() {
    var state = WorkbenchFixture.state(width: 120, height: 40)
    openSettings(at: .reviewDay, &state)
    WorkbenchFixture.press([.enter, .character("j"), .character("j"), .enter, .escape, .character("4")], &state)
    #expect(state.workspace.manifest.reviewDay == .thursday)
    #expect(WorkbenchFixture.screen(state).contains("review on Thursday"))
  }

  @Test func anEmptyNameIsRefusedAndNothingChanges() {
    var state = WorkbenchFixture.state()
    let before = state.workspace
    openSettings(at: .name, &state)
    WorkbenchFixture.press([.enter, .ctrl("u"), .enter], &state)
    #expect(state.workspace == before)
    guard case .editing(let editor) = state.overlay else {
      Issue.record("the editor closed on a refused name")
      return
    }
    #expect(editor.refusal == "the workspace needs a name")
  }

  @Test func wishWordsTypedAreMarkedInThePromise() {
    var state = WorkbenchFixture.state()
    openSettings(at: .extraWishWords, &state)
    WorkbenchFixture.press([.enter, .ctrl("u")], &state)
    WorkbenchFixture.type("turnkey,  effortless , Turnkey,", &state)
    WorkbenchFixture.press([.enter], &state)
    #expect(state.workspace.manifest.extraWishWords == ["turnkey", "effortless"])
    let analysis = PromiseAnalysis(sentence: "An effortless quote in 24 hours.", wishWords: state.workspace.wishWords)
    #expect(analysis.wishWords.map(\.word) == ["effortless"])
  }

  @Test func aBuiltInThemeAppliesAtOnceAndUndoTakesItBack() {
    var state = WorkbenchFixture.state()
    let before = state.theme
    openSettings(at: .theme, &state)
    WorkbenchFixture.press([.enter], &state)
    guard case .editing(let editor) = state.overlay, case .choice(let choices) = editor.target.kind(in: state.workspace),
      let light = choices.firstIndex(where: { $0.value == "light" })
    else {
      Issue.record("the theme opened no list of choices")
      return
    }
    WorkbenchFixture.press(Array(repeating: .character("j"), count: light) + [.enter], &state)
    #expect(state.workspace.manifest.theme == "light")
    #expect(state.theme == ThemeChoice.builtIn("light"))
    WorkbenchFixture.press([.escape, .character("u")], &state)
    #expect(state.workspace.manifest.theme == nil)
    #expect(state.theme == ThemeChoice.builtIn(ThemeChoice.defaultName))
    #expect(before != state.theme || before == ThemeChoice.builtIn(ThemeChoice.defaultName))
  }

  @Test func aThemeFixedByTheCommandLineStaysForTheSession() {
    var state = WorkbenchFixture.state()
    state.themeFixed = true
    let before = state.theme
    openSettings(at: .theme, &state)
    WorkbenchFixture.press([.enter, .character("j"), .enter], &state)
    #expect(state.workspace.manifest.theme != nil)
    #expect(state.theme == before)
    #expect(state.message?.text.contains("keeps this session's colours") == true)
  }

  @Test func halfBlocksApplyToTheChartsAtOnce() {
    var state = WorkbenchFixture.state()
    openSettings(at: .charts, &state)
    WorkbenchFixture.press([.enter, .character("j"), .enter], &state)
    #expect(state.workspace.manifest.charts == .blocks)
    #expect(state.chartGlyphs == .blocks)
  }

  @Test func aReadOnlyWorkspaceShowsTheSettingsButEditsNone() {
    var state = WorkbenchFixture.state(readonly: true)
    WorkbenchFixture.press([.character(","), .enter], &state)
    #expect(state.overlay == .settings(selected: 0) || state.overlay == nil)
    #expect(state.message?.kind == .error)
  }
}
