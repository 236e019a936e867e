import PillarsCore

/// A segment's lists, edited as text with one item a line.
public enum SegmentListField: String, CaseIterable, Hashable, Sendable {
  case painPoints, jobs, phrases, switchingTriggers, disqualifiers, thinks, feels, says, does

  public var label: String {
    switch self {
    case .painPoints: "Pain points"
    case .jobs: "Jobs to be done"
    case .phrases: "In their words"
    case .switchingTriggers: "Switch triggers"
    case .disqualifiers: "Disqualifiers"
    case .thinks: "Thinks"
    case .feels: "Feels"
    case .says: "Says"
    case .does: "Does"
    }
  }

  func items(of segment: Segment) -> [String] {
    switch self {
    case .painPoints: segment.painPoints
    case .jobs: segment.jobs
    case .phrases: segment.phrases
    case .switchingTriggers: segment.switchingTriggers
    case .disqualifiers: segment.disqualifiers
    case .thinks: segment.empathyMap.thinks
    case .feels: segment.empathyMap.feels
    case .says: segment.empathyMap.says
    case .does: segment.empathyMap.does
    }
  }

  func set(_ items: [String], on segment: inout Segment) {
    switch self {
    case .painPoints: segment.painPoints = items
    case .jobs: segment.jobs = items
    case .phrases: segment.phrases = items
    case .switchingTriggers: segment.switchingTriggers = items
    case .disqualifiers: segment.disqualifiers = items
    case .thinks: segment.empathyMap.thinks = items
    case .feels: segment.empathyMap.feels = items
    case .says: segment.empathyMap.says = items
    case .does: segment.empathyMap.does = items
    }
  }
}
