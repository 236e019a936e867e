import PillarsCore
import PillarsStore

/// libFuzzer's driver, which runs the fuzzing loop and reads its command-line options.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The program's entry point. SwiftPM links an executable target's `main` to `<module>_main`,
/// so libFuzzer's own `main` is not used; this one hands over to libFuzzer's driver.
@_cdecl("fuzz_documents_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  var count = argc
  var arguments = argv
  return runFuzzerDriver(&count, &arguments) { data, size in
    guard let data else { return 0 }
    DocumentFuzzing.exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  }
}

/// libFuzzer's entry point: the input is tried as every kind of document, and whatever decodes
/// is checked and written back. Nothing may crash, hang or fail to encode what was decoded.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocuments(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  DocumentFuzzing.exercise(bytes)
  return 0
}

enum DocumentFuzzing {
  static func exercise(_ bytes: [UInt8]) {
    var workspace = Workspace.empty(name: "fuzz")
    var unavailable: Set<DocumentRef> = []
    func decode<T: Codable>(_ type: T.Type, _ document: DocumentRef, into apply: (T) -> Void) {
      let decoded = DocumentCodec.decode(type, from: bytes, document: document)
      guard let value = decoded.value else {
        unavailable.insert(document)
        return
      }
      apply(value)
      // A decoded document must write back; an unwritable value (NaN) is refused, never a crash.
      _ = try? DocumentCodec.encode(value, kind: document.kind)
    }
    decode(WorkspaceManifest.self, .manifest) { workspace.manifest = $0 }
    decode(PillarsDocument.self, .pillars) { workspace.pillars = $0 }
    decode(PromiseDocument.self, .promise) { workspace.promise = $0 }
    decode(SegmentsDocument.self, .segments) { workspace.segments = $0 }
    decode(ScorecardDocument.self, .scorecard) { workspace.scorecard = $0 }
    decode(MetricHistory.self, .history("fuzz")) { history in
      workspace.scorecard.metrics.append(
        Metric(id: history.metric, name: "Fuzz", layer: .outcome, observations: history.observations))
    }
    decode(Journey.self, .journey("fuzz")) { workspace.journeys = [$0] }
    if let week = ISOWeek(year: 2026, week: 7) {
      decode(Review.self, .review(week)) { workspace.reviews = [$0] }
    }
    guard let today = CalendarDate(year: 2026, month: 11, day: 18) else { return }
    _ = Checks.run(workspace, today: today, skipping: unavailable)
  }
}
