/// The five pillars of a customer strategy, fixed and in this order.
public enum PillarKind: String, CaseIterable, Sendable, Codable {
  case knowYourCustomers = "know-your-customers"
  case defineThePromise = "define-the-promise"
  case designTheJourney = "design-the-journey"
  case equipTheTeam = "equip-the-team"
  case measureAndAdapt = "measure-and-adapt"

  public var title: String {
    switch self {
    case .knowYourCustomers: "Know your customers"
    case .defineThePromise: "Define the promise"
    case .designTheJourney: "Design the journey"
    case .equipTheTeam: "Equip the team"
    case .measureAndAdapt: "Measure and adapt"
    }
  }

  /// 1 to 5, the pillar's place in the strategy.
  public var number: Int { (PillarKind.allCases.firstIndex(of: self) ?? 0) + 1 }
}

/// How far a pillar has come.
public enum PillarStatus: String, CaseIterable, Sendable, Codable {
  case notStarted = "not-started"
  case draft
  case inPlace = "in-place"
  case proven

  public var label: String {
    switch self {
    case .notStarted: "not started"
    case .draft: "draft"
    case .inPlace: "in place"
    case .proven: "proven"
    }
  }
}

/// One pillar: where it stands, who owns it, and what is being done about it.
public struct Pillar: Equatable, Sendable, Codable, Identifiable {
  public var id: PillarKind
  public var status: PillarStatus
  public var owner: String
  public var summary: String
  public var notes: String
  public var actions: [PillarAction]

  public init(
    id: PillarKind, status: PillarStatus = .notStarted, owner: String = "", summary: String = "",
    notes: String = "", actions: [PillarAction] = []
  ) {
    self.id = id
    self.status = status
    self.owner = owner
    self.summary = summary
    self.notes = notes
    self.actions = actions
  }

  enum CodingKeys: String, CodingKey { case id, status, owner, summary, notes, actions }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(PillarKind.self, forKey: .id)
    status = try c.decode(.status, or: .notStarted)
    owner = try c.decode(.owner, or: "")
    summary = try c.decode(.summary, or: "")
    notes = try c.decode(.notes, or: "")
    actions = try c.decode(.actions, or: [])
  }

  /// Nothing written and nothing planned: the pillar that makes the strategy wobble.
  public var isEmpty: Bool {
    summary.trimmingWhitespace.isEmpty && notes.trimmingWhitespace.isEmpty && actions.isEmpty
  }

  public var openActions: [PillarAction] { actions.filter { !$0.done } }
}

/// Something a pillar's owner has committed to do.
public struct PillarAction: Equatable, Sendable, Codable, Identifiable {
  public var id: ActionID
  public var text: String
  public var owner: String
  public var due: CalendarDate?
  public var done: Bool

  public init(id: ActionID, text: String, owner: String = "", due: CalendarDate? = nil, done: Bool = false) {
    self.id = id
    self.text = text
    self.owner = owner
    self.due = due
    self.done = done
  }

  enum CodingKeys: String, CodingKey { case id, text, owner, due, done }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(ActionID.self, forKey: .id)
    text = try c.decode(String.self, forKey: .text)
    owner = try c.decode(.owner, or: "")
    due = try c.decodeIfPresent(CalendarDate.self, forKey: .due)
    done = try c.decode(.done, or: false)
  }

  public func isOverdue(on today: CalendarDate) -> Bool {
    guard let due, !done else { return false }
    return due < today
  }
}
