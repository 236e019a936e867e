import Foundation
import PillarsCore
import PillarsExample
import PillarsStore

/// The two workspaces the budgets are stated on, as `pillars init --example` and
/// `pillars generate --size large` make them, on a fixed day so every run reads the same bytes.
public enum BenchmarkWorkspace: String, CaseIterable, Sendable {
  case example
  case large

  // 2026-11-18, a Wednesday of ISO week 2026-W47.
  public static let today = CalendarDate(year: 2026, month: 11, day: 18) ?? CalendarDate(dayNumber: 0)

  /// Writes the workspace into `parent/<name>` and returns that folder.
  public func create(in parent: String) throws -> URL {
    let folder = URL(fileURLWithPath: parent, isDirectory: true).appendingPathComponent(rawValue, isDirectory: true)
    let workspace =
      switch self {
      case .example: ExampleWorkspace.make(today: Self.today)
      case .large: LargeWorkspace.make(size: .large, today: Self.today)
      }
    try WorkspaceStore.create(at: folder, with: workspace)
    return folder
  }
}
