/// A place inside a JSON value, written the way people read it: `stages[2].touchpoints[0].emotion`.
public struct ValuePath: Hashable, Sendable, CustomStringConvertible, ExpressibleByArrayLiteral {
  public enum Component: Hashable, Sendable {
    case key(String)
    case index(Int)
  }

  public var components: [Component]

  public init(_ components: [Component] = []) { self.components = components }
  public init(arrayLiteral elements: Component...) { self.components = elements }

  public static let root = ValuePath()

  public var isRoot: Bool { components.isEmpty }

  public func appending(_ key: String) -> ValuePath { ValuePath(components + [.key(key)]) }
  public func appending(_ index: Int) -> ValuePath { ValuePath(components + [.index(index)]) }

  /// Keys made of ASCII letters, digits, `_` and `$` join with dots; any other key is
  /// written in brackets and quotes, so the path stays unambiguous.
  public var description: String {
    var text = ""
    for component in components {
      switch component {
      case .key(let key) where ValuePath.isPlain(key):
        if !text.isEmpty { text += "." }
        text += key
      case .key(let key):
        text += "[\"" + key.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\\\"") + "\"]"
      case .index(let index):
        text += "[\(index)]"
      }
    }
    return text
  }

  private static func isPlain(_ key: String) -> Bool {
    !key.isEmpty
      && key.unicodeScalars.allSatisfy {
        $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "$")
      }
  }
}
