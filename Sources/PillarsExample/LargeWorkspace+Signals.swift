import PillarsCore

extension LargeWorkspace.Size {
  /// Themes of customer signals: 200 at the large size, a tenth of that small.
  var themes: Int { metrics / 2 }
}

extension LargeWorkspace {
  /// The example's themes and tag map, and generated themes with counts for every week of the
  /// size, from a generator of their own so the other documents stay as they were. A few themes
  /// drive most contacts, as in real helpdesks; every tenth is fixed at the root, half of those
  /// with their contacts falling afterwards.
  static func addSignals(to workspace: inout Workspace, from example: Workspace, size: Size, lastWeek: ISOWeek, seed: UInt64) {
    var random = SeededGenerator(seed: seed &+ 14)
    let segments = workspace.segments.segments.map(\.id)
    let channels = ["email", "chat", "phone"]
    var themes = example.signalThemes
    let first = lastWeek.adding(weeks: -(size.weeks - 1))
    for index in 0..<size.themes {
      let rank = Double(index + 1)
      let base = 3000 / (rank * rank.squareRoot())
      let fixedAgo = index % 10 == 0 ? random.int(4...min(60, max(4, size.weeks - 8))) : nil
      let falls = index % 20 == 0
      var weeks: [WeeklyContacts] = []
      for offset in 0..<size.weeks {
        let week = first.adding(weeks: offset)
        let ago = size.weeks - 1 - offset
        var level = base * (0.8 + 0.4 * Double(random.int(0...100)) / 100)
        if let fixedAgo, falls, ago < fixedAgo { level *= 0.4 }
        let contacts = max(1, Int(level.rounded()))
        let email = contacts * random.int(30...60) / 100
        let chat = (contacts - email) * random.int(40...80) / 100
        weeks.append(WeeklyContacts(week: week, contacts: contacts,
          channels: Dictionary(uniqueKeysWithValues: zip(channels, [email, chat, contacts - email - chat]))))
      }
      let state: ThemeState = fixedAgo != nil ? .fixed : index % 7 == 0 ? .fixing : .open
      themes.append(SignalTheme(
        id: SignalThemeID("theme-\(index + 1)"), name: "Theme \(index + 1): " + GeneratedText.sentence(random.int(2...6), &random),
        owner: random.chance(0.9) ? random.pick(GeneratedText.people) : "",
        segments: segments.isEmpty ? [] : [random.pick(segments)], state: state,
        fixedOn: fixedAgo.map { lastWeek.adding(weeks: -$0).monday.adding(days: 2) },
        whatChanged: fixedAgo == nil ? "" : GeneratedText.sentence(8, &random), weeks: weeks))
    }
    // In the order the store reads them back: by id, as their files are named.
    workspace.signalThemes = themes.sorted { $0.id.rawValue < $1.id.rawValue }
    workspace.signalTags = example.signalTags
  }
}
