/// A `Decoder` positioned at one value of the tree.
struct TreeDecoder: Decoder {
  let node: JSONValue
  let path: ValuePath
  let codingPath: [any CodingKey]
  let state: DecodingState

  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func child(_ value: JSONValue, key: any CodingKey, component: ValuePath.Component) -> TreeDecoder {
    TreeDecoder(
      node: value, path: ValuePath(path.components + [component]), codingPath: codingPath + [key], state: state)
  }

  func failure(_ message: String) -> JSONDiagnostic {
    JSONDiagnostic(message, at: path, location: node.location)
  }

  func mismatch(expected: String) -> JSONDiagnostic {
    failure("expected \(expected), found \(node.summary)")
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let members) = node.content else { throw mismatch(expected: "an object") }
    state.reportUnknownKeys(of: members, at: path, knownAs: type)
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
    if let allowed = StringEnumeration.allowedValues(of: type) {
      guard case .string = node.content else {
        throw failure("expected one of: " + allowed.joined(separator: ", ") + "; found \(node.summary)")
      }
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
    let extra = context.codingPath.count > codingPath.count ? Array(context.codingPath[codingPath.count...]) : []
    let target = descend(along: extra)
    switch error {
    case .keyNotFound(let key, _):
      return target.failure("missing required field \"\(key.stringValue)\"")
    case .dataCorrupted where extra.isEmpty:
      if let allowed = StringEnumeration.allowedValues(of: type), case .string = node.content {
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
        current = current.child(elements[index], key: key, component: .index(index))
      case .object(let members):
        guard let member = members.first(where: { $0.key == key.stringValue }) else { return current }
        current = current.child(member.value, key: key, component: .key(member.key))
      default:
        return current
      }
    }
    return current
  }
}
