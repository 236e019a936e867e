/// Gathers bracketed paste out of the stream of typed scalars.
///
/// A terminal in bracketed-paste mode wraps pasted text in `ESC [ 200 ~` and `ESC [ 201 ~`.
/// Fed one scalar at a time, the assembler holds back what may be the start of a marker,
/// passes everything else through, and delivers the pasted text in one piece. It knows
/// nothing of time: the caller calls `flush()` when input pauses, so a lone ESC becomes a
/// key press instead of waiting for a marker that never comes.
public struct PasteAssembler: Sendable {
  /// What comes out: typed scalars, or a whole paste.
  public enum Output: Hashable, Sendable {
    /// Scalars typed, in order; an ESC is followed by what came right after it.
    case scalars([Unicode.Scalar])
    /// Pasted text, line endings normalised to `\n`.
    case paste(String)
  }

  static let startMarker: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "0", "~"]
  static let endMarker: [Unicode.Scalar] = ["\u{1B}", "[", "2", "0", "1", "~"]

  /// Pasted text past this many scalars is dropped, so a runaway paste cannot exhaust memory.
  public static let maximumPasteLength = 1 << 20

  private var held: [Unicode.Scalar] = []
  private var pasted = String.UnicodeScalarView()
  private var pastedCount = 0
  /// Whether a start marker has been seen and the end marker not yet.
  public private(set) var isPasting = false

  public init() {}

  /// Whether scalars are held back waiting to see if they start a paste marker.
  public var isHolding: Bool { !isPasting && !held.isEmpty }

  /// Takes the next scalar; returns what can be delivered now, often nothing.
  public mutating func feed(_ scalar: Unicode.Scalar) -> [Output] {
    if isPasting { return feedPasting(scalar) }
    if held.isEmpty {
      if scalar == "\u{1B}" {
        held = [scalar]
        return []
      }
      return [.scalars([scalar])]
    }
    if scalar == PasteAssembler.startMarker[held.count] {
      held.append(scalar)
      if held.count == PasteAssembler.startMarker.count {
        held = []
        isPasting = true
      }
      return []
    }
    let typed = held
    held = []
    if scalar == "\u{1B}" {
      held = [scalar]
      return [.scalars(typed)]
    }
    return [.scalars(typed + [scalar])]
  }

  private mutating func feedPasting(_ scalar: Unicode.Scalar) -> [Output] {
    if scalar == PasteAssembler.endMarker[held.count] {
      held.append(scalar)
      if held.count == PasteAssembler.endMarker.count {
        held = []
        return [finishPaste()]
      }
      return []
    }
    append(held)
    held = []
    if scalar == "\u{1B}" {
      held = [scalar]
    } else {
      append([scalar])
    }
    return []
  }

  /// Input paused: held scalars are delivered as typed. With `abandoningPaste`, a paste
  /// whose end marker never came is delivered as it stands; otherwise it keeps going.
  public mutating func flush(abandoningPaste: Bool = false) -> [Output] {
    if isPasting {
      guard abandoningPaste else { return [] }
      append(held)
      held = []
      return [finishPaste()]
    }
    guard !held.isEmpty else { return [] }
    let typed = held
    held = []
    return [.scalars(typed)]
  }

  private mutating func append(_ scalars: [Unicode.Scalar]) {
    for scalar in scalars where pastedCount < PasteAssembler.maximumPasteLength {
      pasted.append(scalar)
      pastedCount += 1
    }
  }

  private mutating func finishPaste() -> Output {
    let text = String(pasted).replacingLineEndings()
    pasted = String.UnicodeScalarView()
    pastedCount = 0
    isPasting = false
    return .paste(text)
  }
}

extension String {
  /// The text with CRLF and lone CR line endings turned into `\n`.
  fileprivate func replacingLineEndings() -> String {
    var result = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in unicodeScalars {
      if scalar == "\r" {
        result.append("\n")
        previousWasCR = true
        continue
      }
      if scalar == "\n" && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = false
      result.append(scalar)
    }
    return String(result)
  }
}
