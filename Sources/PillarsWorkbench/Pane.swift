/// A pane of the workbench, as the tabs show it. Each is declared by its feature (`JourneyPane`)
/// and listed once in ``PaneRegistry``; its number (the key that shows it) is its place there.
public struct Pane: Hashable, Sendable, CustomStringConvertible {
  /// A stable name, the key of the pane's state.
  public let id: String
  public let title: String

  public init(id: String, title: String) {
    self.id = id
    self.title = title
  }

  /// Every pane, in the order of the tabs.
  public static var allCases: [Pane] { PaneRegistry.standard.map { $0.pane } }

  /// 1 for the first tab: the key that shows it.
  public var number: Int { (Pane.allCases.firstIndex(of: self) ?? 0) + 1 }

  /// The pane after this one in the tab order, wrapping round.
  public var next: Pane { Pane.neighbour(of: self, by: 1) }
  public var previous: Pane { Pane.neighbour(of: self, by: -1) }

  public var description: String { id }

  private static func neighbour(of pane: Pane, by step: Int) -> Pane {
    let all = allCases
    let index = all.firstIndex(of: pane) ?? 0
    return all[(index + step + all.count) % all.count]
  }
}
