/// A `Decoder` positioned at one value of the tree.
///
/// A class linked to its parent: handing it to `init(from:)` copies nothing, and the path and
/// coding path are built only when an error or a warning needs them, not once per value.
final class TreeDecoder: Decoder {
  let node: JSONValue
  /// The decoder of the array or object holding this value; nil at the root.
  let parent: TreeDecoder?
  /// How the parent reaches this value; nil at the root.
  let component: ValuePath.Component?
  let state: DecodingState

  /// The decoder of a whole document.
  init(root node: JSONValue, state: DecodingState) {
    self.node = node
    self.parent = nil
    self.component = nil
    self.state = state
  }

  private init(node: JSONValue, parent: TreeDecoder, component: ValuePath.Component) {
    self.node = node
    self.parent = parent
    self.component = component
    self.state = parent.state
  }

  var userInfo: [CodingUserInfoKey: Any] { [:] }

  var isRoot: Bool { component == nil }

  /// Where this value is, from the root.
  var path: ValuePath { ValuePath(components) }

  var codingPath: [any CodingKey] {
    components.map { component -> any CodingKey in
      switch component {
      case .key(let key): NamedKey(key)
      case .index(let index): IndexKey(index)
      }
    }
  }

  private var components: [ValuePath.Component] {
    var reversed: [ValuePath.Component] = []
    var current: TreeDecoder? = self
    while let decoder = current, let component = decoder.component {
      reversed.append(component)
      current = decoder.parent
    }
    return reversed.reversed()
  }

  func child(_ value: JSONValue, component: ValuePath.Component) -> TreeDecoder {
    TreeDecoder(node: value, parent: self, component: component)
  }

  func failure(_ message: String) -> JSONDiagnostic {
    JSONDiagnostic(message, at: path, location: node.location)
  }

  func mismatch(expected: String) -> JSONDiagnostic {
    failure("expected \(expected), found \(node.summary)")
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let members) = node.content else { throw mismatch(expected: "an object") }
    state.reportUnknownKeys(of: members, in: self, knownAs: type)
    return KeyedDecodingContainer(KeyedTreeContainer<Key>(decoder: self, members: members))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let elements) = node.content else { throw mismatch(expected: "an array") }
    return UnkeyedTreeContainer(decoder: self, elements: elements)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    SingleValueTreeContainer(decoder: self)
  }

  /// Decodes any type at this value, turning the errors of its own initializer into diagnostics.
  func unbox<T: Decodable>(_ type: T.Type) throws -> T {
    // Maps of counts come by the ten thousand in a workspace's signals: read in place, they skip
    // the standard library's generic dictionary decoding and its metadata lookups.
    if T.self == [String: Int].self, let counts = node.plainCounts as? T { return counts }
    // Only a value that is not a string can be wrong for a string enumeration before its initializer runs.
    if !node.isString, let allowed = state.allowedValues(of: type) {
      throw failure("expected one of: " + allowed.joined(separator: ", ") + "; found \(node.summary)")
    }
    do {
      return try T(from: self)
    } catch let diagnostic as JSONDiagnostic {
      throw diagnostic
    } catch let error as DecodingError {
      throw translate(error, decoding: type)
    } catch {
      throw failure(String(describing: error))
    }
  }

  /// Places an error thrown by a type's own initializer at the value it is about.
  private func translate(_ error: DecodingError, decoding type: Any.Type) -> JSONDiagnostic {
    let context: DecodingError.Context
    switch error {
    case .dataCorrupted(let c), .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c):
      context = c
    @unknown default:
      return failure(String(describing: error))
    }
    let depth = components.count
    let extra = context.codingPath.count > depth ? Array(context.codingPath[depth...]) : []
    let target = descend(along: extra)
    switch error {
    case .keyNotFound(let key, _):
      return target.failure("missing required field \"\(key.stringValue)\"")
    case .dataCorrupted where extra.isEmpty:
      if let allowed = StringEnumeration.allowedValues(of: type), node.isString {
        return failure("\(node.summary) is not one of: " + allowed.joined(separator: ", "))
      }
      return failure(context.debugDescription)
    default:
      return target.failure(context.debugDescription)
    }
  }

  /// The decoder at the deepest value the coding keys lead to.
  private func descend(along keys: [any CodingKey]) -> TreeDecoder {
    var current = self
    for key in keys {
      switch current.node.content {
      case .array(let elements):
        guard let index = key.intValue, elements.indices.contains(index) else { return current }
        current = current.child(elements[index], component: .index(index))
      case .object(let members):
        guard let member = members.first(where: { $0.key == key.stringValue }) else { return current }
        current = current.child(member.value, component: .key(member.key))
      default:
        return current
      }
    }
    return current
  }
}
