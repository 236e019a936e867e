import PillarsCore

/// The hostile documents: malformed files that must each give a clear error, and valid files
/// whose text tries to run something in the terminal or break the exported Markdown.
enum HostileCorpus {
  static let journey = "journeys/growing-contractor-next.json"

  static var all: [HostileDocument] { malformed + oversized + pastTheirRanges + encodings + hostileText }

  /// Cut short, wrongly shaped, or not JSON at all.
  static var malformed: [HostileDocument] {
    let cuts = [1, 2, 7, 20, 33, 50, 66, 80, 95, 99].map { percent in
      HostileDocument.edited("promise cut at \(percent)%", "promise.json") { Array($0.prefix($0.count * percent / 100)) }
    }
    let journeyCuts = [10, 45, 90].map { percent in
      HostileDocument.edited("journey cut at \(percent)%", journey) { Array($0.prefix($0.count * percent / 100)) }
    }
    return cuts + journeyCuts + [
      .text("top-level null", "scorecard.json", "null"),
      .text("top-level number", "segments.json", "42"),
      .text("top-level string", "pillars.json", #""pillars""#),
      .text("top-level true", "workspace.json", "true"),
      .text("two documents in one file", "promise.json", #"{"schemaVersion": 1} {"schemaVersion": 1}"#),
      .text("single quotes", "promise.json", "{'schemaVersion': 1}"),
      .text("NaN literal", "segments.json", #"{"schemaVersion": 1, "segments": [{"id": "a", "name": "A", "fit": NaN}]}"#),
      .text("negative schema version", "promise.json", #"{"schemaVersion": -1}"#),
      .text("schema version as text", "promise.json", #"{"schemaVersion": "1"}"#),
      .text("stages is an object", journey, #"{"schemaVersion": 1, "id": "growing-contractor-next", "name": "x", "stages": {}}"#),
      .text("path traversal in a journey id", "journeys/evil.json", #"{"schemaVersion": 1, "id": "../../etc/passwd", "name": "x"}"#),
      .text("unterminated escape", "promise.json", #"{"schemaVersion": 1, "sentence": "abc\"#),
      .text("bad escape", "promise.json", #"{"schemaVersion": 1, "sentence": "\q"}"#),
      .text("short unicode escape", "promise.json", #"{"schemaVersion": 1, "sentence": "\u12"}"#),
      .text("lone surrogate escape", "promise.json", #"{"schemaVersion": 1, "sentence": "\ud800 alone"}"#),
      .text("review named after another week", "reviews/2026-W07.json", #"{"schemaVersion": 1, "week": "2026-W99"}"#),
      .text("history naming another metric", "history/csat.json", #"{"schemaVersion": 2, "metric": "nps", "observations": []}"#),
      .text("history cut in a week", "history/csat.json", #"{"schemaVersion": 2, "metric": "csat", "observations": [{"week": "2026-W4"#),
      .text("history with a week that does not exist", "history/csat.json",
        #"{"schemaVersion": 2, "metric": "csat", "observations": [{"week": "2026-W60", "value": 1}]}"#),
    ]
  }

  /// Too deep, too long, too large.
  static var oversized: [HostileDocument] {
    [
      .text("600 nested arrays", "promise.json", #"{"schemaVersion": 1, "x": "# + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}"),
      .text("100000 open arrays", "promise.json", String(repeating: "[", count: 100_000)),
      .text("50000 nested objects", "segments.json", String(repeating: #"{"a":"#, count: 50_000)),
      .text("a 400-digit number", "segments.json",
        #"{"schemaVersion": 1, "segments": [{"id": "a", "name": "A", "fit": "# + String(repeating: "9", count: 400) + "}]}"),
      .text("exponent overflow", "scorecard.json",
        #"{"schemaVersion": 1, "metrics": [{"id": "m", "name": "M", "layer": "outcome", "direction": "up", "target": 1e999}]}"#),
      .text("negative exponent overflow", "scorecard.json",
        #"{"schemaVersion": 1, "metrics": [{"id": "m", "name": "M", "layer": "outcome", "direction": "up", "target": -1e999}]}"#),
      .text("schema version past Int", "promise.json", #"{"schemaVersion": 92233720368547758070}"#),
      .text("emotion past Int", journey,
        #"{"schemaVersion": 1, "id": "growing-contractor-next", "name": "x", "stages": [{"id": "s", "name": "S", "touchpoints": [{"id": "t", "name": "T", "emotion": -9223372036854775809}]}]}"#),
      .text("a 4 MB name in an unclosed string", "promise.json", #"{"schemaVersion": 1, "sentence": ""# + String(repeating: "ab", count: 2_000_000)),
    ]
  }

  /// Valid numbers the model cannot hold: each refused when read, at its line and column.
  static var pastTheirRanges: [HostileDocument] {
    let touchpoint = { (field: String) in
      #"{"schemaVersion": 1, "id": "growing-contractor-next", "name": "x", "stages": [{"id": "s", "name": "S", "touchpoints": [{"id": "t", "name": "T", "#
        + field + "}]}]}"
    }
    return [
      .text("a weekly value of 1e308", "history/csat.json",
        #"{"schemaVersion": 2, "metric": "csat", "observations": [{"week": "2026-W40", "value": 4.2}, {"week": "2026-W41", "value": 1e308}]}"#),
      .text("a weekly value of -1.7976931348623157e308", "history/nps.json",
        #"{"schemaVersion": 2, "metric": "nps", "observations": [{"week": "2026-W41", "value": -1.7976931348623157e308}]}"#),
      .text("a target past 10^15", "scorecard.json",
        #"{"schemaVersion": 2, "metrics": [{"id": "csat", "name": "CSAT", "layer": "experience", "direction": "up", "target": 1e16}]}"#),
      .text("an emotion of Int.max", journey, touchpoint(#""emotion": 9223372036854775807"#)),
      .text("an emotion of Int.min", journey, touchpoint(#""emotion": -9223372036854775808"#)),
      .text("a reach of 1e308", journey, touchpoint(#""reach": 1e308"#)),
      .text("a fit of Int.max", "segments.json",
        #"{"schemaVersion": 1, "segments": [{"id": "a", "name": "A", "fit": 9223372036854775807}]}"#),
      .text("attractiveness scores at both ends of Int", "segments.json",
        #"{"schemaVersion": 1, "segments": [{"id": "a", "name": "A", "attractiveness": {"size": 9223372036854775807, "growth": 9223372036854775807, "willingnessToPay": -9223372036854775808}}]}"#),
    ]
  }

  /// Bytes that are not UTF-8, or control characters written as they are.
  static var encodings: [HostileDocument] {
    let prefix = Array(#"{"schemaVersion": 1, "sentence": "ab"#.utf8)
    let suffix = Array(#"cd"}"#.utf8)
    func raw(_ name: String, _ bytes: [UInt8]) -> HostileDocument { .bytes(name, "promise.json", prefix + bytes + suffix) }
    return [
      raw("lone continuation byte", [0x80]),
      raw("overlong slash", [0xC0, 0xAF]),
      raw("UTF-8 encoded surrogate", [0xED, 0xA0, 0x80]),
      raw("byte 0xFF", [0xFF]),
      raw("code point past U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
      raw("cut multi-byte sequence", [0xE2, 0x82]),
      raw("raw escape byte", Array("\u{1B}[2J\u{1B}]0;pwned\u{07}".utf8)),
      raw("raw carriage return", Array("safe\rEVIL".utf8)),
      raw("raw NUL", [0x00]),
      raw("raw backspace", Array("abc\u{08}\u{08}\u{08}".utf8)),
      .bytes("UTF-16 with BOM", "promise.json", [0xFF, 0xFE] + Array(#"{"schemaVersion": 1}"#.utf8).flatMap { [$0, 0] }),
      .bytes("cut in a multi-byte character at the end", "promise.json", Array(#"{"schemaVersion": 1, "sentence": "é"#.utf8).dropLast()),
    ]
  }

  /// Escape sequences, bidirectional overrides, carriage-return tricks and Markdown injection in valid documents.
  static var hostileText: [HostileDocument] {
    let payloads: [(String, String)] = [
      ("clear screen", "\u{1B}[2J\u{1B}[H"),
      ("window title", "\u{1B}]0;owned\u{07}"),
      ("clipboard write", "\u{1B}]52;c;cm0gLXJmIH4=\u{07}"),
      ("8-bit CSI", "\u{9B}31m"),
      ("hyperlink", "\u{1B}]8;;https://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\"),
      ("right-to-left override", "invoice\u{202E}fdp.exe"),
      ("isolates", "\u{2066}\u{2067}\u{2068}hidden\u{2069}"),
      ("carriage return overwrite", "All good\rDELETED EVERYTHING"),
      ("backspaces", "secret\u{08}\u{08}\u{08}\u{08}\u{08}\u{08}public"),
      ("NUL", "before\u{0}after"),
      ("line separator", "one\u{2028}two\u{2029}three"),
      ("Markdown heading", "ok\n# INJECTED heading"),
      ("Markdown table break", "a | b | INJECTED |\n|---|"),
      ("HTML", "<script>alert('INJECTED')</script><img src=x onerror=alert(1)>"),
      ("link", "[INJECTED](javascript:alert(1))"),
      ("code fence", "```\nINJECTED\n```"),
      ("zero-width and combining", "Z\u{200B}a\u{0301}\u{0301}\u{0301}\u{FEFF}lgo"),
    ]
    let note = HostileDocument.text("escape sequences and an override in a week's note", in: "history/csat.json") { workspace in
      guard let index = workspace.scorecard.metrics.firstIndex(where: { $0.id == "csat" }),
        let last = workspace.scorecard.metrics[index].observations.indices.last
      else { return }
      workspace.scorecard.metrics[index].observations[last].note = "\u{1B}]0;owned\u{07}\u{1B}[2J ok\u{202E}txt.exe\rGONE"
    }
    return [note] + payloads.enumerated().map { index, payload in
      let (name, text) = payload
      let mark = "\(text) ·\(index)"
      switch index % 5 {
      case 0: return .text("\(name) in a metric name", in: "scorecard.json") { $0.scorecard.metrics[0].name = mark }
      case 1: return .text("\(name) in the promise", in: "promise.json") { $0.promise.sentence = mark }
      case 2: return .text("\(name) in a touchpoint", in: journey) { $0.journeys[0].stages[0].touchpoints[0].name = mark }
      case 3: return .text("\(name) in a segment", in: "segments.json") { $0.segments.segments[0].name = mark }
      default: return .text("\(name) in a pillar's notes", in: "pillars.json") { $0.pillars.pillars[0].notes = mark }
      }
    }
  }
}
