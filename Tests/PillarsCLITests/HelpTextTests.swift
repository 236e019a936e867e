import Testing

/// `--help` as a user reads it at 80 columns: no line broken where the next word would fit, and
/// each default said once.
@Suite struct HelpTextTests {
  static let commands = [[], ["init"], ["check"], ["scorecard"], ["record"], ["import"], ["export"], ["open"], ["review"], ["generate"]]

  @Test(arguments: commands) func helpHasNoBrokenWrapsAndEachDefaultOnce(_ command: [String]) throws {
    let result = try PillarsBinary.run(["help"] + command, environment: ["COLUMNS": "80"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let prose = lines.prefix { !$0.hasPrefix("USAGE:") }
    for (line, next) in zip(prose, prose.dropFirst()) where !line.isEmpty && !next.isEmpty && !line.hasPrefix("OVERVIEW") {
      let word = next.split(separator: " ").first.map(String.init) ?? ""
      #expect(line.count + 1 + word.count > 79, "broken wrap: \"\(line)\" / \"\(next)\"")
    }
    // An option's help runs from its line to the next option; it says "(default:" at most once.
    var entries: [String] = []
    for line in lines {
      if line.hasPrefix("  ") && !line.hasPrefix("   ") {
        entries.append(line)
      } else if line.hasPrefix(" ") && !entries.isEmpty {
        entries[entries.count - 1] += " " + line
      } else {
        entries.append("")
      }
    }
    for entry in entries {
      #expect(entry.components(separatedBy: "(default:").count <= 2, "default said twice: \(entry)")
    }
  }
}
