/// Decodes `Decodable` values from a parsed ``JSONValue`` tree.
///
/// Every error is a ``JSONDiagnostic`` naming the path and position of the offending value
/// and saying in plain words what is wrong: `expected a number, found "abc"`,
/// `missing required field "name"`, `"sometimes" is not one of: kept, at-risk`.
/// Keys the type does not know are not errors but come back as warnings, because a later
/// version of the format may add fields.
public struct JSONValueDecoder {
  /// Keys of the top-level object that are expected and never reported as unknown (such as `$schema`).
  public var ignoredRootKeys: Set<String>

  public init(ignoredRootKeys: Set<String> = []) {
    self.ignoredRootKeys = ignoredRootKeys
  }

  /// The decoded value and the warnings about fields it ignored, in the order they were found.
  public func decode<T: Decodable>(
    _ type: T.Type, from value: JSONValue
  ) throws(JSONDiagnostic) -> (value: T, warnings: [JSONDiagnostic]) {
    let state = DecodingState(ignoredRootKeys: ignoredRootKeys)
    let decoder = TreeDecoder(root: value, state: state)
    do {
      let decoded = try decoder.unbox(type)
      return (decoded, state.warnings)
    } catch let diagnostic as JSONDiagnostic {
      throw diagnostic
    } catch {
      throw decoder.failure(String(describing: error))
    }
  }
}
