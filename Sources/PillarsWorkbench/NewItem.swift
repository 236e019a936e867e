import PillarsCore

/// Something `a` adds; its name is asked for first, and committing the name adds it.
public enum NewItem: Hashable, Sendable {
  case action(PillarKind)
  case touchpoint(JourneyID, StageID)
  /// A stage placed after the given one (at the end when nil).
  case stage(JourneyID, after: StageID?)
  case segment
  case journey
  /// A metric placed in the layer after the given one (at the end when nil).
  case metric(MetricLayer, after: MetricID?)
  /// A decision of a weekly review or a monthly checkpoint; committing its words starts that
  /// review or checkpoint if need be.
  case decision(DecisionLog, DecisionKind)
  /// A planned experiment, starting today.
  case experiment
  case assumption
}
