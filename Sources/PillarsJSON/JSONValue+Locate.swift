extension JSONValue {
  /// The value at `path`, or nil when the path leads outside the tree.
  public subscript(path: ValuePath) -> JSONValue? {
    let found = deepestValue(along: path)
    return found.path.components.count == path.components.count ? found.value : nil
  }

  /// The value at `path`, or the deepest value on the way there when the tree stops short:
  /// a finding about the missing `owner` of `pillars[2]` lands on `pillars[2]`'s object.
  public func deepestValue(along path: ValuePath) -> (value: JSONValue, path: ValuePath) {
    var current = self
    var reached: [ValuePath.Component] = []
    for component in path.components {
      let next: JSONValue?
      switch component {
      case .key(let key): next = current[key]
      case .index(let index): next = current[index]
      }
      guard let next else { break }
      current = next
      reached.append(component)
    }
    return (current, ValuePath(reached))
  }

  /// Where the value at `path` starts in the file, or the deepest value on the way there.
  public func location(of path: ValuePath) -> SourceLocation? {
    deepestValue(along: path).value.location
  }
}
