/// The one check engine: validation of every document and the strategy lints.
///
/// `pillars check` and the screens both call it, so they always agree on what is wrong.
public enum Checks {
  /// Everything the checks find in `workspace`, errors first, then in document order.
  ///
  /// - Parameters:
  ///   - today: the day the checks are run; staleness and overdue actions are judged against it.
  ///   - unavailable: documents that failed to load; they are skipped rather than judged empty.
  public static func run(_ workspace: Workspace, today: CalendarDate, skipping unavailable: Set<DocumentRef> = []) -> [Finding] {
    var context = CheckContext(workspace: workspace, today: today, unavailable: unavailable)
    for kind in workspace.registry.kinds { kind.definition.check(&context) }
    return context.findings.enumerated().sorted { a, b in
      if a.element.severity != b.element.severity { return a.element.severity > b.element.severity }
      if a.element.document != b.element.document { return a.element.document < b.element.document }
      return a.offset < b.offset
    }.map(\.element)
  }
}

/// What the individual checks share while they run; each kind's checks
/// (``DocumentKindDefinition/check(_:)``) report through it.
public struct CheckContext {
  public let workspace: Workspace
  public let today: CalendarDate
  public let unavailable: Set<DocumentRef>
  var findings: [Finding] = []
  /// Metric ids, known only when the scorecard loaded; nil means "cannot tell".
  /// Gathered once: every touchpoint and review note is checked against them.
  let metricIDs: Set<MetricID>?
  let segmentIDs: Set<SegmentID>?
  /// The journeys that loaded; one that failed to load is not taken for missing (see `isAvailable`).
  let journeyIDs: Set<JourneyID>

  init(workspace: Workspace, today: CalendarDate, unavailable: Set<DocumentRef>) {
    self.workspace = workspace
    self.today = today
    self.unavailable = unavailable
    metricIDs = unavailable.contains(.scorecard) ? nil : Set(workspace.scorecard.metrics.map(\.id))
    segmentIDs = unavailable.contains(.segments) ? nil : Set(workspace.segments.segments.map(\.id))
    journeyIDs = Set(workspace.journeys.map(\.id))
  }

  public func isAvailable(_ document: DocumentRef) -> Bool { !unavailable.contains(document) }

  public mutating func error(_ rule: Rule, _ document: DocumentRef, _ path: JSONPath, _ message: String) {
    findings.append(Finding(.error, rule, in: document, at: path, message))
  }

  public mutating func warning(_ rule: Rule, _ document: DocumentRef, _ path: JSONPath, _ message: String) {
    findings.append(Finding(.warning, rule, in: document, at: path, message))
  }

  // MARK: Shared validations

  public mutating func requireName(_ name: String, _ document: DocumentRef, _ path: JSONPath, what: String) {
    if name.isBlank { error(.emptyName, document, path, "\(what) needs a name") }
  }

  public mutating func requireRange(_ value: Int, _ range: ClosedRange<Int>, _ document: DocumentRef, _ path: JSONPath) {
    if !range.contains(value) {
      error(.outOfRange, document, path, "must be between \(range.lowerBound) and \(range.upperBound), found \(value)")
    }
  }

  /// Ids must be well formed and unique among their siblings.
  public mutating func checkIDs<ID: Hashable & CustomStringConvertible>(
    _ ids: [ID], _ document: DocumentRef, at path: (Int) -> JSONPath, what: String
  ) {
    var seen: [ID: Int] = [:]
    for (index, id) in ids.enumerated() {
      if !Slug.isValid(id.description) {
        error(.malformedID, document, path(index),
          "\(what) id \"\(id)\" must use lowercase letters, digits and single dashes")
      }
      if let first = seen[id] {
        error(.duplicateID, document, path(index), "\(what) id \"\(id)\" is already used by entry \(first + 1)")
      } else {
        seen[id] = index
      }
    }
  }

  public mutating func checkMetricReference(_ id: MetricID, _ document: DocumentRef, _ path: JSONPath) {
    if let known = metricIDs, !known.contains(id) {
      error(.danglingReference, document, path, "no metric \"\(id)\" in the scorecard")
    }
  }

  public mutating func checkSegmentReference(_ id: SegmentID?, _ document: DocumentRef, _ path: JSONPath) {
    if let id, let known = segmentIDs, !known.contains(id) {
      error(.danglingReference, document, path, "no segment \"\(id)\" in segments.json")
    }
  }
}
