import PillarsCore
import PillarsJSON

extension JSONPath {
  /// The same place, as the domain names it.
  init(_ path: ValuePath) {
    self.init(
      path.components.map { component in
        switch component {
        case .key(let key): .key(key)
        case .index(let index): .index(index)
        }
      })
  }
}

extension ValuePath {
  /// The same place, as the JSON layer names it.
  init(_ path: JSONPath) {
    self.init(
      path.components.map { component in
        switch component {
        case .key(let key): .key(key)
        case .index(let index): .index(index)
        }
      })
  }
}
