/// Encodes `Encodable` values into a ``JSONValue`` tree, ready for ``CanonicalJSONWriter``.
///
/// Doubles are written in their shortest round-tripping form and whole doubles without a
/// decimal point; NaN and infinity cannot be written and are refused with the path of the value.
public struct JSONValueEncoder {
  public init() {}

  public func encode<T: Encodable>(_ value: T) throws(JSONDiagnostic) -> JSONValue {
    let root = EncodingNode()
    let encoder = TreeEncoder(node: root, trail: nil)
    do {
      try encoder.box(value)
    } catch let diagnostic as JSONDiagnostic {
      throw diagnostic
    } catch {
      throw JSONDiagnostic(String(describing: error), at: .root)
    }
    return root.value
  }
}
