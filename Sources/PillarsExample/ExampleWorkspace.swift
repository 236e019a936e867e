import PillarsCore

/// The bundled example: Brassline, job management software for trade contractors, and its living
/// customer strategy.
///
/// Brassline sells scheduling, dispatch, a technician app, invoicing and accounting sync to HVAC,
/// plumbing and electrical firms. Its support runs through a chatbot, an email queue and a team of
/// specialists; the strategy is about keeping one promise to growing contractors across that path.
///
/// Every date is computed from the arguments, so the example looks alive whatever day it is made:
/// weekly histories end at `lastWeek`, and action due dates and promise revisions sit around `today`.
public enum ExampleWorkspace {
  /// The example company, with its weekly history ending at `lastWeek` (the most recent week with values).
  public static func make(lastWeek: ISOWeek, today: CalendarDate) -> Workspace {
    let calendar = ExampleCalendar(lastWeek: lastWeek, today: today)
    var workspace = Workspace(
      manifest: manifest,
      pillars: pillars(calendar),
      promise: promise(calendar),
      segments: segments,
      scorecard: scorecard(calendar),
      journeys: [journeyToday, journeyNext],
      reviews: reviews(calendar)
    )
    workspace.experiments = experiments(calendar).sorted { $0.id < $1.id }
    workspace.assumptions = assumptions(calendar)
    workspace.checkpoints = [checkpoint(calendar)]
    workspace.charter = charter
    workspace.signalThemes = signalThemes(calendar).sorted { $0.id < $1.id }
    workspace.signalTags = signalTags
    return workspace
  }

  /// The example as of `today`, with values up to the last complete week before it.
  public static func make(today: CalendarDate) -> Workspace {
    make(lastWeek: today.isoWeek.adding(weeks: -1), today: today)
  }

  /// The id of the segment the strategy focuses on.
  static let primarySegment: SegmentID = "growing-contractors"

  static let manifest = WorkspaceManifest(
    name: "Brassline",
    owner: People.maya,
    reviewDay: .tuesday,
    theme: nil,
    extraWishWords: ["all-in-one", "turnkey"],
    customerFocus: .enlightened
  )
}
