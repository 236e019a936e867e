import PillarsCore
import PillarsExample
@testable import PillarsWorkbench
import ScreenKit

/// The example workspace on a fixed day, opened in the workbench.
enum WorkbenchFixture {
  static let today = CalendarDate(year: 2026, month: 11, day: 18)!

  static func state(width: Int = 80, height: Int = 24, readonly: Bool = false) -> WorkbenchState {
    WorkbenchState(
      workspace: ExampleWorkspace.make(today: today), today: today, location: "~/brassline", width: width,
      height: height, readonly: readonly)
  }

  /// Sends keys one by one and collects every effect.
  @discardableResult
  static func press(_ keys: [Key], _ state: inout WorkbenchState) -> [WorkbenchEffect] {
    keys.flatMap { Workbench.update(&state, .keyPressed($0)) }
  }

  static func type(_ text: String, _ state: inout WorkbenchState) {
    for character in text { _ = Workbench.update(&state, .keyPressed(.character(character))) }
  }

  static func screen(_ state: WorkbenchState) -> String { Workbench.view(state).textSnapshot }
}
