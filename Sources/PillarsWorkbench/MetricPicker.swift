import PillarsCore

/// A multi-select list of the scorecard's metrics.
public struct MetricPicker: Equatable, Sendable {
  public enum Purpose: Equatable, Sendable {
    case proof
    case touchpoint(JourneyID, TouchpointID)
    /// The KPIs of a channel's charter entry, by the channel's name.
    case charter(String)
  }

  public var purpose: Purpose
  public var chosen: [MetricID]
  public var selected = 0
  public var refusal: String?

  public init(purpose: Purpose, chosen: [MetricID]) {
    self.purpose = purpose
    self.chosen = chosen
  }

  /// What shows once the picker closes: the charter's channel for its KPIs, else the pane.
  var overlayAfter: Overlay? {
    guard case .charter(let channel) = purpose else { return nil }
    return .charter(CharterBrowser(channel: channel, field: .kpis))
  }
}
