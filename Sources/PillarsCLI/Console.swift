import Foundation
import ScreenKit

/// Where commands write: standard output for results, standard error for notes.
///
/// Text from documents is untrusted; it passes through `Console.inert` before it reaches
/// a terminal, so a hostile name cannot move the cursor, retitle the window or write the clipboard.
enum Console {
  static func out(_ line: String = "") {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }

  static func err(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// Text from documents made inert: control characters in caret notation (`^[`),
  /// bidirectional controls by name (`<RLO>`), as the screens show them.
  static func inert(_ text: String) -> String { SafeText.multiline(text) }
}
