import PillarsCore
import PillarsExample
import PillarsExport
import ScreenKit
import Testing

@testable import PillarsWorkbench

/// Facts derived from the documents are defined once, so the screens and the one-pagers never
/// disagree about them.
@Suite struct DerivedFactsTests {
  /// The touchpoints the screens mark ▼ on a journey's emotion curve, by name.
  static func lowPointsOnScreen(_ journey: Journey) -> Set<String> {
    let columns = JourneyColumn.columns(of: journey)
    let width = 20
    let geometry = JourneyPaneView.Geometry(
      columns: columns, first: 0, visible: columns.count, columnWidth: width, headerRow: 0, goalRow: 0, laneTop: 0, x0: 0)
    var buffer = Buffer(width: columns.count * width + 2, height: 5)
    EmotionCurveView(journey: journey, geometry: geometry, theme: .monochrome)
      .render(in: Rect(x: 0, y: 0, width: buffer.width, height: 5), into: &buffer)
    var names: Set<String> = []
    for line in buffer.lines {
      for (x, character) in line.enumerated() where character == "▼" {
        let column = columns[(x + 1 - width / 2) / width]
        let stage = journey.stages[column.stageIndex]
        if let name = stage.touchpoints.first(where: { $0.id == column.touchpoint })?.name { names.insert(name) }
      }
    }
    return names
  }

  @Test func theScreensAndTheExportMarkTheSameLowPointsAndStageMeans() throws {
    let today = WorkbenchFixture.today
    let workspace = ExampleWorkspace.make(today: today)
    let pages = MarkdownExport.pages(for: workspace, today: today)
    #expect(workspace.journeys.count == 2)
    for journey in workspace.journeys {
      let page = try #require(pages.first { $0.fileName == "journey-\(journey.id).md" })
      let lines = page.markdown.split(separator: "\n").map(String.init)
      // In the text chart a touchpoint line is "  <bar>  <emotion>  <name> ◀".
      let chartLine = #/│[█ ]*?\s+[+-]?\d\s\s(.+) ◀$/#
      let exported = Set(lines.compactMap { try? chartLine.firstMatch(in: $0).map { String($0.1) } }.compactMap { $0 })
      let shown = Self.lowPointsOnScreen(journey)
      #expect(shown == exported, "\(journey.name)")
      if journey.state == .current { #expect(!shown.isEmpty, "today's \(journey.name) has low points") }
      let curve = EmotionCurve(journey: journey)
      #expect(Set(curve.lowPoints.map(\.touchpointName)) == shown)
      for stage in journey.stages {
        guard let mean = stage.meanEmotion else { continue }
        #expect(curve.stages.first { $0.stageID == stage.id }?.mean == mean)
        #expect(page.markdown.contains("(mean \(mean >= 0 ? "+" : "")"), "\(stage.name)")
      }
    }
  }

  @Test func theScorecardPaneAndTheExportDrawTheSameSparklines() throws {
    let today = WorkbenchFixture.today
    let workspace = ExampleWorkspace.make(today: today)
    let page = try #require(MarkdownExport.pages(for: workspace, today: today).first { $0.fileName == "scorecard.md" })
    var state = WorkbenchFixture.state(width: 200, height: 60)
    WorkbenchFixture.press([.character("4")], &state)
    let screen = WorkbenchFixture.screen(state).split(separator: "\n")
    let bars = #/[▁▂▃▄▅▆▇█][▁▂▃▄▅▆▇█ ·]*[▁▂▃▄▅▆▇█]/#
    func sparkline(in line: Substring?) -> String? {
      (line.flatMap { try? bars.firstMatch(in: String($0)) }).map { String($0.0).replacingOccurrences(of: "·", with: " ") }
    }
    var compared = 0
    for metric in workspace.scorecard.metrics {
      // The metric's row: the first line naming it that holds a sparkline (an alert may name it too).
      let shown = screen.lazy.compactMap { $0.contains(metric.name) ? sparkline(in: $0) : nil }.first
      let exported = page.markdown.split(separator: "\n").lazy
        .compactMap { $0.hasPrefix("| ") && $0.contains(metric.name) ? sparkline(in: $0) : nil }.first
      #expect(shown != nil && shown == exported, "\(metric.name): \(shown ?? "-") on screen, \(exported ?? "-") exported")
      compared += 1
    }
    #expect(compared == 10)
  }
}
