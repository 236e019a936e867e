/// Where an encoder is in the value being written, as a chain to the root: cheap to extend for
/// every value, and turned into a path or coding path only when a message or a caller asks.
final class EncodingTrail {
  let parent: EncodingTrail?
  let component: ValuePath.Component

  init(parent: EncodingTrail?, component: ValuePath.Component) {
    self.parent = parent
    self.component = component
  }

  static func path(of trail: EncodingTrail?) -> ValuePath {
    var components: [ValuePath.Component] = []
    var current = trail
    while let step = current {
      components.append(step.component)
      current = step.parent
    }
    return ValuePath(components.reversed())
  }

  static func codingPath(of trail: EncodingTrail?) -> [any CodingKey] {
    path(of: trail).components.map { component -> any CodingKey in
      switch component {
      case .key(let key): NamedKey(key)
      case .index(let index): IndexKey(index)
      }
    }
  }
}
