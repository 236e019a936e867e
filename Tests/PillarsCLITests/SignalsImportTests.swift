import Foundation
import PillarsCore
import PillarsStore
import Testing

@testable import PillarsCLI

/// `pillars signals import`: helpdesk exports as each helpdesk writes them, counted per theme and
/// week; only counts reach the workspace.
@Suite struct SignalsImportTests {
  /// A Zendesk export: byte order mark, CRLF, a subject with a comma and a line break, requester
  /// names and e-mail addresses, space-separated tags.
  static let zendesk =
    "\u{FEFF}Id,Subject,Description,Tags,Requester,Requester email,Organization,Created at,Via,Group,Satisfaction Score\r\n"
    + "48211,\"Refund, still waiting\",\"Hi, I'm Ada Lovelace (ada.lovelace@example.com).\r\nWhere is my refund for order 7731?\",refund billing_question,Ada Lovelace,ada.lovelace@example.com,Analytical Engines Ltd,2026-11-02 09:12:44,Email,Billing,bad\r\n"
    + "48212,\"Can't log in after the \"\"reset\"\"\",\"Password reset link expired, call me on +44 20 7946 0958\",login_problem,Bob Smithers,bob.smithers@example.org,,2026-11-03 10:01:02,Web Widget,Support,offered\r\n"
    + "48230,Refund again!!,\"Second time asking, Carol\",refund refund_late,Carol Danvers,carol@example.net,Danvers & Co,2026-11-10 16:20:00,Chat,Billing,unoffered\r\n"
    + "48231,Where is my money,,refund,Dan Brown,dan@example.com,,2026-11-11 08:00:00,Email,Billing,good\r\n"

  /// A Freshdesk export: comma-separated tags inside quotes, `Created time`, `Source`.
  static let freshdesk = """
    Ticket ID,Subject,Status,Priority,Source,Type,Agent,Group,Created time,Tags,Contact ID,Full name,Email
    9001,"Invoice wrong, VAT missing",Open,Medium,Email,Question,Priya,Billing,2026-11-04 11:00:00,"refund, invoice",c-1,Erin Example,erin@example.com
    9002,"Login loop
    on mobile",Pending,High,Portal,Problem,Sam,Support,2026-11-05 12:30:00,login_problem,c-2,Frank Sample,frank@example.org
    9003,Refund please,Resolved,Low,Phone,Problem,Sam,Support,2026-11-12 09:00:00,"Refund",c-3,Grace Hopper,grace@example.net

    """

  /// An Intercom-style conversation export: ISO 8601 timestamps, comma-separated tags.
  static let intercom = """
    conversation_id,conversation_created_at,conversation_tags,conversation_channel,user_name,user_email,first_message
    215,2026-11-02T08:15:00Z,"refund,billing_question",chat,Heidi Klum,heidi@example.com,"My refund, please"
    216,2026-11-09T17:45:00Z,login_problem,email,Ivan Petrov,ivan@example.org,"cannot log in"

    """

  func workspace() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try PillarsBinary.run(["init", folder.path, "--example"])
    // The tests start from a workspace without themes, and map their own tags.
    try? FileManager.default.removeItem(at: folder.file("signals"))
    try? FileManager.default.removeItem(at: folder.file("signal-tags.json"))
    for (tag, theme) in [("refund", "Refunds take too long"), ("refund_late", "refunds-take-too-long"), ("login_problem", "Cannot log in")] {
      let mapped = try PillarsBinary.run(["signals", "map", tag, theme, "-w", folder.path])
      #expect(mapped.status == 0, "\(mapped.stderr)")
    }
    return folder
  }

  func themes(_ folder: TemporaryFolder) throws -> [SignalThemeID: [String: Int]] {
    let workspace = try WorkspaceStore(folder: folder.url).load().workspace
    return Dictionary(uniqueKeysWithValues: workspace.signalThemes.map { theme in
      (theme.id, Dictionary(uniqueKeysWithValues: theme.weeks.map { ($0.week.description, $0.contacts) }))
    })
  }

  @Test func aZendeskExportIsCountedOncePerThemeAndWeek() throws {
    let folder = try workspace()
    try folder.write("zendesk.csv", Self.zendesk)
    let result = try PillarsBinary.run(["signals", "import", folder.path + "/zendesk.csv", "-w", folder.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Read 4 tickets from the Zendesk export, 2026-W45 to 2026-W46: 4 tickets counted for 2 themes"))
    #expect(result.stdout.contains("  billing_question  1"))
    // Ticket 48230 carries two tags of one theme: it counts once.
    #expect(try themes(folder) == [
      "refunds-take-too-long": ["2026-W45": 1, "2026-W46": 2],
      "cannot-log-in": ["2026-W45": 1],
    ])
    let workspace = try WorkspaceStore(folder: folder.url).load().workspace
    let week = try #require(workspace.signalTheme("refunds-take-too-long")?.weeks.last)
    #expect(week.channels == ["chat": 1, "email": 1])
    #expect(workspace.signalTags.unmapped == ["billing_question": 1])
  }

  @Test func freshdeskAndIntercomExportsAreRecognisedByTheirHeaders() throws {
    let folder = try workspace()
    try folder.write("freshdesk.csv", Self.freshdesk)
    let fresh = try PillarsBinary.run(["signals", "import", folder.path + "/freshdesk.csv", "-w", folder.path])
    #expect(fresh.status == 0, "\(fresh.stderr)")
    #expect(fresh.stdout.contains("from the Freshdesk export"))
    #expect(try themes(folder) == ["refunds-take-too-long": ["2026-W45": 1, "2026-W46": 1], "cannot-log-in": ["2026-W45": 1]])
    #expect(fresh.stdout.contains("  invoice  1"))

    try folder.write("intercom.csv", Self.intercom)
    let chat = try PillarsBinary.run(["signals", "import", folder.path + "/intercom.csv", "-w", folder.path])
    #expect(chat.status == 0, "\(chat.stderr)")
    #expect(chat.stdout.contains("from the Intercom export"))
    // The weeks the conversations cover are replaced: W45 and W46 now hold Intercom's counts.
    #expect(try themes(folder) == ["refunds-take-too-long": ["2026-W45": 1], "cannot-log-in": ["2026-W46": 1]])
  }

  @Test func aGenericFileNamesItsColumns() throws {
    let folder = try workspace()
    try folder.write("any.csv", "When,Topic,Medium,Plan\n2026-11-02,refund,phone,Owner-operators\n2026-11-03,Cannot-log-in,chat,Some Customer Inc\n")
    let refused = try PillarsBinary.run(["signals", "import", folder.path + "/any.csv", "-w", folder.path])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("--theme-column and --date-column"))
    let result = try PillarsBinary.run([
      "signals", "import", folder.path + "/any.csv", "-w", folder.path, "--theme-column", "Topic", "--date-column", "When",
      "--channel-column", "Medium", "--segment-column", "Plan",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("from the generic CSV export"))
    #expect(result.stdout.contains("1 ticket' segment named no segment"))
    let workspace = try WorkspaceStore(folder: folder.url).load().workspace
    let refunds = try #require(workspace.signalTheme("refunds-take-too-long")?.weeks.first)
    #expect(refunds.channels == ["phone": 1])
    #expect(refunds.segments == ["owner-operators": 1])
    // A value naming no segment (here a customer's company) is not kept.
    #expect(workspace.signalTheme("cannot-log-in")?.weeks.first?.segments == [:])
  }

  @Test func importingTheSameExportTwiceChangesNothing() throws {
    let folder = try workspace()
    try folder.write("zendesk.csv", Self.zendesk)
    try PillarsBinary.run(["signals", "import", folder.path + "/zendesk.csv", "-w", folder.path])
    let before = try folder.read("signals/refunds-take-too-long.json")
    let again = try PillarsBinary.run(["signals", "import", folder.path + "/zendesk.csv", "-w", folder.path])
    #expect(again.status == 0)
    #expect(again.stdout.contains("nothing changed (already imported)"))
    #expect(try folder.read("signals/refunds-take-too-long.json") == before)
  }

  @Test func everyBadRowIsNamedByLineAndNothingIsWritten() throws {
    let folder = try workspace()
    let before = try folder.read("signal-tags.json")
    try folder.write("zendesk.csv", """
      Id,Subject,Tags,Created at,Via
      1,"A subject
      over two lines",refund,2026-11-31 10:00:00,Email
      2,Fine,refund,2026-11-02 10:00:00,Email
      3,No date,refund,,Email
      4,Later,refund,2027-01-05,Email
      5,Words,refund,last tuesday,Email

      """)
    let result = try PillarsBinary.run(["signals", "import", folder.path + "/zendesk.csv", "-w", folder.path])
    #expect(result.status != 0)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first == "Error: 4 bad rows; nothing was imported")
    #expect(lines.dropFirst().map { $0.split(separator: ":").dropFirst().first.map(String.init) ?? "" } == ["2", "5", "6", "7"])
    #expect(result.stderr.contains("\"2026-11-31 10:00:00\" is not a date"))
    #expect(result.stderr.contains("after today"))
    #expect(try folder.read("signal-tags.json") == before)
    #expect(try themes(folder)["refunds-take-too-long"] == [:])
  }

  /// The promise of the format: an export full of personal data leaves only counts on disk.
  @Test func noPersonalDataReachesTheWorkspace() throws {
    let folder = try workspace()
    try folder.write("zendesk.csv", Self.zendesk)
    try folder.write("freshdesk.csv", Self.freshdesk)
    for file in ["zendesk.csv", "freshdesk.csv"] {
      let result = try PillarsBinary.run(["signals", "import", folder.path + "/" + file, "-w", folder.path])
      #expect(result.status == 0, "\(result.stderr)")
      try FileManager.default.removeItem(at: folder.file(file))
    }
    let personal = [
      "Ada", "Lovelace", "ada.lovelace@example.com", "Bob Smithers", "bob.smithers@example.org", "carol@example.net",
      "Analytical Engines", "Danvers & Co", "Refund, still waiting", "order 7731", "+44 20 7946 0958", "48211", "48230",
      "Erin Example", "erin@example.com", "Grace Hopper", "VAT missing", "Login loop", "@",
    ]
    var files: [String] = []
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let path = enumerator?.nextObject() as? String {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: folder.path + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
        files.append(path)
      }
    }
    #expect(files.contains("signals/refunds-take-too-long.json"))
    for path in files where !path.hasPrefix(".pillars/schema") && !path.hasPrefix("docs") {
      let text = try folder.read(path)
      for word in personal where path.hasPrefix("signal") {
        #expect(!text.contains(word), "\(path) holds \"\(word)\"")
      }
      for word in personal.dropLast() {
        #expect(!text.contains(word), "\(path) holds \"\(word)\"")
      }
    }
  }

  @Test func theStreamReadsRecordsAcrossChunkBoundariesAsAWhole() throws {
    let folder = try TemporaryFolder()
    try folder.write("zendesk.csv", Self.zendesk + Self.zendesk.dropFirst())
    var whole: [[String]] = []
    var stream = try CSVStream(path: folder.path + "/zendesk.csv")
    var texts: [String] = []
    while let line = try stream.next(columns: nil, into: &texts) { whole.append(["\(line)"] + texts) }
    for chunk in [1, 2, 3, 7, 64] {
      var small = try CSVStream(path: folder.path + "/zendesk.csv", chunkSize: chunk)
      var read: [[String]] = []
      while let line = try small.next(columns: nil, into: &texts) { read.append(["\(line)"] + texts) }
      #expect(read == whole, "chunks of \(chunk) bytes")
    }
    #expect(whole.count == 10)
    #expect(whole[0][1] == "Id")
    #expect(whole[1][2] == "Refund, still waiting")
    #expect(whole[2][0] == "4")
  }

  @Test func datesAsHelpdesksWriteThem() {
    #expect(TicketTally.day(of: "2026-11-02") == CalendarDate("2026-11-02"))
    #expect(TicketTally.day(of: "2026-11-02 09:12:44") == CalendarDate("2026-11-02"))
    #expect(TicketTally.day(of: "2026-11-02T09:12:44Z") == CalendarDate("2026-11-02"))
    #expect(TicketTally.day(of: "2026/11/02 09:12") == CalendarDate("2026-11-02"))
    #expect(TicketTally.day(of: "1793606400") == CalendarDate("2026-11-02"))
    #expect(TicketTally.day(of: "02/11/2026") == nil)
    #expect(TicketTally.day(of: "2026-02-30") == nil)
    #expect(TicketTally.day(of: "") == nil)
  }
}
