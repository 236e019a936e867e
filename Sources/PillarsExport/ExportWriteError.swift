import Foundation

/// Why an export could not be written, naming the file or folder.
public struct ExportWriteError: Error, Equatable, CustomStringConvertible, LocalizedError {
  /// The file or folder that could not be written.
  public var path: String
  /// What went wrong, in the system's words where it has them.
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "cannot write \(path): \(reason)" }

  public var errorDescription: String? { description }
}
