/// The channels the journeys use, each with what it serves, who owns it and how it keeps the promise.
///
/// Channels are grouped without regard to case or surrounding spaces ("Email", "email "), and shown
/// as first spelled; they come in the order the journeys first use them, touchpoints without a
/// channel last.
public struct ChannelCharter: Equatable, Sendable {
  /// A stage a channel serves, named by its journey and stage.
  public struct StageUse: Equatable, Sendable {
    public var journeyID: JourneyID
    public var journeyName: String
    public var stageID: StageID
    public var stageName: String

    public init(journeyID: JourneyID, journeyName: String, stageID: StageID, stageName: String) {
      self.journeyID = journeyID
      self.journeyName = journeyName
      self.stageID = stageID
      self.stageName = stageName
    }
  }

  /// One channel and everything the journeys say about it.
  public struct Channel: Equatable, Sendable {
    /// The channel as first spelled in the journeys; empty for touchpoints with no channel.
    public var name: String
    /// Each stage once, in journey order.
    public var stages: [StageUse]
    /// The owning teams, each once (case-insensitively), as first spelled.
    public var teams: [String]
    /// Metrics linked from the channel's touchpoints, each once, in the order first linked.
    public var metrics: [MetricID]
    public var touchpointCount: Int
    public var brokenCount: Int
    public var atRiskCount: Int
    public var handoffCount: Int

    public init(name: String) {
      self.name = name
      stages = []
      teams = []
      metrics = []
      touchpointCount = 0
      brokenCount = 0
      atRiskCount = 0
      handoffCount = 0
    }
  }

  public var channels: [Channel]

  public init(journeys: [Journey]) {
    var channels: [Channel] = []
    var seen: [Seen] = []
    var indexByKey: [String: Int] = [:]
    // Most touchpoints spell their channel as others do: the spelling finds it before the key is worked out.
    var indexBySpelling: [String: Int] = [:]
    for journey in journeys {
      for stage in journey.stages {
        for touchpoint in stage.touchpoints {
          let index: Int
          if let known = indexBySpelling[touchpoint.channel] {
            index = known
          } else {
            let key = ChannelCharter.key(touchpoint.channel)
            if let known = indexByKey[key] {
              index = known
            } else {
              index = channels.count
              indexByKey[key] = index
              channels.append(Channel(name: touchpoint.channel.trimmingWhitespace))
              seen.append(Seen())
            }
            indexBySpelling[touchpoint.channel] = index
          }
          channels[index].add(touchpoint, in: stage, of: journey, &seen[index])
        }
      }
    }
    // Touchpoints without a channel are a gap to fill, shown after the real channels.
    self.channels = channels.filter { !$0.name.isEmpty } + channels.filter { $0.name.isEmpty }
  }

  /// What a channel already holds, to add each stage, team and metric once without searching its lists.
  fileprivate struct Seen {
    var stages: Set<[String]> = []
    var teamSpellings: Set<String> = []
    var teamKeys: Set<String> = []
    var metrics: Set<MetricID> = []
  }

  /// The charter of how things are: the current-state journeys only. A future-state journey's
  /// touchpoints do not exist yet, so they are counted apart (``planned(in:)``).
  public static func current(in workspace: Workspace) -> ChannelCharter {
    ChannelCharter(journeys: workspace.journeys.filter { $0.state == .current })
  }

  /// The channels as the future-state journeys plan them.
  public static func planned(in workspace: Workspace) -> ChannelCharter {
    ChannelCharter(journeys: workspace.journeys.filter { $0.state == .future })
  }

  /// The channel of that name, compared as the charter groups them.
  public func channel(named name: String) -> Channel? {
    let key = ChannelCharter.key(name)
    return channels.first { ChannelCharter.key($0.name) == key }
  }

  public static func key(_ text: String) -> String { text.trimmingWhitespace.lowercased() }
}

extension ChannelCharter.Channel {
  fileprivate mutating func add(_ touchpoint: Touchpoint, in stage: Stage, of journey: Journey, _ seen: inout ChannelCharter.Seen) {
    touchpointCount += 1
    if touchpoint.promise == .broken { brokenCount += 1 }
    if touchpoint.promise == .atRisk { atRiskCount += 1 }
    if touchpoint.handoff { handoffCount += 1 }
    if seen.stages.insert([journey.id.rawValue, stage.id.rawValue]).inserted {
      stages.append(
        ChannelCharter.StageUse(
          journeyID: journey.id, journeyName: journey.name, stageID: stage.id, stageName: stage.name))
    }
    if seen.teamSpellings.insert(touchpoint.team).inserted {
      let team = touchpoint.team.trimmingWhitespace
      if !team.isEmpty && seen.teamKeys.insert(ChannelCharter.key(team)).inserted { teams.append(team) }
    }
    for metric in touchpoint.metrics where seen.metrics.insert(metric).inserted { metrics.append(metric) }
  }
}
