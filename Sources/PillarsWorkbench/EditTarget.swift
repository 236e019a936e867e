import PillarsCore

/// A field of the workspace that a text field, a number field or a pick-one list edits: an
/// entity, named by its id, and one of that entity's fields. Each field enum says how its field
/// is labelled, edited, read and written; this type only finds the entity.
public enum EditTarget: Hashable, Sendable {
  case pillar(PillarKind, PillarField)
  case action(PillarKind, ActionID, ActionField)
  case promise(PromiseField)
  case segment(SegmentID, SegmentField)
  case journey(JourneyID, JourneyField)
  case stage(JourneyID, StageID, StageField)
  case touchpoint(JourneyID, TouchpointID, TouchpointField)
  case metric(MetricID, MetricField)
  /// One week of a metric: its value, or the note on it.
  case observation(MetricID, ISOWeek, ObservationField)
  case review(ISOWeek, ReviewField)
  /// A decision of a weekly review or a monthly checkpoint.
  case decision(DecisionLog, DecisionID, DecisionField)
  /// A decision becoming an action on the pillar picked: the action is added and the decision done.
  case decisionAction(DecisionLog, DecisionID)
  /// Who came to a monthly checkpoint.
  case checkpointAttendees(CalendarMonth)
  case experiment(ExperimentID, ExperimentField)
  case assumption(AssumptionID, AssumptionField)
  /// A theme of customer signals (`signals/<theme>.json`).
  case signalTheme(SignalThemeID, SignalThemeField)
  /// The workspace's own settings (`workspace.json`).
  case settings(SettingsField)
  /// A field of a channel's charter entry, by the channel's name; writing one begins the entry.
  case charter(String, CharterField)
  /// The name of an item that does not exist yet: committing it adds the item.
  case newItem(NewItem)

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
      case (.text, _), (.number, _), (.choice, _): false
      }
    }
  }

  /// A date typed as YYYY-MM-DD: its field opens with the date selected, so typing replaces it.
  public var holdsDate: Bool {
    switch self {
    case .action(_, _, let field): field == .due
    case .decision(_, _, let field): field == .due
    case .experiment(_, let field): field.holdsDate
    case .assumption(_, let field): field.holdsDate
    case .signalTheme(_, let field): field.holdsDate
    case .pillar, .promise, .segment, .journey, .stage, .touchpoint, .metric, .observation, .review, .decisionAction, .settings,
      .checkpointAttendees, .charter, .newItem:
      false
    }
  }

  public func kind(in workspace: Workspace) -> Kind {
    switch self {
    case .pillar(_, let field): field.kind
    case .action(_, _, let field): field.kind
    case .promise(let field): field.kind(in: workspace)
    case .segment(_, let field): field.kind
    case .journey(_, let field): field.kind(in: workspace)
    case .stage(_, _, let field): field.kind
    case .touchpoint(_, _, let field): field.kind
    case .metric(_, let field): field.kind
    case .observation(_, _, let field): field.kind
    case .review(_, let field): field.kind
    case .decision(_, _, let field): field.kind
    case .decisionAction: .choice(PillarKind.allCases.map { ($0.title, $0.rawValue) })
    case .checkpointAttendees: .text(multiline: false)
    case .experiment(_, let field): field.kind(in: workspace)
    case .assumption(_, let field): field.kind(in: workspace)
    case .signalTheme(_, let field): field.kind
    case .settings(let field): field.kind(in: workspace)
    case .charter(_, let field): field.kind
    case .newItem: .text(multiline: false)
    }
  }

  /// The field's label, as the editor's title shows it.
  public func label(in workspace: Workspace) -> String {
    switch self {
    case .pillar(let p, let field): "\(p.title) · \(field.label)"
    case .action(let p, _, let field): "\(p.title) · \(field.label)"
    case .promise(let field): field.label
    case .segment(let s, let field): "\(workspace.segments[s]?.name ?? s.rawValue) · \(field.label)"
    case .journey(let j, let field): "\(workspace.journey(j)?.name ?? j.rawValue) · \(field.label)"
    case .stage(let j, let s, let field):
      ["\(workspace.journey(j)?.name ?? j.rawValue)", "stage \(stage(j, s, workspace)?.name ?? s.rawValue)", field.label]
        .compactMap { $0 }.joined(separator: " · ")
    case .touchpoint(let j, let t, let field): "\(touchpoint(j, t, workspace)?.name ?? t.rawValue) · \(field.label)"
    case .metric(let m, let field): "\(metricName(m, workspace)) · \(field.label)"
    case .observation(let m, let week, let field): "\(metricName(m, workspace)) · \(field.label) for \(week)"
    case .review(let week, .attendees): "Review \(week) · attendees (comma-separated)"
    case .review(let week, .note(let m)): "Review \(week) · \(metricName(m, workspace))"
    case .decision(let log, _, let field): "\(log) · \(field.label)"
    case .decisionAction(let log, _): "\(log) · make the decision an action on the pillar"
    case .checkpointAttendees(let month): "Checkpoint \(month) · attendees (comma-separated)"
    case .experiment(let e, let field): "\(workspace.experiment(e)?.name ?? e.rawValue) · \(field.label)"
    case .assumption(let a, let field): "\(shortQuote(workspace.assumptions[a]?.statement ?? a.rawValue)) · \(field.label)"
    case .signalTheme(let t, let field): "\(workspace.signalTheme(t)?.name ?? t.rawValue) · \(field.label)"
    case .settings(let field): "Settings · \(field.label)"
    case .charter(let channel, let field): "Charter · \(channel) · \(field.label)"
    case .newItem(let item): item.label(in: workspace)
    }
  }

  /// The document the field lives in.
  public var document: DocumentRef {
    switch self {
    case .pillar, .action: .pillars
    case .promise: .promise
    case .segment: .segments
    case .journey(let j, _), .stage(let j, _, _), .touchpoint(let j, _, _): .journey(j)
    case .metric: .scorecard
    case .observation(let m, _, _): .history(m)
    case .review(let week, _): .review(week)
    case .decision(let log, _, _): log.document
    case .checkpointAttendees(let month): .checkpoint(month)
    case .decisionAction: .pillars
    case .experiment(let e, _): .experiment(e)
    case .assumption: .assumptions
    case .signalTheme(let t, _): .signalTheme(t)
    case .settings: .manifest
    case .charter: .charter
    case .newItem(let item): item.document
    }
  }

  /// Whether committing adds an item (a metric, a decision, an action, a touchpoint...): an empty text is refused, not ignored.
  public var createsItem: Bool {
    if case .newItem = self { true } else { false }
  }

  /// The field's current value as text (a choice's value, a number as written).
  public func currentText(in workspace: Workspace) -> String {
    switch self {
    case .pillar(let p, let field): field.text(of: workspace.pillars[p])
    case .action(let p, let a, let field): workspace.pillars[p].actions.first { $0.id == a }.map(field.text) ?? ""
    case .promise(let field): field.text(of: workspace.promise)
    case .segment(let s, let field): workspace.segments[s].map(field.text) ?? ""
    case .journey(let j, let field): workspace.journey(j).map(field.text) ?? ""
    case .stage(let j, let s, let field): stage(j, s, workspace).map(field.text) ?? ""
    case .touchpoint(let j, let t, let field): touchpoint(j, t, workspace).map(field.text) ?? ""
    case .metric(let m, let field): workspace.scorecard[m].map(field.text) ?? ""
    case .observation(let m, let week, let field): workspace.scorecard[m].map { field.text(of: $0, for: week) } ?? ""
    case .review(let week, let field): workspace.review(week).map(field.text) ?? ""
    case .decision(let log, let d, let field): workspace.decisions(in: log).first { $0.id == d }.map(field.text) ?? ""
    case .checkpointAttendees(let month): workspace.checkpoint(month)?.attendees.joined(separator: ", ") ?? ""
    case .experiment(let e, let field): workspace.experiment(e).map { field.text(of: $0, in: workspace) } ?? ""
    case .assumption(let a, let field): workspace.assumptions[a].map { field.text(of: $0, in: workspace) } ?? ""
    case .signalTheme(let t, let field): workspace.signalTheme(t).map { field.text(of: $0, in: workspace) } ?? ""
    case .settings(let field): field.text(of: workspace.manifest)
    case .charter(let channel, let field): workspace.charter[channel: channel].map { field.text(of: $0, in: workspace) } ?? ""
    case .decisionAction, .newItem: ""
    }
  }

  /// Writes `text` into the field, or says why not; `workspace` is unchanged on refusal.
  public func apply(_ text: String, to workspace: inout Workspace, today: CalendarDate) -> Result<Void, EditRefusal> {
    var copy = workspace
    if let refusal = write(text, into: &copy, today: today) { return .failure(refusal) }
    workspace = copy
    return .success(())
  }

  private func write(_ text: String, into workspace: inout Workspace, today: CalendarDate) -> EditRefusal? {
    switch self {
    case .pillar(let p, let field):
      return field.apply(text, to: &workspace.pillars[p])
    case .action(let p, let a, let field):
      guard let index = workspace.pillars[p].actions.firstIndex(where: { $0.id == a }) else { return "the action is gone" }
      return field.apply(text, to: &workspace.pillars[p].actions[index])
    case .promise(let field):
      field.apply(text, to: &workspace.promise, today: today)
      return nil
    case .segment(let s, let field):
      guard let index = workspace.segments.segments.firstIndex(where: { $0.id == s }) else { return "the segment is gone" }
      return field.apply(text, to: &workspace.segments.segments[index])
    case .journey(let j, let field):
      guard let ji = workspace.journeys.firstIndex(where: { $0.id == j }) else { return "the journey is gone" }
      let before = workspace
      return field.apply(text, to: &workspace.journeys[ji], in: before)
    case .stage(let j, let s, let field):
      guard let ji = workspace.journeys.firstIndex(where: { $0.id == j }),
        let si = workspace.journeys[ji].stages.firstIndex(where: { $0.id == s })
      else { return "the stage is gone" }
      return field.apply(text, to: &workspace.journeys[ji].stages[si])
    case .touchpoint(let j, let t, let field):
      guard let ji = workspace.journeys.firstIndex(where: { $0.id == j }), let (s, i) = workspace.journeys[ji].position(of: t)
      else { return "the touchpoint is gone" }
      return field.apply(text, to: &workspace.journeys[ji].stages[s].touchpoints[i])
    case .metric(let m, let field):
      guard let index = workspace.scorecard.metrics.firstIndex(where: { $0.id == m }) else { return "the metric is gone" }
      return field.apply(text, to: &workspace.scorecard.metrics[index])
    case .observation(let m, let week, let field):
      guard let index = workspace.scorecard.metrics.firstIndex(where: { $0.id == m }) else { return "the metric is gone" }
      return field.apply(text, to: &workspace.scorecard.metrics[index], for: week, currentWeek: today.isoWeek)
    case .review(let week, let field):
      return Self.updateReview(week, in: &workspace.reviews) { review in
        field.apply(text, to: &review)
        return nil
      }
    case .decision(let log, let d, let field):
      guard workspace.decisions(in: log).contains(where: { $0.id == d }) else { return "the decision is gone" }
      return workspace.updateDecisions(in: log) { decisions in
        guard let index = decisions.firstIndex(where: { $0.id == d }) else { return "the decision is gone" }
        return field.apply(text, to: &decisions[index])
      }
    case .decisionAction(let log, let d):
      guard let pillar = PillarKind(rawValue: text) else { return "pick one of the five pillars" }
      guard let decision = workspace.decisions(in: log).first(where: { $0.id == d }) else { return "the decision is gone" }
      let id = ActionID.make(from: decision.text, avoiding: workspace.pillars.pillars.flatMap(\.actions).map(\.id))
      workspace.pillars[pillar].actions.append(PillarAction(id: id, text: decision.text, owner: decision.owner, due: decision.due))
      return workspace.updateDecisions(in: log) { decisions in
        guard let index = decisions.firstIndex(where: { $0.id == d }) else { return "the decision is gone" }
        decisions[index].state = .done
        decisions[index].note = "became an action on \(pillar.title)"
        return nil
      }
    case .checkpointAttendees(let month):
      var checkpoint = workspace.checkpoint(month) ?? MonthlyCheckpoint(month: month)
      checkpoint.attendees = ReviewField.attendees(from: text)
      workspace.checkpoints.removeAll { $0.month == month }
      workspace.checkpoints.append(checkpoint)
      workspace.checkpoints.sort { $0.month < $1.month }
      return nil
    case .experiment(let e, let field):
      guard let index = workspace.experiments.firstIndex(where: { $0.id == e }) else { return "the experiment is gone" }
      let before = workspace
      return field.apply(text, to: &workspace.experiments[index], in: before)
    case .assumption(let a, let field):
      return field.apply(text, to: a, in: &workspace)
    case .signalTheme(let t, let field):
      guard let index = workspace.signalThemes.firstIndex(where: { $0.id == t }) else { return "the theme is gone" }
      let before = workspace
      return field.apply(text, to: &workspace.signalThemes[index], in: before, today: today)
    case .settings(let field):
      return field.apply(text, to: &workspace.manifest)
    case .charter(let channel, let field):
      return field.apply(text, toChannel: channel, in: &workspace)
    case .newItem(let item):
      return item.add(named: text, to: &workspace)
    }
  }

  private func metricName(_ m: MetricID, _ workspace: Workspace) -> String {
    workspace.scorecard[m]?.name ?? m.rawValue
  }

  private func stage(_ j: JourneyID, _ s: StageID, _ workspace: Workspace) -> Stage? {
    workspace.journey(j)?.stages.first { $0.id == s }
  }

  private func touchpoint(_ j: JourneyID, _ t: TouchpointID, _ workspace: Workspace) -> Touchpoint? {
    guard let journey = workspace.journey(j), let (s, i) = journey.position(of: t) else { return nil }
    return journey.stages[s].touchpoints[i]
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
