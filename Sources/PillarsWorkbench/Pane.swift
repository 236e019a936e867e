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

  public var next: Pane { Pane(rawValue: rawValue % 5 + 1) ?? .pillars }
  public var previous: Pane { Pane(rawValue: (rawValue + 3) % 5 + 1) ?? .pillars }
}
