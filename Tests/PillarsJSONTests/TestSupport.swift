import PillarsJSON

/// Parses text written in a test.
func parse(_ text: String) throws -> JSONValue {
  try JSONParser.parse(Array(text.utf8))
}

/// The syntax error the parser reports for `bytes`, or nil when they parse.
func syntaxError(_ bytes: [UInt8]) -> JSONSyntaxError? {
  do {
    _ = try JSONParser.parse(bytes)
    return nil
  } catch {
    return error
  }
}

func syntaxError(_ text: String) -> JSONSyntaxError? { syntaxError(Array(text.utf8)) }

func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(line: line, column: column) }
