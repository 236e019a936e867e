import Foundation
import Testing

/// From a helpdesk export to a theme marked fixed at the root, through the real `pillars` in a
/// terminal, read back from disk.
@Suite(.serialized) struct SignalsEndToEndTests {
  /// A Zendesk export of this week: five dispatch tickets and one with a tag nobody mapped yet,
  /// with the names and addresses a real export carries.
  static let export =
    "\u{FEFF}Id,Subject,Tags,Requester,Requester email,Created at,Via,Group\r\n"
    + (1...5).map { "7710\($0),\"Board frozen, again\",dispatch_slow,Dana Ruiz,dana.ruiz@example.com,2026-11-1\($0 % 3 + 6) 07:5\($0):00,Email,Support\r\n" }.joined()
    + "77106,GPS pins off by a street,gps_drift,Lee Park,lee@example.org,2026-11-17 08:10:00,Chat,Support\r\n"

  @Test func aTicketExportIsImportedAndItsThemeMarkedFixedAtTheRoot() throws {
    let folder = try Pillars.exampleWorkspace()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("zendesk.csv")
    try Data(Self.export.utf8).write(to: file)
    let tmux = try TmuxSession()
    try tmux.run("\(Pillars.binary) signals import \(file.path) -w \(folder.path)")
    try tmux.waitFor("Read 6 tickets from the Zendesk export")
    try tmux.waitFor("gps_drift")
    // The pane ranks as `pillars signals` does: find the theme's row there.
    try tmux.run("\(Pillars.binary) signals -w \(folder.path) --format csv | grep -n dispatch-board-slow | cut -d: -f1 > \(folder.path)/rank; echo ranked-$((1+1))")
    try tmux.waitFor("ranked-2")
    let rank = try #require(Int(String(decoding: try Data(contentsOf: folder.appendingPathComponent("rank")), as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines))) - 1
    try FileManager.default.removeItem(at: folder.appendingPathComponent("rank"))
    try tmux.run("\(Pillars.binary) open -w \(folder.path)")
    try tmux.waitFor("The five pillars")
    try tmux.press("6")
    try tmux.waitFor("Dispatch board slow in the morning")
    for _ in 1..<rank { try tmux.press("j") }
    try tmux.press("F")
    try tmux.waitFor("is fixed at the root as of 2026-11-18")
    // The tag nobody mapped, mapped on the screen to a new theme named after it.
    try tmux.waitFor("unmapped tags (1)")
    try tmux.press("#")
    try tmux.waitFor("gps_drift")
    try tmux.press("Enter")
    try tmux.waitFor("+ a new theme: Gps drift")
    try tmux.press("Enter")
    try tmux.waitFor("now counts for Gps drift (a new theme)")
    try tmux.press("q")
    try tmux.run("echo closed-$((3+4))")
    try tmux.waitFor("closed-7")
    let data = try Data(contentsOf: folder.appendingPathComponent("signals/dispatch-board-slow.json"))
    let theme = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(theme["state"] as? String == "fixed-at-the-root")
    #expect(theme["fixedOn"] as? String == "2026-11-18")
    let weeks = try #require(theme["weeks"] as? [[String: Any]])
    #expect(weeks.last?["week"] as? String == "2026-W47")
    #expect(weeks.last?["contacts"] as? Int == 5)
    // The mapping is written as `pillars signals map` writes it; the tag's ticket is counted at the next import.
    let tags = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("signal-tags.json"))) as? [String: Any])
    #expect((tags["tags"] as? [String: String])?["gps_drift"] == "gps-drift")
    #expect((tags["unmapped"] as? [String: Int] ?? [:])["gps_drift"] == nil)
    try tmux.run("\(Pillars.binary) signals import \(file.path) -w \(folder.path); echo imported-$((2+3))")
    try tmux.waitFor("imported-5")
    let drift = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("signals/gps-drift.json"))) as? [String: Any])
    #expect((drift["weeks"] as? [[String: Any]])?.last?["contacts"] as? Int == 1)
    // Only counts reach the workspace: no requester, address or subject.
    let everything = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".json") }
      .map { String(decoding: try Data(contentsOf: folder.appendingPathComponent($0)), as: UTF8.self) }.joined()
    for secret in ["Dana Ruiz", "dana.ruiz@example.com", "Board frozen", "lee@example.org"] {
      #expect(!everything.contains(secret), "\(secret) reached the workspace")
    }
  }
}
