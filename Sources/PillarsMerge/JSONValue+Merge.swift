import PillarsJSON

extension JSONValue {
  /// The value without positions and with members in key order (UTF-8 bytes, as the canonical
  /// writer orders them): what two versions of a document are compared by.
  public var normalized: JSONValue {
    switch content {
    case .array(let elements):
      return JSONValue(.array(elements.map(\.normalized)))
    case .object(let members):
      let sorted = members.map { JSONMember($0.key, $0.value.normalized) }.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      return JSONValue(.object(sorted))
    default:
      return location == nil ? self : JSONValue(content)
    }
  }

  var members: [JSONMember]? {
    if case .object(let members) = content { return members }
    return nil
  }

  var elements: [JSONValue]? {
    if case .array(let elements) = content { return elements }
    return nil
  }

  var text: String? {
    if case .string(let text) = content { return text }
    return nil
  }

  var isScalar: Bool {
    switch content {
    case .null, .bool, .number, .string: true
    case .array, .object: false
    }
  }

  /// The value with the one at `path` replaced, or removed when `replacement` is nil; nil when the
  /// path leads outside the tree. An index one past the end of an array inserts.
  func replacing(_ path: ArraySlice<ValuePath.Component>, with replacement: JSONValue?) -> JSONValue? {
    guard let first = path.first else { return replacement ?? .null }
    let rest = path.dropFirst()
    switch (first, content) {
    case (.key(let key), .object(var members)):
      if let index = members.firstIndex(where: { $0.key == key }) {
        if rest.isEmpty, replacement == nil {
          members.remove(at: index)
        } else {
          guard let changed = members[index].value.replacing(rest, with: replacement) else { return nil }
          members[index].value = changed
        }
      } else {
        guard rest.isEmpty, let replacement else { return rest.isEmpty ? self : nil }
        members.append(JSONMember(key, replacement))
        members.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      }
      return JSONValue(.object(members))
    case (.index(let index), .array(var elements)):
      if rest.isEmpty, index == elements.count, let replacement {
        elements.append(replacement)
      } else if elements.indices.contains(index) {
        if rest.isEmpty, replacement == nil {
          elements.remove(at: index)
        } else {
          guard let changed = elements[index].replacing(rest, with: replacement) else { return nil }
          elements[index] = changed
        }
      } else {
        return nil
      }
      return JSONValue(.array(elements))
    default:
      return nil
    }
  }

  /// Inserts `element` into the array at `path`, at `index`.
  func inserting(_ element: JSONValue, into path: ArraySlice<ValuePath.Component>, at index: Int) -> JSONValue? {
    guard let first = path.first else {
      guard case .array(var elements) = content else { return nil }
      elements.insert(element, at: min(max(0, index), elements.count))
      return JSONValue(.array(elements))
    }
    let rest = path.dropFirst()
    switch (first, content) {
    case (.key(let key), .object(var members)):
      guard let at = members.firstIndex(where: { $0.key == key }) else {
        guard rest.isEmpty else { return nil }
        members.append(JSONMember(key, JSONValue(.array([element]))))
        members.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        return JSONValue(.object(members))
      }
      guard let changed = members[at].value.inserting(element, into: rest, at: index) else { return nil }
      members[at].value = changed
      return JSONValue(.object(members))
    case (.index(let position), .array(var elements)) where elements.indices.contains(position):
      guard let changed = elements[position].inserting(element, into: rest, at: index) else { return nil }
      elements[position] = changed
      return JSONValue(.array(elements))
    default:
      return nil
    }
  }
}
