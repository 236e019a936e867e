import Foundation

/// Reads a CSV file record by record in chunks, so memory stays flat however large the file:
/// only the chunk being read and the fields asked for are held.
///
/// Records are read by ``CSVReader`` from the chunk. A record that reaches the chunk's end may go
/// on in the next chunk, so it is read again once more of the file is in.
struct CSVStream {
  /// A record longer than this is taken for a quote left open.
  static let longestRecord = 8 << 20

  private let file: FileHandle
  private let chunkSize: Int
  private var buffer: [UInt8] = []
  /// Where the next record starts in `buffer`.
  private var start = 0
  private var line = 1
  private var atEndOfFile = false
  private var atStartOfFile = true
  private var fields: [CSVReader.Field] = []

  init(path: String, chunkSize: Int = 1 << 20) throws {
    guard let file = FileHandle(forReadingAtPath: path) else { throw CLIError("cannot read \(Console.inert(path))") }
    self.file = file
    self.chunkSize = chunkSize
    buffer.reserveCapacity(chunkSize)
  }

  /// Reads the next record: its line, and the text of the fields at `columns` (empty where the
  /// record is shorter), or nil at the end of the file. `columns` nil gives every field.
  mutating func next(columns: [Int]?, into texts: inout [String]) throws -> Int? {
    while true {
      if start >= buffer.count {
        if atEndOfFile { return nil }
        try refill()
        continue
      }
      var outcome: Int?? = nil
      var unclosed: CSVReader.UnclosedQuote?
      var consumed = 0
      let readFrom = start, line = line, atStart = atStartOfFile
      buffer.withUnsafeBufferPointer { whole in
        let rest = UnsafeBufferPointer(rebasing: whole[readFrom...])
        var reader = CSVReader(rest, line: line, atStartOfFile: atStart)
        do throws(CSVReader.UnclosedQuote) {
          let recordLine = try reader.next(into: &fields)
          consumed = reader.offset
          // A record that ran to the end of what is read so far may go on in the next chunk.
          guard reader.offset < rest.count || atEndOfFile else { return }
          texts.removeAll(keepingCapacity: true)
          if let columns {
            for column in columns { texts.append(column < fields.count ? reader.text(of: fields[column]) : "") }
          } else {
            for field in fields { texts.append(reader.text(of: field)) }
          }
          outcome = .some(recordLine)
          self.line = reader.line
        } catch {
          if atEndOfFile { unclosed = error }
        }
      }
      if let unclosed { throw CLIError("line \(unclosed.line): a quoted field opens here and is never closed") }
      if let outcome {
        start += consumed
        atStartOfFile = false
        return outcome
      }
      if buffer.count - start > Self.longestRecord {
        throw CLIError("line \(line): a record longer than \(Self.longestRecord >> 20) MiB; is a quote left open?")
      }
      try refill()
    }
  }

  /// Drops what has been read and appends the next chunk of the file.
  private mutating func refill() throws {
    if start > 0 {
      buffer.removeSubrange(0..<start)
      start = 0
    }
    let data = try file.read(upToCount: chunkSize) ?? Data()
    if data.isEmpty { atEndOfFile = true } else { buffer.append(contentsOf: data) }
  }
}
