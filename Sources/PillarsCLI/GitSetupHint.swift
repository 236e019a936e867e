import Foundation

/// The one-time note `open`, `check` and `review` give in a clone where the workspace is under git
/// but its documents would still merge line by line: git leaves conflict markers in a strategy
/// document, which then cannot be read. Said once per clone (remembered in the clone's own git
/// config as `pillars.setupHint`), since a note repeated on every command is soon not read.
enum GitSetupHint {
  static func noteIfNeeded(folder: URL) {
    guard Git.workTree(containing: folder.path) != nil else { return }
    let attributes = (try? String(contentsOf: folder.appendingPathComponent(".gitattributes"), encoding: .utf8)) ?? ""
    guard
      let config = Git.run(["config", "--get-regexp", #"^(merge\.pillars\.driver|pillars\.setuphint)$"#], in: folder.path)
    else { return }
    let keys = Set(config.text.split(whereSeparator: \.isNewline).compactMap { $0.split(separator: " ").first.map(String.init) })
    let isSetUp = keys.contains("merge.pillars.driver") && attributes.contains(GitSetup.attributes)
    guard !isSetUp, !keys.contains("pillars.setuphint") else { return }
    Console.err(
      "Note: this workspace is in a git repository, but git would merge its documents line by line and could leave "
        + "conflict markers in them. Run `pillars git setup` once in this clone so they merge by meaning "
        + "(see docs/collaboration.md). This note is not shown again.")
    _ = Git.run(["config", "--local", "pillars.setupHint", "shown"], in: folder.path)
  }
}
