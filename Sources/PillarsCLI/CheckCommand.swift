import ArgumentParser
import Foundation
import PillarsCore
import PillarsJSON
import PillarsMerge
import PillarsStore

/// `pillars check`: load, validate and lint the whole workspace.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Validate every document and run the strategy checks.",
    discussion: """
      Prints each finding as `file:line:column: severity: message`. Exits 0 when there are no \
      errors (warnings allowed) and 1 when there are; with --strict, warnings count as errors.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

  @OptionGroup var options: WorkspaceOptions

  @Option(help: "text or json.")
  var format: Format = .text

  @Flag(help: "Treat warnings as errors.")
  var strict = false

  func run() throws {
    GitSetupHint.noteIfNeeded(folder: options.folder)
    let report = try CheckReport.make(store: options.store(), today: Today.date())
    switch format {
    case .text:
      for finding in report.findings { Console.out(finding.rendered) }
      Console.out(report.summaryLine)
    case .json:
      Console.out(try report.json())
    }
    let failing = report.errorCount + (strict ? report.warningCount : 0)
    if failing > 0 { throw ExitCode(1) }
  }
}

/// Load-time problems and check findings, placed in their files.
struct CheckReport {
  var findings: [LocatedFinding]

  static func make(store: WorkspaceStore, today: CalendarDate) throws -> CheckReport {
    let loaded = try loadWorkspace(store)
    let checks = loaded.locate(Checks.run(loaded.workspace, today: today, skipping: loaded.unavailable) + conflicts(in: store))
    let all = (loaded.problems + checks).enumerated().sorted { a, b in
      let (x, y) = (a.element, b.element)
      if x.finding.document != y.finding.document { return x.finding.document < y.finding.document }
      let lx = x.location.map { ($0.line, $0.column) } ?? (0, 0)
      let ly = y.location.map { ($0.line, $0.column) } ?? (0, 0)
      if lx != ly { return lx < ly }
      return a.offset < b.offset
    }.map(\.element)
    return CheckReport(findings: all)
  }

  /// Each conflict a merge left unresolved, as an error at its field in the document as it is now.
  static func conflicts(in store: WorkspaceStore) -> [Finding] {
    store.conflicts().flatMap { record in
      let tree = FileManager.default.contents(atPath: store.folder.path + "/" + record.document.path)
        .flatMap { try? JSONParser.parse(Array($0)) }
      return record.conflicts.map { conflict in
        let path = tree.flatMap { ConflictResolution.path(of: conflict, in: $0) } ?? .root
        return Finding(
          .error, .mergeConflict, in: record.document, at: path,
          "merge conflict, \(conflict.summary); choose with `pillars resolve --ours|--theirs \(record.document.path)`")
      }
    }
  }

  var errorCount: Int { findings.filter { $0.finding.severity == .error }.count }
  var warningCount: Int { findings.filter { $0.finding.severity == .warning }.count }

  var summaryLine: String {
    if findings.isEmpty { return "No findings: every document is valid and every check passes." }
    return "\(plural(errorCount, "error")), \(plural(warningCount, "warning"))"
  }

  func json() throws -> String {
    struct Entry: Encodable {
      var file: String
      var line: Int?
      var column: Int?
      var severity: String
      var rule: String
      var path: String
      var message: String
    }
    let entries = findings.map { located in
      Entry(file: located.file, line: located.location?.line, column: located.location?.column,
        severity: located.finding.severity.rawValue, rule: located.finding.rule.rawValue,
        path: located.finding.path.description, message: located.finding.message)
    }
    return try JSONOutput.text(entries)
  }
}


/// Loads the workspace, turning "not a workspace" into a message that says what to do.
func loadWorkspace(_ store: WorkspaceStore) throws -> LoadedWorkspace {
  do {
    let loaded = try store.load()
    for notice in loaded.notices { Console.err("Note: " + Console.inert(notice)) }
    return loaded
  } catch let error as StoreError {
    throw CLIError(error.description)
  }
}
