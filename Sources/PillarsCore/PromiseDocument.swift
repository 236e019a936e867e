/// `promise.json`: the one sentence a customer would recognise, how it was built,
/// the metrics that prove it is kept, and what it used to say.
public struct PromiseDocument: Equatable, Sendable, Codable {
  public var schemaVersion: Int
  public var sentence: String
  public var builder: PromiseBuilder
  /// The 2 or 3 scorecard metrics that show the promise is kept.
  public var proofMetrics: [MetricID]
  /// Earlier sentences, oldest first.
  public var history: [PromiseRevision]

  public init(
    sentence: String = "", builder: PromiseBuilder = PromiseBuilder(), proofMetrics: [MetricID] = [],
    history: [PromiseRevision] = [], schemaVersion: Int = SchemaVersion.current
  ) {
    self.schemaVersion = schemaVersion
    self.sentence = sentence
    self.builder = builder
    self.proofMetrics = proofMetrics
    self.history = history
  }

  enum CodingKeys: String, CodingKey { case schemaVersion, sentence, builder, proofMetrics, history }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
    sentence = try c.decode(.sentence, or: "")
    builder = try c.decode(.builder, or: PromiseBuilder())
    proofMetrics = try c.decode(.proofMetrics, or: [])
    history = try c.decode(.history, or: [])
  }

  /// Replaces the sentence, keeping the one it replaces in the history.
  public mutating func commit(sentence newSentence: String, on date: CalendarDate) {
    guard newSentence != sentence else { return }
    if !sentence.isBlank {
      history.append(PromiseRevision(sentence: sentence, replacedOn: date))
    }
    sentence = newSentence
  }
}

/// The parts of "For [segment], who need [need], we provide [benefit], unlike [alternative]."
public struct PromiseBuilder: Equatable, Sendable, Codable {
  public var segment: SegmentID?
  public var need: String
  public var benefit: String
  public var alternative: String

  public init(segment: SegmentID? = nil, need: String = "", benefit: String = "", alternative: String = "") {
    self.segment = segment
    self.need = need
    self.benefit = benefit
    self.alternative = alternative
  }

  enum CodingKeys: String, CodingKey { case segment, need, benefit, alternative }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    segment = try c.decodeIfPresent(SegmentID.self, forKey: .segment)
    need = try c.decode(.need, or: "")
    benefit = try c.decode(.benefit, or: "")
    alternative = try c.decode(.alternative, or: "")
  }

  /// The draft sentence, with `[need]`-style gaps where a part is still empty.
  public func draft(segmentName: String?) -> String {
    func part(_ text: String?, _ gap: String) -> String {
      let trimmed = (text ?? "").trimmingWhitespace
      return trimmed.isEmpty ? "[\(gap)]" : trimmed
    }
    return "For \(part(segmentName, "segment")), who need \(part(need, "need")), "
      + "we provide \(part(benefit, "benefit")), unlike \(part(alternative, "alternative"))."
  }
}

/// A sentence the promise used to be, and the day it was replaced.
public struct PromiseRevision: Equatable, Sendable, Codable {
  public var sentence: String
  public var replacedOn: CalendarDate

  public init(sentence: String, replacedOn: CalendarDate) {
    self.sentence = sentence
    self.replacedOn = replacedOn
  }
}
