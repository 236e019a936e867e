/// A place inside a JSON document: `stages[2].touchpoints[0].emotion`.
public struct JSONPath: Hashable, Sendable, CustomStringConvertible, ExpressibleByArrayLiteral {
  public enum Component: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case key(String)
    case index(Int)

    public init(stringLiteral value: String) { self = .key(value) }
    public init(integerLiteral value: Int) { self = .index(value) }
  }

  public var components: [Component]

  public init(_ components: [Component] = []) { self.components = components }
  public init(arrayLiteral elements: Component...) { self.components = elements }

  public static let root = JSONPath()

  public func appending(_ key: String) -> JSONPath { JSONPath(components + [.key(key)]) }
  public func appending(_ index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

  public static func / (path: JSONPath, key: String) -> JSONPath { path.appending(key) }
  public static func / (path: JSONPath, index: Int) -> JSONPath { path.appending(index) }

  public var isRoot: Bool { components.isEmpty }

  public var description: String {
    var text = ""
    for component in components {
      switch component {
      case .key(let key):
        let plain = !key.isEmpty && key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "$") }
        if plain {
          if !text.isEmpty { text += "." }
          text += key
        } else {
          let escaped = key.flatMap { $0 == "\"" ? ["\\", "\""] : [$0] }
          text += "[\"" + String(escaped) + "\"]"
        }
      case .index(let index): text += "[\(index)]"
      }
    }
    return text
  }
}
