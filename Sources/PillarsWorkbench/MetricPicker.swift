import PillarsCore

/// A multi-select list of the scorecard's metrics.
public struct MetricPicker: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    case proof
    case touchpoint(JourneyID, TouchpointID)
  }

  public var purpose: Purpose
  public var chosen: [MetricID]
  public var selected = 0
  public var refusal: String?

  public init(purpose: Purpose, chosen: [MetricID]) {
    self.purpose = purpose
    self.chosen = chosen
  }
}
