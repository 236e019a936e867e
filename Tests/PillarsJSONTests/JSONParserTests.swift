import PillarsJSON
import Testing

@Suite("Parsing JSON with positions")
struct JSONParserTests {
  @Test("values know their line and column, counting a tab, an accented letter and an emoji as one column each")
  func positions() throws {
    let text = "{\n\t\"name\": \"Café 👍\", \"n\": 2,\r\n  \"list\": [true, null]\r\n}\r\n"
    let root = try parse(text)
    #expect(root.location == at(1, 1))
    guard case .object(let members) = root.content else {
      Issue.record("expected an object")
      return
    }
    #expect(members.map(\.key) == ["name", "n", "list"])
    #expect(members[0].keyLocation == at(2, 2))
    #expect(members[0].value == JSONValue(.string("Café 👍"), at: at(2, 10)))
    #expect(members[1].value == JSONValue(.number("2"), at: at(2, 25)))
    #expect(members[2].keyLocation == at(3, 3))
    #expect(members[2].value.location == at(3, 11))
    #expect(root["list"]?[1] == JSONValue(.null, at: at(3, 18)))
  }

  @Test("a lone carriage return also ends a line")
  func carriageReturn() throws {
    let root = try parse("[\r1,\r\r2]")
    #expect(root[0]?.location == at(2, 1))
    #expect(root[1]?.location == at(4, 1))
  }

  @Test("objects keep their keys in the order written")
  func keyOrder() throws {
    let root = try parse(#"{"b": 1, "a": 2, "c": 3}"#)
    guard case .object(let members) = root.content else {
      Issue.record("expected an object")
      return
    }
    #expect(members.map(\.key) == ["b", "a", "c"])
  }

  @Test("escapes are resolved, surrogate pairs joined")
  func escapes() throws {
    let root = try parse(#"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\uD83D\uDC4D", "\u0000"]"#)
    #expect(root[0]?.content == .string("a\"b\\c/d\u{08}\u{0C}\n\r\t"))
    #expect(root[1]?.content == .string("é👍"))
    #expect(root[2]?.content == .string("\u{0}"))
  }

  @Test("numbers keep their text, however large")
  func hugeNumbers() throws {
    let root = try parse("[123456789012345678901234567890, 1e400, -0.000001, 0, -0]")
    #expect(root[0]?.content == .number("123456789012345678901234567890"))
    #expect(root[1]?.content == .number("1e400"))
    #expect(root[2]?.content == .number("-0.000001"))
    #expect(root[4]?.content == .number("-0"))
  }

  @Test("512 levels of nesting are read; 513 are an error, not a crash")
  func deepNesting() throws {
    let deepest = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    _ = try parse(deepest)
    let tooDeep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
    #expect(
      syntaxError(tooDeep) == JSONSyntaxError("arrays and objects nest deeper than 512 levels", at: at(1, 513)))
    let objects = String(repeating: #"{"a":"#, count: 10_000)
    #expect(syntaxError(objects)?.message == "arrays and objects nest deeper than 512 levels")
  }

  struct Rejection: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    var line: Int
    var column: Int
    var message: String

    init(_ name: String, _ text: String, _ line: Int, _ column: Int, _ message: String) {
      self.init(name, Array(text.utf8), line, column, message)
    }

    init(_ name: String, _ bytes: [UInt8], _ line: Int, _ column: Int, _ message: String) {
      self.name = name
      self.bytes = bytes
      self.line = line
      self.column = column
      self.message = message
    }

    var testDescription: String { name }
  }

  static let rejections: [Rejection] = [
    Rejection("empty file", "", 1, 1, "the file is empty"),
    Rejection("only blank space", "  \n\t\n", 1, 1, "the file is empty"),
    Rejection(
      "byte-order mark", [0xEF, 0xBB, 0xBF] + Array("{}".utf8), 1, 1,
      "the file starts with a byte-order mark; save it as UTF-8 without BOM"),
    Rejection("UTF-16", [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], 1, 1, "the file is UTF-16 text; save it as UTF-8"),
    Rejection(
      "Latin-1 text", Array("{\n  \"city\": \"Kraków\", \"x\": \"caf".utf8) + [0xE9] + Array("\"}".utf8), 2, 30,
      "the file is not valid UTF-8 (byte 0xE9); save it as UTF-8"),
    Rejection(
      "Latin-1 text after long lines", Array("[\r\n  \"ünïcödé text that runs well past eight bytes\",\r\n  \"caf".utf8) + [0xE9],
      3, 7, "the file is not valid UTF-8 (byte 0xE9); save it as UTF-8"),
    Rejection(
      "encoded surrogate", Array("[\"".utf8) + [0xED, 0xA0, 0x80] + Array("\"]".utf8), 1, 3,
      "the file is not valid UTF-8 (byte 0xED); save it as UTF-8"),
    Rejection(
      "overlong encoding", Array("[\"".utf8) + [0xC0, 0xAF] + Array("\"]".utf8), 1, 3,
      "the file is not valid UTF-8 (byte 0xC0); save it as UTF-8"),
    Rejection(
      "cut-off sequence", Array("[\"".utf8) + [0xE2, 0x82], 1, 3,
      "the file is not valid UTF-8 (byte 0xE2); save it as UTF-8"),
    Rejection("trailing comma in an array", "[1, 2,]", 1, 6, "trailing comma before \"]\"; remove it"),
    Rejection("trailing comma in an object", "{\n  \"a\": 1,\n}", 2, 9, "trailing comma before \"}\"; remove it"),
    Rejection("line comment", "{\n  // owner\n  \"a\": 1\n}", 2, 3, "comments are not allowed in JSON"),
    Rejection("comment after a value", "{\"a\": 1 /* x */}", 1, 9, "comments are not allowed in JSON"),
    Rejection("comment after the document", "{}\n// end", 2, 1, "comments are not allowed in JSON"),
    Rejection("NaN", "[1, NaN]", 1, 5, "NaN is not allowed in JSON; write a number or null"),
    Rejection("Infinity", "{\"a\": Infinity}", 1, 7, "Infinity is not allowed in JSON; write a number or null"),
    Rejection("leading zero", "[007]", 1, 2, "numbers cannot start with a zero: found 007"),
    Rejection("negative leading zero", "[-01.5]", 1, 2, "numbers cannot start with a zero: found -01"),
    Rejection("plus sign", "[+1]", 1, 2, "numbers cannot start with \"+\"; leave the plus sign out"),
    Rejection("bare decimal point", "[.5]", 1, 2, "numbers need a digit before the decimal point, as in 0.5"),
    Rejection("decimal point without digits", "[1.]", 1, 4, "expected a digit after the decimal point, found \"]\""),
    Rejection("exponent without digits", "[1e+]", 1, 5, "expected a digit in the exponent, found \"]\""),
    Rejection("minus alone", "[-]", 1, 3, "expected a digit after \"-\", found \"]\""),
    Rejection(
      "tab in a string", "[\"a\tb\"]", 1, 4,
      "a string cannot hold the control character U+0009 as it is; write it as \\t"),
    Rejection(
      "other control character", "[\"a\u{1}\"]", 1, 4,
      "a string cannot hold the control character U+0001 as it is; write it as \\u0001"),
    Rejection(
      "line break in a string", "{\"a\": \"one\ntwo\"}", 1, 11,
      "a string cannot run over the end of the line; close it with \" or write \\n for a line break"),
    Rejection(
      "lone first surrogate", #"["x\uD83Dy"]"#, 1, 4,
      "\\uD83D is the first half of a surrogate pair; it must be followed by its second half (\\uDC00 to \\uDFFF)"),
    Rejection(
      "first surrogate followed by a letter escape", #"["\uD83D\u0041"]"#, 1, 3,
      "\\uD83D is the first half of a surrogate pair; it must be followed by its second half (\\uDC00 to \\uDFFF)"),
    Rejection(
      "lone second surrogate", #"["\uDE00"]"#, 1, 3,
      "\\uDE00 is the second half of a surrogate pair without its first half"),
    Rejection("short unicode escape", #"["\u12"]"#, 1, 3, "\\u must be followed by four hexadecimal digits"),
    Rejection("unknown escape", #"["C:\dir"]"#, 1, 5, "\\d is not a valid escape; write \\\\ for a backslash"),
    Rejection("text after the value", "{} x", 1, 4, "unexpected \"x\" after the end of the JSON value"),
    Rejection("second value", "{}\n{}", 2, 1, "unexpected \"{\" after the end of the JSON value"),
    Rejection(
      "duplicate key", "{\n  \"name\": \"a\",\n  \"name\": \"b\"\n}", 3, 3,
      "duplicate key \"name\" (first at line 2, column 3)"),
    Rejection(
      "duplicate key in a large object", manyKeys(then: "k3"), 1, 314,
      "duplicate key \"k3\" (first at line 1, column 20)"),
    Rejection(
      "duplicate of a late key in a large object", manyKeys(then: "k20"), 1, 314,
      "duplicate key \"k20\" (first at line 1, column 193)"),
    Rejection(
      "duplicate key written with an escape", #"{"ab": 1, "a\u0062": 2}"#, 1, 11,
      "duplicate key \"ab\" (first at line 1, column 2)"),
    Rejection(
      "truncated in an array", "{\"a\": [1, 2", 1, 12,
      "the file ends inside an array (opened at line 1, column 7); expected \",\" or \"]\""),
    Rejection(
      "truncated in an object", "{\"a\": 1,\n", 2, 1,
      "the file ends inside an object (opened at line 1, column 1); expected a key"),
    Rejection(
      "truncated in a string", "{\"a\": \"unfinished", 1, 18,
      "the file ends inside a string (opened at line 1, column 7)"),
    Rejection("truncated after a colon", "{\"a\":", 1, 6, "the file ends too early: a value is missing here"),
    Rejection("missing comma between members", "{\"a\": 1\n \"b\": 2}", 2, 2, "missing \",\" after the value of \"a\""),
    Rejection("missing comma between elements", "[1 2]", 1, 4, "missing \",\" between two elements of the array"),
    Rejection("missing colon", "{\"a\" 1}", 1, 6, "expected \":\" after the key \"a\", found \"1\""),
    Rejection("unquoted key", "{name: 1}", 1, 2, "expected a key in double quotes, found \"n\""),
    Rejection("single quotes", "['a']", 1, 2, "strings must be in double quotes, not single quotes"),
    Rejection("capitalised literal", "[True]", 1, 2, "write true in lowercase; JSON has no \"True\""),
    Rejection("bare word", "{\"a\": yes}", 1, 7, "\"yes\" is not a JSON value; text must be in double quotes"),
    Rejection("closing bracket where a value belongs", "{\"a\": ]}", 1, 7, "expected a value, found \"]\""),
  ]

  /// An object of 30 members, more than are searched by scanning, followed by one more key.
  static func manyKeys(then key: String) -> String {
    "{" + (1...30).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + ", \"\(key)\": 0}"
  }

  @Test("invalid JSON is rejected with its position and a plain message", arguments: rejections)
  func rejection(_ rejection: Rejection) {
    #expect(
      syntaxError(rejection.bytes)
        == JSONSyntaxError(rejection.message, at: at(rejection.line, rejection.column)))
  }
}
