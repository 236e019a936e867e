/// Reads JSON text strictly by RFC 8259 into a ``JSONValue`` tree whose values know their positions.
///
/// Everything a hand edit can get wrong is an error with a position and a plain message:
/// invalid UTF-8, a byte-order mark, an empty file, trailing commas, comments, `NaN`,
/// leading zeros, raw control characters and lone surrogates in strings, text after the
/// value, duplicate keys, and nesting deeper than ``maximumDepth``.
public struct JSONParser {
  /// How many arrays and objects may sit inside each other.
  public static let maximumDepth = 512

  let bytes: [UInt8]
  var index = 0
  var line = 1
  var column = 1

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// Parses a whole file.
  public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    let start = SourceLocation(line: 1, column: 1)
    if bytes.isEmpty { throw JSONSyntaxError("the file is empty", at: start) }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      throw JSONSyntaxError("the file starts with a byte-order mark; save it as UTF-8 without BOM", at: start)
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      throw JSONSyntaxError("the file is UTF-16 text; save it as UTF-8", at: start)
    }
    try UTF8Validation.validate(bytes)
    var parser = JSONParser(bytes)
    parser.skipWhitespace()
    if parser.isAtEnd { throw JSONSyntaxError("the file is empty", at: start) }
    let value = try parser.parseValue(depth: 0)
    parser.skipWhitespace()
    if !parser.isAtEnd {
      if parser.peek == UInt8(ascii: "/") { throw parser.unexpected(expecting: "the end of the file") }
      throw parser.error("unexpected \(parser.describeNext()) after the end of the JSON value")
    }
    return value
  }

  // MARK: - Reading bytes

  /// The text of the bytes in `range`, made without slicing the array (which would count a
  /// reference to it for every string of the file).
  func text(_ range: Range<Int>) -> String {
    bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
  }

  var isAtEnd: Bool { index >= bytes.count }
  var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
  var location: SourceLocation { SourceLocation(line: line, column: column) }

  /// Moves past one byte that is not a line break; columns advance once per scalar.
  mutating func advance() {
    if bytes[index] & 0xC0 != 0x80 { column += 1 }
    index += 1
  }

  mutating func skipWhitespace() {
    while let byte = peek {
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"):
        index += 1
        column += 1
      case UInt8(ascii: "\n"):
        index += 1
        newLine()
      case UInt8(ascii: "\r"):
        index += 1
        if peek == UInt8(ascii: "\n") { index += 1 }
        newLine()
      default:
        return
      }
    }
  }

  private mutating func newLine() {
    line += 1
    column = 1
  }

  func error(_ message: String, at location: SourceLocation? = nil) -> JSONSyntaxError {
    JSONSyntaxError(message, at: location ?? self.location)
  }

  /// The next character for a message: `"x"`, or `U+0001` for an invisible one.
  func describeNext() -> String {
    guard index < bytes.count else { return "the end of the file" }
    let byte = bytes[index]
    if byte < 0x20 || byte == 0x7F { return "U+" + String(byte, radix: 16, uppercase: true).leftPadded(to: 4) }
    var end = index + 1
    while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
    return "\"" + String(decoding: bytes[index..<end], as: UTF8.self) + "\""
  }

  // MARK: - Values

  mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    skipWhitespace()
    guard let byte = peek else {
      throw error("the file ends too early: a value is missing here")
    }
    switch byte {
    case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
    case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
    case UInt8(ascii: "\""):
      let start = location
      return JSONValue(.string(try parseString()), at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let start = location
      return JSONValue(.number(try parseNumber()), at: start)
    default:
      return try parseWord()
    }
  }

  /// `true`, `false` and `null`, and a helpful error for words that are not JSON.
  private mutating func parseWord() throws(JSONSyntaxError) -> JSONValue {
    let start = location
    let startIndex = index
    while let byte = peek, byte.isASCIIWordCharacter { advance() }
    let word = String(decoding: bytes[startIndex..<index], as: UTF8.self)
    switch word {
    case "true": return JSONValue(.bool(true), at: start)
    case "false": return JSONValue(.bool(false), at: start)
    case "null": return JSONValue(.null, at: start)
    case "NaN", "nan", "Infinity", "infinity", "inf":
      throw error("\(word) is not allowed in JSON; write a number or null", at: start)
    case "":
      throw unexpectedCharacter(at: start)
    default:
      if ["true", "false", "null"].contains(word.lowercased()) {
        throw error("write \(word.lowercased()) in lowercase; JSON has no \"\(word)\"", at: start)
      }
      throw error("\"\(word)\" is not a JSON value; text must be in double quotes", at: start)
    }
  }

  private func unexpectedCharacter(at start: SourceLocation) -> JSONSyntaxError {
    switch peek {
    case UInt8(ascii: "+"): return error("numbers cannot start with \"+\"; leave the plus sign out", at: start)
    case UInt8(ascii: "."): return error("numbers need a digit before the decimal point, as in 0.5", at: start)
    default: return unexpected(expecting: "a value")
    }
  }

  /// The error for a character that does not belong here, recognising the usual slips.
  func unexpected(expecting expectation: String) -> JSONSyntaxError {
    switch peek {
    case UInt8(ascii: "/"): error("comments are not allowed in JSON")
    case UInt8(ascii: "'"): error("strings must be in double quotes, not single quotes")
    default: error("expected \(expectation), found \(describeNext())")
    }
  }

  /// Whether the next character starts a value, as it does when a comma was forgotten.
  private var nextStartsValue: Bool {
    guard let byte = peek else { return false }
    return byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[")
      || byte == UInt8(ascii: "-") || byte.isDigit || byte.isASCIIWordCharacter
  }

  private mutating func enter(depth: Int) throws(JSONSyntaxError) -> SourceLocation {
    let start = location
    if depth > JSONParser.maximumDepth {
      throw error("arrays and objects nest deeper than \(JSONParser.maximumDepth) levels", at: start)
    }
    advance()
    return start
  }

  private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    let start = try enter(depth: depth)
    var elements: [JSONValue] = []
    skipWhitespace()
    if peek == UInt8(ascii: "]") {
      advance()
      return JSONValue(.array([]), at: start)
    }
    while true {
      elements.append(try parseValue(depth: depth))
      skipWhitespace()
      switch peek {
      case UInt8(ascii: ","):
        let comma = location
        advance()
        skipWhitespace()
        if peek == UInt8(ascii: "]") { throw error("trailing comma before \"]\"; remove it", at: comma) }
      case UInt8(ascii: "]"):
        advance()
        return JSONValue(.array(elements), at: start)
      case nil:
        throw error("the file ends inside an array (opened at line \(start.line), column \(start.column)); expected \",\" or \"]\"")
      default:
        if nextStartsValue { throw error("missing \",\" between two elements of the array") }
        throw unexpected(expecting: "\",\" or \"]\" after an array element")
      }
    }
  }

  private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    let start = try enter(depth: depth)
    var members: [JSONMember] = []
    var keyIndex: [String: SourceLocation]?
    skipWhitespace()
    if peek == UInt8(ascii: "}") {
      advance()
      return JSONValue(.object([]), at: start)
    }
    while true {
      skipWhitespace()
      let keyLocation = location
      guard peek == UInt8(ascii: "\"") else {
        if isAtEnd {
          throw error("the file ends inside an object (opened at line \(start.line), column \(start.column)); expected a key")
        }
        throw unexpected(expecting: "a key in double quotes")
      }
      let key = try parseString()
      if let first = firstLocation(of: key, among: members, index: &keyIndex) {
        throw error("duplicate key \"\(key)\" (first at line \(first.line), column \(first.column))", at: keyLocation)
      }
      keyIndex?[key] = keyLocation
      skipWhitespace()
      guard peek == UInt8(ascii: ":") else {
        if isAtEnd { throw error("the file ends after the key \"\(key)\"; expected \":\" and a value") }
        throw unexpected(expecting: "\":\" after the key \"\(key)\"")
      }
      advance()
      members.append(JSONMember(key, try parseValue(depth: depth), keyLocation: keyLocation))
      skipWhitespace()
      switch peek {
      case UInt8(ascii: ","):
        let comma = location
        advance()
        skipWhitespace()
        if peek == UInt8(ascii: "}") { throw error("trailing comma before \"}\"; remove it", at: comma) }
      case UInt8(ascii: "}"):
        advance()
        return JSONValue(.object(members), at: start)
      case nil:
        throw error("the file ends inside an object (opened at line \(start.line), column \(start.column)); expected \",\" or \"}\"")
      default:
        if nextStartsValue { throw error("missing \",\" after the value of \"\(key)\"") }
        throw unexpected(expecting: "\",\" or \"}\" after the value of \"\(key)\"")
      }
    }
  }

  /// Where `key` was first written among the members read so far, or nil when it is new.
  ///
  /// Keys of small objects are found by scanning; once an object has `keyScanLimit` members,
  /// they go into `index`, which the caller keeps up to date.
  private func firstLocation(
    of key: String, among members: [JSONMember], index: inout [String: SourceLocation]?
  ) -> SourceLocation? {
    if let index { return index[key] }
    for member in members where member.key == key { return member.keyLocation }
    if members.count >= JSONParser.keyScanLimit {
      index = Dictionary(
        members.compactMap { member in member.keyLocation.map { (member.key, $0) } }, uniquingKeysWith: { first, _ in first })
    }
    return nil
  }

  /// How many keys an object has before duplicates are looked for in a dictionary rather than by scanning.
  static let keyScanLimit = 16
}

extension UInt8 {
  var isASCIIWordCharacter: Bool {
    switch self {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
      true
    default: false
    }
  }
}
