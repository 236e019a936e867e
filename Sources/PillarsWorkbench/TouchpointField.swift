import PillarsCore

/// The editable fields of a touchpoint; the journey map's lanes are a subset of them.
public enum TouchpointField: String, CaseIterable, Hashable, Sendable {
  case name, channel, team, doing, thinking, feeling, emotion, friction, promise, reach, handoff

  public var label: String {
    switch self {
    case .name: "name"
    case .channel: "channel"
    case .team: "owning team"
    case .doing: "what the customer does"
    case .thinking: "what the customer thinks"
    case .feeling: "what the customer feels"
    case .emotion: "emotion (-2 to 2)"
    case .friction: "friction points (one per line)"
    case .promise: "promise here"
    case .reach: "reach (% of customers)"
    case .handoff: "handoff between channels"
    }
  }

  /// The field's name where a short one is wanted: the touchpoint panel beside the map.
  public var title: String {
    switch self {
    case .name: "Name"
    case .channel: "Channel"
    case .team: "Owning team"
    case .doing: "Doing"
    case .thinking: "Thinking"
    case .feeling: "Feeling"
    case .emotion: "Emotion"
    case .friction: "Friction"
    case .promise: "Promise"
    case .reach: "Reach"
    case .handoff: "Handoff"
    }
  }

  var kind: EditTarget.Kind {
    switch self {
    case .emotion, .reach: .number
    case .friction, .doing, .thinking, .feeling: .text(multiline: true)
    case .promise: .choice(PromiseKeeping.allCases.map { ($0.label, $0.rawValue) })
    case .handoff: .choice([("no handoff", "false"), ("handoff", "true")])
    case .name, .channel, .team: .text(multiline: false)
    }
  }

  func text(of touchpoint: Touchpoint) -> String {
    switch self {
    case .name: touchpoint.name
    case .channel: touchpoint.channel
    case .team: touchpoint.team
    case .doing: touchpoint.doing
    case .thinking: touchpoint.thinking
    case .feeling: touchpoint.feeling
    case .emotion: String(touchpoint.emotion)
    case .friction: touchpoint.friction.joined(separator: "\n")
    case .promise: touchpoint.promise.rawValue
    case .reach: touchpoint.reach?.compactText ?? ""
    case .handoff: touchpoint.handoff ? "true" : "false"
    }
  }

  /// Writes `text` into the touchpoint; returns why not when the text is refused.
  func apply(_ text: String, to touchpoint: inout Touchpoint) -> EditRefusal? {
    let trimmed = text.trimmingWhitespace
    switch self {
    case .name:
      guard !trimmed.isEmpty else { return "a touchpoint needs a name" }
      touchpoint.name = trimmed
    case .channel: touchpoint.channel = trimmed
    case .team: touchpoint.team = trimmed
    case .doing: touchpoint.doing = trimmed
    case .thinking: touchpoint.thinking = trimmed
    case .feeling: touchpoint.feeling = trimmed
    case .emotion:
      // Int(exactly:) is nil for 1e300 or 2.5, where Int(_:) would trap or round.
      guard let number = NumberField.parse(trimmed), let whole = Int(exactly: number), Touchpoint.emotionRange.contains(whole)
      else { return "emotion is a whole number from -2 to 2" }
      touchpoint.emotion = whole
    case .friction:
      touchpoint.friction = text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
    case .promise:
      guard let value = PromiseKeeping(rawValue: trimmed) else { return "unknown promise status \"\(trimmed)\"" }
      touchpoint.promise = value
    case .reach:
      if trimmed.isEmpty {
        touchpoint.reach = nil
      } else {
        guard let number = NumberField.parse(trimmed, allowPercent: true), Touchpoint.reachRange.contains(number)
        else { return "reach is a share of customers from 0 to 100 %" }
        touchpoint.reach = number
      }
    case .handoff: touchpoint.handoff = trimmed == "true"
    }
    return nil
  }
}

/// The rows of the journey map, read across the stages.
public enum JourneyLane: Int, CaseIterable, Sendable {
  case touchpoint, doing, thinking, feeling, emotion, friction, promise, owner

  public var title: String {
    switch self {
    case .touchpoint: "Touchpoint"
    case .doing: "Doing"
    case .thinking: "Thinking"
    case .feeling: "Feeling"
    case .emotion: "Emotion"
    case .friction: "Friction"
    case .promise: "Promise"
    case .owner: "Owner"
    }
  }

  /// The touchpoint field a lane's cell edits.
  public var field: TouchpointField {
    switch self {
    case .touchpoint: .name
    case .doing: .doing
    case .thinking: .thinking
    case .feeling: .feeling
    case .emotion: .emotion
    case .friction: .friction
    case .promise: .promise
    case .owner: .team
    }
  }
}
