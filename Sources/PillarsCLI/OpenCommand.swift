import ArgumentParser
import Foundation
import PillarsCore
import PillarsExample
import PillarsStore

/// `pillars open`: the interactive workbench.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open the workbench screens on a workspace.",
    discussion: """
      Edits are saved as they are committed, each document atomically. Press ? in the screens \
      for the keys, : for the command palette, / to search.
      """
  )

  @OptionGroup var options: WorkspaceOptions

  @Option(help: "A theme: dark, light, high-contrast, mono, or a path to a theme file.")
  var theme: String?

  @Option(help: "How charts are drawn: braille, or blocks for fonts without Braille (default: the workspace's setting, else braille).")
  var charts: ChartDots?

  @Flag(help: "Show the workspace without ever writing to it (for showing it in a meeting).")
  var readonly = false

  @Flag(help: "Open a fresh copy of the example workspace in a temporary folder.")
  var example = false

  func run() throws {
    let today = try Today.date()
    let folder = example ? try makeExampleCopy(today: today) : options.folder
    try WorkbenchLaunch.run(folder: folder, theme: theme, charts: charts, readonly: readonly, today: today)
    if example { Console.out("The example workspace is in \(folder.path)") }
  }

  private func makeExampleCopy(today: CalendarDate) throws -> URL {
    // mkdtemp makes a new folder of our own (mode 0700), never one someone else left under that name.
    var template = Array((FileManager.default.temporaryDirectory.path + "/pillars-example-XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } != nil }
    guard made else {
      throw CLIError("cannot create a folder for the example in \(FileManager.default.temporaryDirectory.path): \(String(cString: strerror(errno)))")
    }
    let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let folder = URL(fileURLWithPath: path, isDirectory: true)
    do {
      _ = try WorkspaceStore.create(at: folder, with: ExampleWorkspace.make(today: today))
    } catch let error as StoreError {
      throw CLIError(error.description)
    }
    return folder
  }
}
