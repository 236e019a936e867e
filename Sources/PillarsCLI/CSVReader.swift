/// Reads CSV text (RFC 4180) from UTF-8 bytes one record at a time, without copying a field.
///
/// Fields are separated by commas and records by CRLF, LF or a lone CR. A field that starts with
/// a quote runs to the next lone quote: it may hold commas, line breaks and doubled quotes (`""`
/// for one `"`). A quote inside an unquoted field is kept as it is. A byte order mark at the start
/// is skipped. Each record knows the line it starts on, counting the line breaks inside quotes,
/// so messages can name the line a person sees in an editor.
struct CSVReader {
  /// Where one field's text lies in the bytes: between the quotes when it was quoted.
  struct Field {
    var start: Int
    var end: Int
    /// The field holds doubled quotes, which stand for one quote each.
    var hasDoubledQuotes = false
    /// Text other than spaces stands between the closing quote and the next comma.
    var hasTextAfterQuote = false
  }

  /// A quoted field whose closing quote never comes: it would take the rest of the file.
  struct UnclosedQuote: Error, Equatable {
    /// The line the field opens on.
    var line: Int
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  /// Where the next record starts in the bytes.
  private(set) var position: Int
  /// The line the next record starts on.
  private(set) var line = 1

  private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","),
    cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.init(bytes, line: 1, atStartOfFile: true)
  }

  /// A reader of text that starts on `line`; a byte order mark is skipped only at the start of a file.
  init(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, atStartOfFile: Bool) {
    self.bytes = bytes
    self.line = line
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    position = atStartOfFile && bytes.starts(with: bom) ? 3 : 0
  }

  /// How many bytes have been read.
  var offset: Int { position }


  /// Reads from `position`, taken to be where a record starts, counting that line as line 1: for
  /// reading a stretch of the text on its own.
  init(_ bytes: UnsafeBufferPointer<UInt8>, from position: Int) {
    self.bytes = bytes
    self.position = position
  }

  /// Reads the next record's fields into `fields` (emptied first) and returns the line it starts
  /// on, or nil at the end of the text. A line with nothing on it is a record of one empty field.
  mutating func next(into fields: inout [Field]) throws(UnclosedQuote) -> Int? {
    fields.removeAll(keepingCapacity: true)
    guard position < bytes.count else { return nil }
    let start = line
    while true {
      let ended = try readField(into: &fields)
      if ended { return start }
    }
  }

  /// Reads one field and what follows it; true when that was the end of the record.
  private mutating func readField(into fields: inout [Field]) throws(UnclosedQuote) -> Bool {
    let count = bytes.count
    if position < count && bytes[position] == Self.quote {
      let opened = line
      var field = Field(start: position + 1, end: position + 1)
      position += 1
      while true {
        guard position < count else { throw UnclosedQuote(line: opened) }
        let byte = bytes[position]
        if byte == Self.quote {
          if position + 1 < count && bytes[position + 1] == Self.quote {
            field.hasDoubledQuotes = true
            position += 2
            continue
          }
          field.end = position
          position += 1
          break
        }
        if byte == Self.lf || byte == Self.cr { countLineBreak() } else { position += 1 }
      }
      // Up to the comma or the line break: spaces are let pass, anything else is told.
      while position < count {
        let byte = bytes[position]
        if byte == Self.comma || byte == Self.lf || byte == Self.cr { break }
        if byte != Self.space && byte != Self.tab { field.hasTextAfterQuote = true }
        position += 1
      }
      fields.append(field)
    } else {
      let start = position
      while position < count {
        let byte = bytes[position]
        if byte == Self.comma || byte == Self.lf || byte == Self.cr { break }
        position += 1
      }
      fields.append(Field(start: start, end: position))
    }
    guard position < count else { return true }
    if bytes[position] == Self.comma {
      position += 1
      // A comma as the last byte of the text still opens one more, empty, field.
      if position == count { fields.append(Field(start: count, end: count)) }
      return position == count
    }
    countLineBreak()
    return true
  }

  /// Steps over the CR, LF or CRLF at the position, as one line break.
  private mutating func countLineBreak() {
    if bytes[position] == Self.cr && position + 1 < bytes.count && bytes[position + 1] == Self.lf { position += 1 }
    position += 1
    line += 1
  }

  /// The field's bytes as they stand in the text (doubled quotes still doubled).
  func bytes(of field: Field) -> Slice<UnsafeBufferPointer<UInt8>> {
    bytes[field.start..<field.end]
  }

  /// The field's text, with each doubled quote read as one.
  func text(of field: Field) -> String {
    let raw = String(decoding: bytes(of: field), as: UTF8.self)
    return field.hasDoubledQuotes ? raw.replacing("\"\"", with: "\"") : raw
  }
}
