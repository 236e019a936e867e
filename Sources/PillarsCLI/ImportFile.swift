import Glibc
import PillarsCore
import ScreenKit

/// A CSV file of weekly values, read and checked as far as it can be without the scorecard:
/// the header, the weeks or dates, the numbers, the notes and the CSV itself.
///
/// Reading needs no lock, so `pillars import` reads the whole file before it takes the
/// workspace's lock; ``ObservationImport`` then checks the rows against the scorecard.
/// A large file is read in parts on all cores (see `ImportFile+Parts.swift`).
struct ImportFile {
  /// One row with a value, in the order of the file. Plain numbers only, so that a million of
  /// them are copied and freed as one block; the texts are in ``ImportFile/texts``.
  struct Row {
    var line: Int
    /// Index into ``ImportFile/metrics``; -1 when the row's metric is missing or refused already.
    var metric: Int
    /// The week as ``ImportFile/key(of:)`` gives it; -1 when there is none.
    var week: Int32
    var value: Double
    /// Index into ``ImportFile/texts`` of the note; -1 when there is none.
    var note: Int
    /// Index into ``ImportFile/texts`` of the value as written, when it was written with a %
    /// sign and is a number: a number only for a % metric. -1 otherwise.
    var percentText: Int

    var hasPercentSign: Bool { percentText >= 0 }
  }

  /// A row's own failures, found before the scorecard is known.
  struct Refusal {
    var failures: [String]
    /// The row's failures say all there is: the metric is not to be looked up.
    var isWhole = false
  }

  /// Where each known column sits in the header.
  struct Columns {
    var count: Int
    var metric: Int
    var value: Int
    var week: Int?
    var date: Int?
    var note: Int?
  }

  /// The metric names the rows use, each once.
  var metrics: [String] { names.names }
  var names = MetricNames()
  var rows: [Row] = []
  /// The notes and the values written with a % sign, which rows point to.
  var texts: [String] = []
  /// Failures by index into `rows`: most rows have none.
  var refusals: [Int: Refusal] = [:]
  /// What is wrong with the file as a whole (its header, an unclosed quote); then there are no rows.
  var fileProblems: [ObservationImport.Problem] = []

  init(csv text: String) {
    var text = text
    self = text.withUTF8 { ImportFile(utf8: $0) }
  }

  init() {}

  static let emptyMessage = "the file is empty; the first line must be a header such as metric,week,value,note"

  /// A week as one number that sorts as weeks do.
  static func key(of week: ISOWeek) -> Int32 { Int32(truncatingIfNeeded: week.year << 6 | week.week) }

  /// The row's week; nil when it has none.
  func week(of row: Row) -> ISOWeek? {
    row.week < 0 ? nil : ISOWeek(year: Int(row.week >> 6), week: Int(row.week & 63))
  }

  func note(of row: Row) -> String? { row.note < 0 ? nil : texts[row.note] }

  func percentText(of row: Row) -> String { row.percentText < 0 ? "" : texts[row.percentText] }

  mutating func readRow(_ fields: [CSVReader.Field], line: Int, columns: Columns, reader: CSVReader) {
    let index = rows.count
    if fields.count > columns.count {
      refuse(line: line, index: index, Refusal(failures: ["\(fields.count) fields, but the header names \(columns.count)"], isWhole: true))
      return
    }
    if fields.contains(where: \.hasTextAfterQuote) {
      refuse(line: line, index: index, Refusal(failures: ["text after the closing quote of a quoted field"], isWhole: true))
      return
    }
    func field(_ column: Int?) -> String {
      guard let column, fields.indices.contains(column) else { return "" }
      return Self.trimmed(fields[column], reader: reader)
    }
    /// The field's bytes when they are printable ASCII once the spaces around them are trimmed,
    /// and not empty: the usual field, read without making a string.
    func plain(_ column: Int?) -> Slice<UnsafeBufferPointer<UInt8>>? {
      guard let column, fields.indices.contains(column), !fields[column].hasDoubledQuotes else { return nil }
      return Self.plainASCII(reader.bytes(of: fields[column]))
    }
    var failures: [String] = []
    var metric = -1
    // Most rows name a metric already met: it is found by its bytes, without making a string.
    if let plain = plain(columns.metric), let known = names.index(of: plain) {
      metric = known
    } else {
      let metricText = field(columns.metric)
      if metricText.isEmpty {
        failures.append("no metric")
      } else if let control = Self.control(in: metricText) {
        failures.append("the metric holds a control character (\(control))")
      } else {
        metric = names.index(of: metricText) ?? names.add(metricText)
      }
    }
    var week: ISOWeek?
    if columns.week != nil, let plain = plain(columns.week), let read = ISOWeek(utf8: plain) {
      week = read
    } else {
      week = readWeek(field(columns.week ?? columns.date), isDate: columns.week == nil, failures: &failures)
    }
    var value: Double?
    var percentText: String?
    if let plain = plain(columns.value), case let hasPercentSign = plain.last == UInt8(ascii: "%"),
      let number = Self.plainDecimal(hasPercentSign ? plain.dropLast() : plain)
    {
      value = number
      if hasPercentSign { percentText = String(decoding: plain, as: UTF8.self) }
    } else {
      let valueText = field(columns.value)
      if valueText.isEmpty {
        failures.append("no value")
      } else if let control = Self.control(in: valueText) {
        failures.append("the value holds a control character (\(control))")
      } else {
        let hasPercentSign = valueText.utf8.last == UInt8(ascii: "%")
        value = ObservationImport.number(valueText, unit: hasPercentSign ? "%" : "")
        if value == nil { failures.append("\"\(SafeText.line(valueText))\" is not a number") }
        if hasPercentSign && value != nil { percentText = valueText }
      }
    }
    if !failures.isEmpty {
      refusals[index] = Refusal(failures: failures)
    }
    var row = Row(
      line: line, metric: metric, week: week.map(Self.key(of:)) ?? -1, value: value ?? 0, note: -1, percentText: -1)
    if let percentText {
      row.percentText = texts.count
      texts.append(percentText)
    }
    // An empty note field, the usual case, makes no string.
    if let column = columns.note, fields.indices.contains(column), fields[column].start < fields[column].end {
      let note = field(column)
      if !note.isEmpty {
        row.note = texts.count
        texts.append(note)
      }
    }
    rows.append(row)
  }

  /// Keeps a row that is refused whole, so the scorecard check leaves it as it is.
  private mutating func refuse(line: Int, index: Int, _ refusal: Refusal) {
    refusals[index] = refusal
    rows.append(Row(line: line, metric: -1, week: -1, value: 0, note: -1, percentText: -1))
  }

  private func readWeek(_ text: String, isDate: Bool, failures: inout [String]) -> ISOWeek? {
    let column = isDate ? "date" : "week"
    if let control = Self.control(in: text) {
      failures.append("the \(column) holds a control character (\(control))")
      return nil
    }
    if isDate {
      if let date = CalendarDate(text) { return date.isoWeek }
      failures.append(text.isEmpty ? "no date" : "\"\(SafeText.line(text))\" is not a date written YYYY-MM-DD")
    } else {
      if let week = ISOWeek(text) { return week }
      failures.append(text.isEmpty ? "no week" : "\"\(SafeText.line(text))\" is not an ISO week written YYYY-Www")
    }
    return nil
  }

  /// The field's text without the spaces, tabs and line breaks around it.
  private static func trimmed(_ field: CSVReader.Field, reader: CSVReader) -> String {
    let bytes = reader.bytes(of: field)
    guard let first = bytes.firstIndex(where: { !isASCIISpace($0) }),
      let last = bytes.lastIndex(where: { !isASCIISpace($0) })
    else { return "" }
    let inner = CSVReader.Field(start: first, end: last + 1, hasDoubledQuotes: field.hasDoubledQuotes)
    // Other spaces (a no-break space, say) are trimmed as the rest of Pillars trims text.
    if bytes[first] >= 0x80 || bytes[last] >= 0x80 { return reader.text(of: inner).trimmingWhitespace }
    return reader.text(of: inner)
  }

  /// The bytes without the ASCII spaces around them when what is left is printable ASCII and not
  /// empty: then they are the trimmed text exactly, and hold no control character.
  private static func plainASCII(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>>? {
    var start = bytes.startIndex, end = bytes.endIndex
    while start < end && isASCIISpace(bytes[start]) { start += 1 }
    while end > start && isASCIISpace(bytes[end - 1]) { end -= 1 }
    let inner = bytes[start..<end]
    guard start < end, inner.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
    return inner
  }

  /// The powers of ten from 10^0 to 10^15, all of which a `Double` holds exactly.
  private static let powersOfTen: [Double] = (0...15).map { exponent in
    (0..<exponent).reduce(1.0) { product, _ in product * 10 }
  }

  /// A plain decimal such as `-12.5`, with at most 15 digits, read exactly as `Double(_:)` reads
  /// it: a whole number below 2^53 divided by an exact power of ten, which IEEE division rounds
  /// correctly. Nil for any other text, which is then read the general way.
  static func plainDecimal(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
    var index = bytes.startIndex
    let negative = index < bytes.endIndex && bytes[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    var mantissa: UInt64 = 0
    var digits = 0, wholeDigits = 0, fractionDigits = 0
    var afterPoint = false
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
        digits += 1
        if afterPoint { fractionDigits += 1 } else { wholeDigits += 1 }
        if digits > 15 { return nil }
      } else if byte == UInt8(ascii: ".") && !afterPoint {
        afterPoint = true
      } else {
        return nil
      }
      index += 1
    }
    guard wholeDigits > 0, !afterPoint || fractionDigits > 0 else { return nil }
    let magnitude = Double(mantissa) / powersOfTen[fractionDigits]
    return negative ? -magnitude : magnitude
  }

  static func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }

  static func isBlank(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    var hasOtherBytes = false
    for byte in bytes {
      if byte >= 0x80 {
        hasOtherBytes = true
      } else if !isASCIISpace(byte) {
        return false
      }
    }
    // Only other spaces (a no-break space, say) or letters beyond ASCII are left to tell apart.
    return !hasOtherBytes || String(decoding: bytes, as: UTF8.self).trimmingWhitespace.isEmpty
  }

  /// The first control character in `text`, written U+XXXX, or nil when there is none.
  static func control(in text: String) -> String? {
    let isPlain = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    if isPlain { return nil }
    guard let scalar = text.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) else {
      return nil
    }
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// The columns the header names, or nil with a problem on line 1.
  static func columns(header: [String], problems: inout [ObservationImport.Problem]) -> Columns? {
    let names = header.map { $0.trimmingWhitespace.lowercased() }
    let known = ["metric", "week", "date", "value", "note"]
    var messages: [String] = []
    if names.isEmpty || names == [""] {
      problems.append(.init(line: 1, message: emptyMessage))
      return nil
    }
    for name in names where !known.contains(name) {
      messages.append("unknown column \"\(SafeText.line(name))\" (known: \(known.joined(separator: ", ")))")
    }
    for name in Set(names) where names.filter({ $0 == name }).count > 1 {
      messages.append("column \"\(SafeText.line(name))\" appears twice")
    }
    let metric = names.firstIndex(of: "metric"), value = names.firstIndex(of: "value")
    let week = names.firstIndex(of: "week"), date = names.firstIndex(of: "date")
    if metric == nil { messages.append("no metric column") }
    if value == nil { messages.append("no value column") }
    if week == nil && date == nil { messages.append("no week or date column") }
    if week != nil && date != nil { messages.append("both a week and a date column; keep one") }
    guard messages.isEmpty, let metric, let value else {
      problems.append(.init(line: 1, message: "header: " + messages.sorted().joined(separator: "; ")))
      return nil
    }
    return Columns(count: header.count, metric: metric, value: value, week: week, date: date, note: names.firstIndex(of: "note"))
  }

  /// The metric names met so far, found again by their bytes: a table of a few hundred names,
  /// asked a million times, so it hashes words of bytes and compares bytes, never making a string.
  struct MetricNames {
    private(set) var names: [String] = []
    private var bytes: [[UInt8]] = []
    /// Open addressing: an index into `names`, or -1 for an empty slot. Never more than half full.
    private var slots = [Int](repeating: -1, count: 64)

    func index(of key: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
      let key = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: key))
      let mask = slots.count - 1
      var slot = Self.hash(key) & mask
      while slots[slot] >= 0 {
        let index = slots[slot]
        let same = bytes[index].withUnsafeBytes { name in
          guard name.count == key.count else { return false }
          guard let first = name.baseAddress, let second = key.baseAddress else { return true }
          return memcmp(first, second, key.count) == 0
        }
        if same { return index }
        slot = (slot + 1) & mask
      }
      return nil
    }

    func index(of name: String) -> Int? {
      var name = name
      return name.withUTF8 { index(of: $0[...]) }
    }

    mutating func add(_ name: String) -> Int {
      let index = names.count
      names.append(name)
      bytes.append(Array(name.utf8))
      if names.count * 2 > slots.count {
        slots = [Int](repeating: -1, count: slots.count * 2)
        for index in names.indices { place(index) }
      } else {
        place(index)
      }
      return index
    }

    private mutating func place(_ index: Int) {
      let mask = slots.count - 1
      var slot = bytes[index].withUnsafeBytes { Self.hash($0) } & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = index
    }

    /// FNV-1a over 8-byte words, the tail padded with zeros.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
      var offset = 0
      while offset + 8 <= bytes.count {
        hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x100_0000_01b3
        hash ^= hash >> 32
        offset += 8
      }
      var tail: UInt64 = 0
      for index in offset..<bytes.count { tail |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
      hash = (hash ^ tail) &* 0x100_0000_01b3
      return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
  }
}
