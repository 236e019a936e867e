import Foundation
import ScreenKit

/// Where commands write: standard output for results, standard error for notes and errors.
///
/// Everything written here is made inert first, whoever calls: text from documents, file names
/// and arguments is untrusted, so a hostile name cannot move the cursor, retitle the window or
/// write the clipboard. Errors reach the terminal through here too (`PillarsCommand.main`).
enum Console {
  static func out(_ text: String = "", terminator: String = "\n") {
    FileHandle.standardOutput.write(Data((inert(text) + terminator).utf8))
  }

  static func err(_ text: String) {
    FileHandle.standardError.write(Data((inert(text) + "\n").utf8))
  }

  /// Text made inert, as the screens show it: control characters in caret notation (`^[`),
  /// C1 controls as `<U+009B>`, bidirectional controls by name (`<RLO>`); line breaks are kept.
  /// Rendering twice changes nothing, so text made inert early stays as it is.
  static func inert(_ text: String) -> String { SafeText.multiline(text) }
}
