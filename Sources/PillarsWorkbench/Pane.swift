/// The five panes of the workbench, switched with 1-5 and Tab.
public enum Pane: Int, CaseIterable, Sendable {
  case pillars = 1
  case promise
  case journey
  case scorecard
  case segments

  public var title: String {
    switch self {
    case .pillars: "Pillars"
    case .promise: "Promise"
    case .journey: "Journey"
    case .scorecard: "Scorecard"
    case .segments: "Segments"
    }
  }

  /// The pane after this one in the tab order, wrapping round; the order is the cases' order.
  public var next: Pane { Pane.neighbour(of: self, by: 1) }
  public var previous: Pane { Pane.neighbour(of: self, by: -1) }

  private static func neighbour(of pane: Pane, by step: Int) -> Pane {
    let all = allCases
    let index = all.firstIndex(of: pane) ?? 0
    return all[(index + step + all.count) % all.count]
  }
}
