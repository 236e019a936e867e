/// The panes of the workbench, in the order of their tabs: the one list the tab bar, the number
/// keys, Tab, the palette, search hits and the help iterate. Adding a pane is a line here.
public enum PaneRegistry {
  public static let standard: [any PaneFeature.Type] = [
    PillarsPane.self,
    PromisePane.self,
    JourneyPane.self,
    ScorecardPane.self,
    SegmentsPane.self,
    SignalsPane.self,
    ExperimentsPane.self,
    AssumptionsPane.self,
  ]

  static func feature(for pane: Pane) -> any PaneFeature.Type {
    standard.first { $0.pane == pane } ?? standard[0]
  }
}
