import Foundation
import PillarsCore
import PillarsStore
import ScreenKit
import Testing

@testable import PillarsWorkbench

/// Each hostile document in place of one of the example's: `pillars check` and `pillars export`
/// neither crash nor pass a control character on, the screens draw only inert text, and the
/// exported Markdown keeps its structure.
@Suite struct HostileDocumentTests {
  @Test func theCorpusIsLargeEnough() {
    #expect(HostileCorpus.all.count >= 50)
    #expect(Set(HostileCorpus.all.map(\.name)).count == HostileCorpus.all.count)
  }

  /// A folder holding the example with `document` in place.
  private func folder(with document: HostileDocument) throws -> TrialFolder {
    var workspace = try TrialFolder.example()
    if case .workspace(let change) = document.content { change(&workspace) }
    let folder = try TrialFolder.workspace(workspace)
    switch document.content {
    case .bytes(let bytes): try folder.write(bytes, to: document.path)
    case .edited(let edit): try folder.write(edit(try folder.bytes(document.path)), to: document.path)
    case .workspace: break
    }
    return folder
  }

  @Test(arguments: HostileCorpus.all)
  func checkReportsItAndPrintsNothingLive(_ document: HostileDocument) throws {
    let folder = try folder(with: document)
    let result = try Tool.pillars.run(["check", "-w", folder.path])
    #expect(!result.signalled)
    let output = result.stdout + result.stderr
    #expect(Self.liveCharacters(in: output) == [])
    if document.isError {
      #expect(result.status == 1)
      #expect(output.split(separator: "\n").contains { $0.hasPrefix(document.path + ":") && $0.contains(": error: ") })
    } else {
      #expect(result.status == 0, "\(output)")
    }
  }

  @Test(arguments: HostileCorpus.all)
  func exportWritesInertMarkdown(_ document: HostileDocument) throws {
    let folder = try folder(with: document)
    let out = folder.url("export-out")
    let result = try Tool.pillars.run(["export", "-w", folder.path, "--out", out.path])
    #expect(!result.signalled)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(Self.liveCharacters(in: result.stdout + result.stderr) == [])
    let pages = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".md") }
    #expect(!pages.isEmpty)
    for page in pages {
      let text = String(decoding: try Data(contentsOf: out.appendingPathComponent(page)), as: UTF8.self)
      #expect(Self.liveCharacters(in: text) == [], "\(page)")
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      // No injected line opens a heading, a fence or raw HTML, and every table keeps its column count.
      #expect(!lines.contains { $0.hasPrefix("# INJECTED") || $0.hasPrefix("INJECTED") || $0.hasPrefix("<script") }, "\(page)")
      #expect(Self.raggedTables(lines) == [], "\(page)")
    }
  }

  @Test(arguments: HostileCorpus.all)
  func theScreensDrawOnlyInertText(_ document: HostileDocument) throws {
    let folder = try folder(with: document)
    let loaded = try WorkspaceStore(folder: folder.url).load()
    var state = WorkbenchState(
      workspace: loaded.workspace, today: try TrialFolder.today(), location: folder.path, width: 100, height: 30,
      loadProblems: loaded.problems.map(\.finding))
    state.refreshFindings()
    for key in ["1", "2", "3", "4", "5"] {
      _ = Workbench.update(&state, .keyPressed(.character(Character(key))))
      _ = Workbench.update(&state, .keyPressed(.enter))
      let screen = Workbench.view(state).textSnapshot
      #expect(Self.liveCharacters(in: screen) == [], "pane \(key)")
      _ = Workbench.update(&state, .keyPressed(.escape))
    }
  }

  /// Characters a terminal or a Markdown viewer would act on: C0 and C1 controls other than
  /// line feed, and bidirectional controls.
  static func liveCharacters(in text: String) -> [String] {
    text.unicodeScalars.filter { scalar in
      let v = scalar.value
      return (v < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
        || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
  }

  /// Table rows whose cell count differs from their table's header row.
  static func raggedTables(_ lines: [Substring]) -> [String] {
    var ragged: [String] = []
    var header: Int?
    for line in lines {
      guard line.hasPrefix("|") else {
        header = nil
        continue
      }
      // GitHub splits cells at every pipe not escaped with a backslash, inside code spans too.
      var cells = 0
      var escaped = false
      for character in line {
        if character == "|" && !escaped { cells += 1 }
        escaped = character == "\\" && !escaped
      }
      if let header, header != cells { ragged.append(String(line)) } else if header == nil { header = cells }
    }
    return ragged
  }
}
