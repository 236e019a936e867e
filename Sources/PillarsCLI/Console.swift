import Foundation

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

  /// Control characters in caret notation (`^[`), bidirectional controls as `<U+202E>`.
  static func inert(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A, 0x09: out.unicodeScalars.append(scalar)
      case 0x00...0x1F: out += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
      case 0x7F: out += "^?"
      case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
        out += "<U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension String {
  func leftPadded(to width: Int, with pad: Character = "0") -> String {
    count >= width ? self : String(repeating: pad, count: width - count) + self
  }
}
