/// How many contacts one theme had in one ISO week, optionally split by channel and by segment.
/// The splits need not add up to the total: a contact whose channel or segment is unknown is
/// counted only in the total.
public struct WeeklyContacts: Equatable, Sendable, Codable {
  public var week: ISOWeek
  public var contacts: Int
  public var channels: [String: Int]
  public var segments: [String: Int]

  public init(week: ISOWeek, contacts: Int, channels: [String: Int] = [:], segments: [String: Int] = [:]) {
    self.week = week
    self.contacts = contacts
    self.channels = channels
    self.segments = segments
  }

  enum CodingKeys: String, CodingKey { case week, contacts, channels, segments }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    week = try c.decode(ISOWeek.self, forKey: .week)
    contacts = try c.decode(Int.self, forKey: .contacts)
    channels = try c.decode(.channels, or: [:])
    segments = try c.decode(.segments, or: [:])
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(week, forKey: .week)
    try c.encode(contacts, forKey: .contacts)
    if !channels.isEmpty { try c.encode(channels, forKey: .channels) }
    if !segments.isEmpty { try c.encode(segments, forKey: .segments) }
  }

  /// The contacts the filter keeps.
  public func contacts(_ filter: SignalFilter) -> Int {
    switch filter {
    case .all: contacts
    case .channel(let channel): channels[channel] ?? 0
    case .segment(let segment): segments[segment] ?? 0
    }
  }
}

/// Which contacts a ranking counts: all, or one channel's, or one segment's.
public enum SignalFilter: Hashable, Sendable, CustomStringConvertible {
  case all
  case channel(String)
  case segment(String)

  public var description: String {
    switch self {
    case .all: "all contacts"
    case .channel(let channel): "channel \(channel)"
    case .segment(let segment): "segment \(segment)"
    }
  }
}
