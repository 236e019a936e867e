import Foundation
import Testing

/// `scripts/install` as a user runs it, into a folder of its own, and the man page it ships.
@Suite struct InstallTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test func installsTheBinaryTheManPageAndTheCompletions() throws {
    let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("pillars-install-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: prefix) }
    let install = try Tool(path: Self.root.appendingPathComponent("scripts/install").path).run([prefix.path],
      environment: ["PILLARS_BINARY": Tool.pillars.url.path])
    #expect(install.status == 0, "\(install.stderr)")
    let version = try Tool(path: prefix.appendingPathComponent("bin/pillars").path).run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout.first?.isNumber == true)
    let page = prefix.appendingPathComponent("share/man/man1/pillars.1").path
    let man = try Tool(path: "/usr/bin/env").run(["man", "-l", page], environment: ["MANPAGER": "cat", "MANWIDTH": "80", "PAGER": "cat"])
    #expect(man.status == 0, "\(man.stderr)")
    #expect(man.stdout.contains("A terminal workbench for customer strategy"))
    for file in ["share/bash-completion/completions/pillars", "share/zsh/site-functions/_pillars",
      "share/fish/vendor_completions.d/pillars.fish"]
    {
      let text = try String(contentsOf: prefix.appendingPathComponent(file), encoding: .utf8)
      #expect(text.contains("pillars") && text.contains("scorecard"), "\(file) lacks the commands")
    }
  }

  /// docs/man/pillars.1 is made by scripts/man-page from the commands; it names every command and
  /// option the binary has, so it cannot fall behind them.
  @Test func theManPageNamesEveryCommandAndOption() throws {
    let page = try String(contentsOf: Self.root.appendingPathComponent("docs/man/pillars.1"), encoding: .utf8)
    let dump = try Tool.pillars.run(["--experimental-dump-help"])
    let json = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any]
    let top = try #require(json?["command"] as? [String: Any])
    var missing: [String] = []
    func visit(_ command: [String: Any]) {
      let name = command["commandName"] as? String ?? ""
      if command["shouldDisplay"] as? Bool != false, name != "help", name != "pillars", !page.contains(".It Em \(name)") {
        missing.append("command \(name)")
      }
      for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["shouldDisplay"] as? Bool != false {
        let names = argument["names"] as? [[String: Any]] ?? []
        for long in names where long["kind"] as? String == "long" {
          // The page writes `-w, --workspace` as `Fl w , -workspace`.
          let flag = "-\(long["name"] as? String ?? "")"
          let written = ["Fl ", ", "].flatMap { lead in [" ", "\n"].map { lead + flag + $0 } }
          if !written.contains(where: page.contains) {
            missing.append("\(name) --\(long["name"] as? String ?? "")")
          }
        }
      }
      for sub in command["subcommands"] as? [[String: Any]] ?? [] { visit(sub) }
    }
    visit(top)
    #expect(missing.isEmpty, "run scripts/man-page: docs/man/pillars.1 lacks \(missing)")
  }
}
