import ArgumentParser
import Foundation
import PillarsCore
import PillarsExport
import PillarsStore

/// `pillars export`: the strategy as Markdown one-pagers.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the strategy as Markdown one-pagers.",
    discussion: """
      Writes strategy.md, promise.md, who-we-win-with.md, an insight-brief-<segment-id>.md per \
      segment, a journey-<id>.md per journey, channel-charter.md, scorecard.md, a \
      review-YYYY-Www.md per weekly review, a checkpoint-YYYY-MM.md per monthly checkpoint, \
      decisions.md, customer-signals.md, experiments.md, assumptions.md and index.md. \
      The same workspace always gives byte-identical pages. The workspace itself is never changed.
      """
  )

  @OptionGroup var options: WorkspaceOptions

  @Option(help: "The folder to write into (default: export/ inside the workspace).", completion: .directory)
  var out: String?

  @Option(help: "Only these pages, by name without .md, separated by commas (e.g. strategy,scorecard).")
  var only: String?

  @Flag(help: "Add an \"Exported on\" line with today's date (off by default, so exports stay byte-identical).")
  var date = false

  func run() throws {
    let loaded = try loadWorkspace(options.store())
    let today = try Today.date()
    let names = MarkdownExport.pageNames(for: loaded.workspace)
    var chosen: Set<String>?
    if let only {
      let requested = only.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
      let unknown = requested.filter { !names.contains($0) }
      guard unknown.isEmpty else {
        throw CLIError("no page named \(unknown.map { "\"\(Console.inert($0))\"" }.joined(separator: ", ")); pages: \(names.joined(separator: ", "))")
      }
      chosen = Set(requested)
    }
    if !loaded.unavailable.isEmpty {
      let files = loaded.unavailable.sorted().map(\.path).joined(separator: ", ")
      Console.err("note: \(files) could not be loaded and \(loaded.unavailable.count == 1 ? "is" : "are") left out; run `pillars check`")
    }
    let pages = MarkdownExport.pages(for: loaded.workspace, today: today, only: chosen, date: date ? today : nil)
    let folder = out.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? options.folder.appendingPathComponent("export", isDirectory: true)
    let written: [URL]
    do {
      written = try ExportWriter.write(pages, to: folder.standardizedFileURL)
    } catch {
      throw CLIError("\(error)")
    }
    Console.out("Wrote \(plural(written.count, "page")) to \(folder.standardizedFileURL.path)")
  }
}
