import PillarsCore

/// A field of the workspace that a text field, a number field or a pick-one list edits.
public enum EditTarget: Hashable, Sendable {
  case pillarStatus(PillarKind)
  case pillarOwner(PillarKind)
  case pillarSummary(PillarKind)
  case pillarNotes(PillarKind)
  case promiseSentence
  case promiseNeed, promiseBenefit, promiseAlternative
  case promiseSegment
  case touchpoint(JourneyID, TouchpointID, TouchpointField)
  case metricValue(MetricID, ISOWeek)
  case metricTarget(MetricID)
  case metricOwner(MetricID)
  case segmentName(SegmentID)
  case segmentDescription(SegmentID)
  case metricName(MetricID)
  case metricLayer(MetricID)
  case metricUnit(MetricID)
  case metricDirection(MetricID)
  case metricWarning(MetricID)
  /// The lowest and highest value the metric can take, written `1 to 5`.
  case metricScale(MetricID)
  case metricDescription(MetricID)
  /// The note on one week's value.
  case metricNote(MetricID, ISOWeek)
  /// What the review of a week said about a metric.
  case reviewNote(ISOWeek, MetricID)
  /// Who came to the review, comma-separated.
  case reviewAttendees(ISOWeek)
  /// A decision not yet written: committing its text adds it to the review.
  case newDecision(ISOWeek, DecisionKind)
  case decisionText(ISOWeek, DecisionID)
  case decisionOwner(ISOWeek, DecisionID)
  /// A metric not yet added: committing its name adds it to the layer, after `after`.
  case newMetric(MetricLayer, after: MetricID?)
  case action(PillarKind, ActionID, ActionField)
  case segmentList(SegmentID, SegmentListField)
  case segmentScore(SegmentID, SegmentScore)
  case stageName(JourneyID, StageID)
  case journeyName(JourneyID)
  /// The name of an item that does not exist yet: committing it adds the item.
  case newItem(NewItem)
  case journeySegment(JourneyID)
  case journeyState(JourneyID)

  public enum Kind: Sendable, Equatable {
    case text(multiline: Bool)
    case number
    /// One of a fixed list: the choices' labels and the value each stands for.
    case choice([(label: String, value: String)])

    public static func == (lhs: Kind, rhs: Kind) -> Bool {
      switch (lhs, rhs) {
      case (.text(let a), .text(let b)): a == b
      case (.number, .number): true
      case (.choice(let a), .choice(let b)): a.map(\.label) == b.map(\.label) && a.map(\.value) == b.map(\.value)
      default: false
      }
    }
  }

  public func kind(in workspace: Workspace) -> Kind {
    switch self {
    case .pillarStatus: .choice(PillarStatus.allCases.map { ($0.label, $0.rawValue) })
    case .promiseSegment:
      .choice([("(none)", "")] + workspace.segments.segments.map { ($0.name, $0.id.rawValue) })
    case .pillarNotes, .promiseSentence, .segmentDescription: .text(multiline: true)
    case .touchpoint(_, _, let field): field.kind
    case .metricValue, .metricTarget, .metricWarning: .number
    case .metricLayer: .choice(MetricLayer.allCases.map { ($0.title, $0.rawValue) })
    case .metricDirection: .choice([("higher is better", GoodDirection.up.rawValue), ("lower is better", GoodDirection.down.rawValue)])
    case .metricDescription, .metricNote, .reviewNote: .text(multiline: true)
    case .action, .segmentList, .segmentScore, .stageName, .journeyName, .newItem, .journeySegment, .journeyState:
      itemKind(in: workspace)
    default: .text(multiline: false)
    }
  }

  /// The field's label, as the editor's title shows it.
  public func label(in workspace: Workspace) -> String {
    switch self {
    case .pillarStatus(let p): "\(p.title) · status"
    case .pillarOwner(let p): "\(p.title) · owner"
    case .pillarSummary(let p): "\(p.title) · summary"
    case .pillarNotes(let p): "\(p.title) · notes"
    case .promiseSentence: "The promise"
    case .promiseNeed: "Builder · who need…"
    case .promiseBenefit: "Builder · we provide…"
    case .promiseAlternative: "Builder · unlike…"
    case .promiseSegment: "Builder · for (segment)"
    case .touchpoint(let j, let t, let field): "\(touchpointName(j, t, workspace)) · \(field.label)"
    case .metricValue(let m, let week): "\(workspace.scorecard[m]?.name ?? m.rawValue) · value for \(week)"
    case .metricTarget(let m): "\(workspace.scorecard[m]?.name ?? m.rawValue) · target"
    case .metricOwner(let m): "\(workspace.scorecard[m]?.name ?? m.rawValue) · owner"
    case .segmentName(let s): "\(workspace.segments[s]?.name ?? s.rawValue) · name"
    case .segmentDescription(let s): "\(workspace.segments[s]?.name ?? s.rawValue) · description"
    case .metricName(let m): "\(metricName(m, workspace)) · name"
    case .metricLayer(let m): "\(metricName(m, workspace)) · layer"
    case .metricUnit(let m): "\(metricName(m, workspace)) · unit"
    case .metricDirection(let m): "\(metricName(m, workspace)) · direction"
    case .metricWarning(let m): "\(metricName(m, workspace)) · warning threshold"
    case .metricScale(let m): "\(metricName(m, workspace)) · scale, lowest to highest (e.g. 1 to 5)"
    case .metricDescription(let m): "\(metricName(m, workspace)) · description"
    case .metricNote(let m, let week): "\(metricName(m, workspace)) · note for \(week)"
    case .reviewNote(let week, let m): "Review \(week) · \(metricName(m, workspace))"
    case .reviewAttendees(let week): "Review \(week) · attendees (comma-separated)"
    case .newDecision(let week, let kind): "Review \(week) · new decision: \(kind.title)"
    case .decisionText(let week, _): "Review \(week) · decision"
    case .decisionOwner(let week, _): "Review \(week) · decision owner"
    case .newMetric(let layer, _): "New \(layer.title.lowercased()) metric · name"
    case .action, .segmentList, .segmentScore, .stageName, .journeyName, .newItem, .journeySegment, .journeyState: itemLabel(in: workspace)
    }
  }

  /// The document the field lives in.
  public var document: DocumentRef {
    switch self {
    case .pillarStatus, .pillarOwner, .pillarSummary, .pillarNotes: .pillars
    case .promiseSentence, .promiseNeed, .promiseBenefit, .promiseAlternative, .promiseSegment: .promise
    case .touchpoint(let j, _, _): .journey(j)
    case .metricValue(let m, _), .metricNote(let m, _): .history(m)
    case .metricTarget, .metricOwner: .scorecard
    case .segmentName, .segmentDescription: .segments
    case .metricName, .metricLayer, .metricUnit, .metricDirection, .metricWarning, .metricScale, .metricDescription,
      .newMetric:
      .scorecard
    case .reviewNote(let week, _), .reviewAttendees(let week), .newDecision(let week, _), .decisionText(let week, _),
      .decisionOwner(let week, _):
      .review(week)
    case .action, .segmentList, .segmentScore, .stageName, .journeyName, .newItem, .journeySegment, .journeyState: itemDocument
    }
  }

  /// The field's current value as text (a choice's value, a number as written).
  public func currentText(in workspace: Workspace) -> String {
    switch self {
    case .pillarStatus(let p): workspace.pillars[p].status.rawValue
    case .pillarOwner(let p): workspace.pillars[p].owner
    case .pillarSummary(let p): workspace.pillars[p].summary
    case .pillarNotes(let p): workspace.pillars[p].notes
    case .promiseSentence: workspace.promise.sentence
    case .promiseNeed: workspace.promise.builder.need
    case .promiseBenefit: workspace.promise.builder.benefit
    case .promiseAlternative: workspace.promise.builder.alternative
    case .promiseSegment: workspace.promise.builder.segment?.rawValue ?? ""
    case .touchpoint(let j, let t, let field): touchpoint(j, t, workspace).map(field.text) ?? ""
    case .metricValue(let m, let week): workspace.scorecard[m]?.observation(for: week)?.value.compactText(digits: 6) ?? ""
    case .metricTarget(let m): workspace.scorecard[m]?.target?.compactText(digits: 6) ?? ""
    case .metricOwner(let m): workspace.scorecard[m]?.owner ?? ""
    case .segmentName(let s): workspace.segments[s]?.name ?? ""
    case .segmentDescription(let s): workspace.segments[s]?.description ?? ""
    case .metricName(let m): workspace.scorecard[m]?.name ?? ""
    case .metricLayer(let m): workspace.scorecard[m]?.layer.rawValue ?? ""
    case .metricUnit(let m): workspace.scorecard[m]?.unit ?? ""
    case .metricDirection(let m): workspace.scorecard[m]?.direction.rawValue ?? ""
    case .metricWarning(let m): workspace.scorecard[m]?.warning?.compactText(digits: 6) ?? ""
    case .metricScale(let m): workspace.scorecard[m]?.scale?.description ?? ""
    case .metricDescription(let m): workspace.scorecard[m]?.description ?? ""
    case .metricNote(let m, let week): workspace.scorecard[m]?.observation(for: week)?.note ?? ""
    case .reviewNote(let week, let m): workspace.review(week)?.notes[m.rawValue] ?? ""
    case .reviewAttendees(let week): workspace.review(week)?.attendees.joined(separator: ", ") ?? ""
    case .newDecision, .newMetric: ""
    case .decisionText(let week, let d): workspace.review(week)?.decisions.first { $0.id == d }?.text ?? ""
    case .decisionOwner(let week, let d): workspace.review(week)?.decisions.first { $0.id == d }?.owner ?? ""
    case .action, .segmentList, .segmentScore, .stageName, .journeyName, .newItem, .journeySegment, .journeyState: itemText(in: workspace)
    }
  }

  /// Writes `text` into the field, or says why not; `workspace` is unchanged on refusal.
  public func apply(_ text: String, to workspace: inout Workspace, today: CalendarDate) -> Result<Void, EditRefusal> {
    var copy = workspace
    switch self {
    case .pillarStatus(let p):
      guard let status = PillarStatus(rawValue: text) else { return .failure("unknown status \"\(text)\"") }
      copy.pillars[p].status = status
    case .pillarOwner(let p): copy.pillars[p].owner = text.trimmingWhitespace
    case .pillarSummary(let p): copy.pillars[p].summary = text.trimmingWhitespace
    case .pillarNotes(let p): copy.pillars[p].notes = text
    case .promiseSentence: copy.promise.commit(sentence: text.trimmingWhitespace, on: today)
    case .promiseNeed: copy.promise.builder.need = text.trimmingWhitespace
    case .promiseBenefit: copy.promise.builder.benefit = text.trimmingWhitespace
    case .promiseAlternative: copy.promise.builder.alternative = text.trimmingWhitespace
    case .promiseSegment: copy.promise.builder.segment = text.isEmpty ? nil : SegmentID(text)
    case .touchpoint(let j, let t, let field):
      guard let ji = copy.journeys.firstIndex(where: { $0.id == j }), let (s, i) = copy.journeys[ji].position(of: t)
      else { return .failure("the touchpoint is gone") }
      if let refusal = field.apply(text, to: &copy.journeys[ji].stages[s].touchpoints[i]) { return .failure(EditRefusal(refusal)) }
    case .metricValue(let m, let week):
      guard let index = copy.scorecard.metrics.firstIndex(where: { $0.id == m }) else { return .failure("the metric is gone") }
      if text.trimmingWhitespace.isEmpty {
        copy.scorecard.metrics[index].observations.removeAll { $0.week == week }
      } else {
        guard let number = NumberField.parse(text, allowPercent: copy.scorecard.metrics[index].unit == "%")
        else { return .failure("\"\(text)\" is not a number") }
        if let refusal = copy.scorecard.metrics[index].refusal(ofValue: number, for: week, currentWeek: today.isoWeek) {
          return .failure(EditRefusal(refusal))
        }
        let note = copy.scorecard.metrics[index].observation(for: week)?.note
        copy.scorecard.metrics[index].record(number, for: week, note: note)
      }
    case .metricTarget(let m):
      guard let index = copy.scorecard.metrics.firstIndex(where: { $0.id == m }) else { return .failure("the metric is gone") }
      if text.trimmingWhitespace.isEmpty {
        copy.scorecard.metrics[index].target = nil
      } else {
        guard let number = NumberField.parse(text, allowPercent: copy.scorecard.metrics[index].unit == "%")
        else { return .failure("\"\(text)\" is not a number") }
        if let refusal = copy.scorecard.metrics[index].refusal(of: number) { return .failure(EditRefusal(refusal)) }
        copy.scorecard.metrics[index].target = number
      }
    case .metricOwner(let m):
      guard let index = copy.scorecard.metrics.firstIndex(where: { $0.id == m }) else { return .failure("the metric is gone") }
      copy.scorecard.metrics[index].owner = text.trimmingWhitespace
    case .segmentName(let s):
      let name = text.trimmingWhitespace
      guard !name.isEmpty else { return .failure("a segment needs a name") }
      guard let index = copy.segments.segments.firstIndex(where: { $0.id == s }) else { return .failure("the segment is gone") }
      copy.segments.segments[index].name = name
    case .segmentDescription(let s):
      guard let index = copy.segments.segments.firstIndex(where: { $0.id == s }) else { return .failure("the segment is gone") }
      copy.segments.segments[index].description = text
    case .metricName, .metricLayer, .metricUnit, .metricDirection, .metricWarning, .metricScale, .metricDescription,
      .metricNote, .newMetric:
      if let refusal = applyToMetric(text, &copy.scorecard) { return .failure(refusal) }
    case .reviewNote(let week, _), .reviewAttendees(let week), .newDecision(let week, _), .decisionText(let week, _),
      .decisionOwner(let week, _):
      if let refusal = applyToReview(text, week: week, &copy.reviews) { return .failure(refusal) }
    case .action, .segmentList, .segmentScore, .stageName, .journeyName, .newItem, .journeySegment, .journeyState:
      if let refusal = applyItem(text, to: &copy, today: today) { return .failure(refusal) }
    }
    workspace = copy
    return .success(())
  }

  private func metricName(_ m: MetricID, _ workspace: Workspace) -> String {
    workspace.scorecard[m]?.name ?? m.rawValue
  }

  private func touchpoint(_ j: JourneyID, _ t: TouchpointID, _ workspace: Workspace) -> Touchpoint? {
    guard let journey = workspace.journey(j), let (s, i) = journey.position(of: t) else { return nil }
    return journey.stages[s].touchpoints[i]
  }

  private func touchpointName(_ j: JourneyID, _ t: TouchpointID, _ workspace: Workspace) -> String {
    touchpoint(j, t, workspace)?.name ?? t.rawValue
  }
}

/// Why an edit was refused, in the words the status line shows.
public struct EditRefusal: Error, Equatable, Sendable, ExpressibleByStringInterpolation {
  public var message: String
  public init(_ message: String) { self.message = message }
  public init(stringLiteral value: String) { self.message = value }
  public init(stringInterpolation: DefaultStringInterpolation) { self.message = String(stringInterpolation: stringInterpolation) }
}

/// Reads numbers as people type them: `4.3`, `-2`, `87%`; nothing else.
public enum NumberField {
  public static func parse(_ text: String, allowPercent: Bool = false) -> Double? {
    var trimmed = text.trimmingWhitespace
    if allowPercent && trimmed.hasSuffix("%") { trimmed.removeLast() }
    guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
      let value = Double(trimmed), value.isFinite
    else { return nil }
    return value
  }
}
