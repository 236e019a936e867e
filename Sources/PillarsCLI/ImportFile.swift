import PillarsCore
import ScreenKit

/// A CSV file of weekly values, read and checked as far as it can be without the scorecard:
/// the header, the weeks or dates, the numbers, the notes and the CSV itself.
///
/// Reading needs no lock, so `pillars import` reads the whole file before it takes the
/// workspace's lock; ``ObservationImport`` then checks the rows against the scorecard.
struct ImportFile {
  /// One row with a value, in the order of the file.
  struct Row {
    var line: Int
    /// Index into ``ImportFile/metrics``; nil when the row's metric is missing or refused already.
    var metric: Int?
    /// The value was written with a % sign: a number only for a % metric.
    var hasPercentSign = false
    var week: ISOWeek?
    var value: Double
    var note: String?
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
  private var names = MetricNames()
  private(set) var rows: [Row] = []
  /// Failures by index into `rows`: most rows have none.
  private(set) var refusals: [Int: Refusal] = [:]
  /// The text of the values written with a % sign, by index into `rows`, for the message that
  /// refuses one for a metric of another unit.
  private(set) var percentValues: [Int: String] = [:]
  /// What is wrong with the file as a whole (its header, an unclosed quote); then there are no rows.
  private(set) var fileProblems: [ObservationImport.Problem] = []

  init(csv text: String) {
    var text = text
    self = text.withUTF8 { ImportFile(utf8: $0) }
  }

  init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    var reader = CSVReader(bytes)
    var fields: [CSVReader.Field] = []
    do throws(CSVReader.UnclosedQuote) {
      guard try reader.next(into: &fields) != nil,
        let columns = Self.columns(header: fields.map { reader.text(of: $0) }, problems: &fileProblems)
      else {
        if fileProblems.isEmpty { fileProblems = [.init(line: 1, message: Self.emptyMessage)] }
        return
      }
      rows.reserveCapacity(bytes.count / 24)
      while let line = try reader.next(into: &fields) {
        if fields.allSatisfy({ Self.isBlank(reader.bytes(of: $0)) }) { continue }
        readRow(fields, line: line, columns: columns, reader: reader)
      }
    } catch {
      self = ImportFile()
      fileProblems = [.init(line: error.line, message: "a quoted field opens here and is never closed")]
    }
  }

  private init() {}

  private static let emptyMessage = "the file is empty; the first line must be a header such as metric,week,value,note"

  private mutating func readRow(_ fields: [CSVReader.Field], line: Int, columns: Columns, reader: CSVReader) {
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
    var failures: [String] = []
    var metric: Int?
    // Most rows name a metric already met: it is found by its bytes, without making a string.
    if let column = fields.indices.contains(columns.metric) ? fields[columns.metric] : nil, !column.hasDoubledQuotes,
      let plain = Self.plainASCII(reader.bytes(of: column)), let known = names.index(of: plain)
    {
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
    let week = readWeek(field(columns.week ?? columns.date), isDate: columns.week == nil, failures: &failures)
    let valueText = field(columns.value)
    var value: Double?
    var hasPercentSign = false
    if valueText.isEmpty {
      failures.append("no value")
    } else if let control = Self.control(in: valueText) {
      failures.append("the value holds a control character (\(control))")
    } else {
      hasPercentSign = valueText.utf8.last == UInt8(ascii: "%")
      value = ObservationImport.number(valueText, unit: hasPercentSign ? "%" : "")
      if value == nil { failures.append("\"\(SafeText.line(valueText))\" is not a number") }
    }
    if hasPercentSign && value != nil { percentValues[index] = valueText }
    if !failures.isEmpty {
      refusals[index] = Refusal(failures: failures)
    }
    let note = field(columns.note)
    rows.append(
      Row(line: line, metric: metric, hasPercentSign: hasPercentSign && value != nil, week: week, value: value ?? 0,
        note: note.isEmpty ? nil : note))
  }

  /// Keeps a row that is refused whole, so the scorecard check leaves it as it is.
  private mutating func refuse(line: Int, index: Int, _ refusal: Refusal) {
    refusals[index] = refusal
    rows.append(Row(line: line, metric: nil, week: nil, value: 0, note: nil))
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

  /// The bytes when they are printable ASCII without spaces at either end: the usual field,
  /// whose text needs no trimming and holds no control character.
  private static func plainASCII(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>>? {
    guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20,
      bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F })
    else { return nil }
    return bytes
  }

  private static func isASCIISpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }

  private static func isBlank(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
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
  /// asked a million times, so it hashes with FNV-1a and compares bytes, never making a string.
  private struct MetricNames {
    private(set) var names: [String] = []
    private var bytes: [[UInt8]] = []
    /// Open addressing: an index into `names`, or -1 for an empty slot. Never more than half full.
    private var slots = [Int](repeating: -1, count: 64)

    func index(of key: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
      let mask = slots.count - 1
      var slot = Self.hash(key) & mask
      while slots[slot] >= 0 {
        let index = slots[slot]
        if bytes[index].elementsEqual(key) { return index }
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
      var slot = bytes[index].withUnsafeBufferPointer { Self.hash($0[...]) } & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = index
    }

    private static func hash(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
  }
}
