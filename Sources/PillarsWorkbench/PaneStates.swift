/// Each pane's own state, kept by pane: a feature reads and writes only its own, through the
/// typed accessor its file declares (`workbench.journeyPane`).
public struct PaneStates: Equatable, Sendable {
  private var states: [String: any PaneState] = [:]

  public init() {}

  public subscript<Feature: PaneFeature>(_ feature: Feature.Type) -> Feature.State {
    get { states[Feature.pane.id] as? Feature.State ?? Feature.State() }
    set { states[Feature.pane.id] = newValue }
  }

  public static func == (lhs: PaneStates, rhs: PaneStates) -> Bool {
    lhs.states.count == rhs.states.count
      && lhs.states.allSatisfy { id, state in rhs.states[id].map { state.isEqual(to: $0) } ?? false }
  }
}
