import Foundation
import PillarsCore
import PillarsStore

/// Reading a large file in parts, on all cores, with the same rows, lines and problems as
/// reading it from start to end.
///
/// A part starts just after a line feed, which is a record's start unless it lies inside a
/// quoted field; that cannot be told without reading everything before it. So each part is
/// read as if it were, and the parts are put together in order: a part is taken only when the
/// part before it ended exactly where it starts. When the part before ran on past that point
/// (the line feed was inside a quoted field), the part is read again from where the part before
/// ended, so every record is read from a true record start.
extension ImportFile {
  /// One stretch of the file, read on its own, its lines counted from 1 at its start.
  struct Part {
    var file = ImportFile()
    /// Where the part was read from, and where it was to end.
    var start: Int
    var limit: Int
    /// Where reading stopped: the start of the next record, at or past `limit`.
    var end = 0
    /// The line the next record starts on, counted from the part's start.
    var nextLine = 1
    /// The line, counted from the part's start, of a quoted field that is never closed.
    var unclosedQuote: Int?
  }

  /// Below this many bytes a file is read in one part.
  static let smallestPart = 1 << 20

  /// Reads the header, then the rows in `parts` parts; by default as many as the cores and the
  /// file's size call for, one for a small file.
  init(utf8 bytes: UnsafeBufferPointer<UInt8>, parts: Int? = nil) {
    self.init()
    var reader = CSVReader(bytes)
    var fields: [CSVReader.Field] = []
    let columns: Columns
    do throws(CSVReader.UnclosedQuote) {
      guard try reader.next(into: &fields) != nil,
        let found = Self.columns(header: fields.map { reader.text(of: $0) }, problems: &fileProblems)
      else {
        if fileProblems.isEmpty { fileProblems = [.init(line: 1, message: Self.emptyMessage)] }
        return
      }
      columns = found
    } catch {
      fileProblems = [Self.unclosedQuote(line: error.line)]
      return
    }
    let count = parts ?? Self.partCount(bytes.count - reader.position)
    let starts = Self.partStarts(bytes, from: reader.position, count: count)
    let limits = Array(starts.dropFirst()) + [bytes.count]
    let shared = SharedBytes(bytes)
    var read: [Part?] = concurrentMap(starts.count, filling: nil) { index in
      Self.readPart(shared.bytes, from: starts[index], to: limits[index], columns: columns)
    }
    rows.reserveCapacity(read.reduce(0) { $0 + ($1?.file.rows.count ?? 0) })
    var position = reader.position
    var line = reader.line
    for index in read.indices {
      guard var part = read[index] else { continue }
      read[index] = nil
      if part.start != position {
        // The part before ran on past this one's start, maybe past its end too.
        guard position < part.limit else { continue }
        part = Self.readPart(bytes, from: position, to: part.limit, columns: columns)
      }
      if let quoteLine = part.unclosedQuote {
        self = ImportFile()
        fileProblems = [Self.unclosedQuote(line: line + quoteLine - 1)]
        return
      }
      append(part.file, lineOffset: line - 1)
      position = part.end
      line += part.nextLine - 1
    }
  }

  private static func unclosedQuote(line: Int) -> ObservationImport.Problem {
    .init(line: line, message: "a quoted field opens here and is never closed")
  }

  /// As many parts as keep every core busy when some parts take longer, and none too small.
  private static func partCount(_ length: Int) -> Int {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    return max(1, min(cores * 4, length / smallestPart))
  }

  /// Where each part starts: the first at `start`, the others just after the first line feed
  /// past an equal share of the rest. Fewer parts when the line feeds run out.
  static func partStarts(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> [Int] {
    var starts = [start]
    let length = bytes.count - start
    for part in 1..<max(1, count) {
      var position = max(start + length / count * part, starts[starts.count - 1])
      while position < bytes.count && bytes[position] != UInt8(ascii: "\n") { position += 1 }
      position += 1
      guard position < bytes.count else { break }
      if position > starts[starts.count - 1] { starts.append(position) }
    }
    return starts
  }

  /// The records that start from `start` up to `limit`, the last one read to its end.
  static func readPart(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to limit: Int, columns: Columns) -> Part {
    var part = Part(start: start, limit: limit)
    var reader = CSVReader(bytes, from: start)
    var fields: [CSVReader.Field] = []
    part.file.rows.reserveCapacity((limit - start) / 24)
    do throws(CSVReader.UnclosedQuote) {
      while reader.position < limit, let line = try reader.next(into: &fields) {
        if fields.allSatisfy({ isBlank(reader.bytes(of: $0)) }) { continue }
        part.file.readRow(fields, line: line, columns: columns, reader: reader)
      }
    } catch {
      part.unclosedQuote = error.line
    }
    part.end = reader.position
    part.nextLine = reader.line
    return part
  }

  /// Adds the rows of a part read on its own, its lines moved on by `lineOffset`.
  private mutating func append(_ part: ImportFile, lineOffset: Int) {
    let rowOffset = rows.count, textOffset = texts.count
    let metricIndex = part.metrics.map { names.index(of: $0) ?? names.add($0) }
    texts += part.texts
    for (index, refusal) in part.refusals { refusals[rowOffset + index] = refusal }
    for var row in part.rows {
      row.line += lineOffset
      if row.metric >= 0 { row.metric = metricIndex[row.metric] }
      if row.note >= 0 { row.note += textOffset }
      if row.percentText >= 0 { row.percentText += textOffset }
      rows.append(row)
    }
  }
}

/// The file's bytes, handed to the threads that read its parts; they only read them.
private struct SharedBytes: @unchecked Sendable {
  let bytes: UnsafeBufferPointer<UInt8>
  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }
}
