import PillarsCore

/// A segment's scores, each 1 to 5: the three parts of attractiveness and fit.
public enum SegmentScore: String, CaseIterable, Hashable, Sendable {
  case size, growth, willingnessToPay, fit

  public var label: String {
    switch self {
    case .size: "Size"
    case .growth: "Growth"
    case .willingnessToPay: "Will. to pay"
    case .fit: "Fit"
    }
  }

  func value(of segment: Segment) -> Int {
    switch self {
    case .size: segment.attractiveness.size
    case .growth: segment.attractiveness.growth
    case .willingnessToPay: segment.attractiveness.willingnessToPay
    case .fit: segment.fit
    }
  }

  func set(_ value: Int, on segment: inout Segment) {
    switch self {
    case .size: segment.attractiveness.size = value
    case .growth: segment.attractiveness.growth = value
    case .willingnessToPay: segment.attractiveness.willingnessToPay = value
    case .fit: segment.fit = value
    }
  }
}
