/// Validation and lints of customer signals: the themes, their counts and links, and the tag map.
extension Checks {
  static func validate(_ theme: SignalTheme, _ context: inout CheckContext) {
    let document = DocumentRef.signalTheme(theme.id)
    guard context.isAvailable(document) else { return }
    if !theme.id.isWellFormed {
      context.error(.malformedID, document, ["id"], "theme id \"\(theme.id)\" must use lowercase letters, digits and single dashes")
    }
    context.requireName(theme.name, document, ["name"], what: "the theme")
    for (index, segment) in theme.segments.enumerated() {
      context.checkSegmentReference(segment, document, ["segments", .index(index)])
    }
    for (index, link) in theme.touchpoints.enumerated() {
      checkLink(link, friction: nil, document, ["touchpoints", .index(index)], &context)
    }
    for (index, link) in theme.friction.enumerated() {
      checkLink(link.touchpointPath, friction: link.friction, document, ["friction", .index(index)], &context)
    }
    if theme.state == .fixed && theme.fixedOn == nil {
      context.warning(.fixedWithoutDate, document, ["fixedOn"],
        "\"\(theme.name)\" is fixed at the root but has no date: set fixedOn so its effect can be measured")
    }
    var seen: Set<ISOWeek> = []
    for (index, entry) in theme.weeks.enumerated() {
      let path: JSONPath = ["weeks", .index(index)]
      if !seen.insert(entry.week).inserted {
        context.error(.duplicateSignalWeek, document, path / "week", "\(entry.week) is counted more than once")
      }
      if entry.contacts < 0 { context.error(.outOfRange, document, path / "contacts", "contacts cannot be negative, found \(entry.contacts)") }
      for (name, count) in entry.channels.sorted(by: { $0.key < $1.key }) + entry.segments.sorted(by: { $0.key < $1.key }) where count < 0 {
        context.error(.outOfRange, document, path, "the count for \"\(name)\" cannot be negative, found \(count)")
      }
    }
  }

  /// A link names a journey and a touchpoint in it (found by id whatever stage it has moved to)
  /// and maybe one of its friction points. A link that no longer leads anywhere is a warning: the
  /// theme's counts stand, only its place on the journey is lost (a touchpoint deleted or merged).
  private static func checkLink(
    _ link: TouchpointPath, friction: String?, _ document: DocumentRef, _ path: JSONPath, _ context: inout CheckContext
  ) {
    guard let journey = context.workspace.journey(link.journey) else {
      if context.isAvailable(.journey(link.journey)) {
        context.warning(.danglingReference, document, path / "journey", "no journey \"\(link.journey)\"")
      }
      return
    }
    guard let (stage, touchpoint) = journey.touchpoints.first(where: { $0.touchpoint.id == link.touchpoint }) else {
      context.warning(.danglingReference, document, path / "touchpoint", "no touchpoint \"\(link.touchpoint)\" in the journey \"\(journey.name)\"")
      return
    }
    if let friction, !touchpoint.friction.contains(friction) {
      context.warning(.danglingReference, document, path / "friction",
        "\(journey.name) › \(stage.name) › \(touchpoint.name) has no friction point \"\(friction)\"")
    }
  }

  /// The few themes that drive most contacts need an owner and a place on the journey; a fix
  /// at the root should show in the counts; friction whose theme keeps growing needs attention.
  static func lintSignals(_ context: inout CheckContext) {
    let themes = context.workspace.signalThemes
    guard !themes.isEmpty else { return }
    let pareto = SignalsPareto(context.workspace, weeks: 13, today: context.today)
    let lastWeek = pareto.lastWeek
    for row in pareto.drivers {
      guard let theme = context.workspace.signalTheme(row.theme) else { continue }
      let document = DocumentRef.signalTheme(theme.id)
      guard context.isAvailable(document) else { continue }
      let share = Int((row.share * 100).rounded())
      if theme.owner.isBlank {
        context.warning(.driverWithoutOwner, document, ["owner"],
          "\"\(theme.name)\" drives \(share)% of contacts and has no owner")
      }
      if theme.touchpoints.isEmpty && theme.friction.isEmpty {
        context.warning(.driverWithoutTouchpoint, document, ["touchpoints"],
          "\"\(theme.name)\" drives \(share)% of contacts and is linked to no touchpoint: where on the journey does it arise?")
      }
    }
    for theme in themes {
      let document = DocumentRef.signalTheme(theme.id)
      guard context.isAvailable(document) else { continue }
      if let effect = FixEffect(of: theme, among: themes, through: lastWeek), effect.weeksAfter >= FixEffect.span, !effect.worked {
        context.warning(.fixNotWorking, document, ["fixedOn"],
          "\"\(theme.name)\" was fixed at the root on \(effect.fixedOn) but its share of contacts \(effect.text) in the \(FixEffect.span) weeks since: the root may be elsewhere")
      }
      if !theme.friction.isEmpty, theme.grewEveryWeek(for: 4, through: lastWeek) {
        for (index, link) in theme.friction.enumerated() {
          context.warning(.growingFriction, document, ["friction", .index(index)],
            "the friction \"\(link.friction)\" is the voice of \"\(theme.name)\", which grew 4 weeks running")
        }
      }
    }
  }

  static func validateTagMap(_ context: inout CheckContext) {
    guard context.isAvailable(.signalTags) else { return }
    let known = Set(context.workspace.signalThemes.map(\.id))
    for (tag, theme) in context.workspace.signalTags.tags.sorted(by: { $0.key < $1.key }) where !known.contains(theme) {
      if context.isAvailable(.signalTheme(theme)) {
        context.error(.danglingReference, .signalTags, ["tags", .key(tag)], "the tag \"\(tag)\" maps to no theme \"\(theme)\"")
      }
    }
  }
}

extension SignalTheme {
  /// Whether contacts rose week on week for `weeks` weeks running, ending with `lastWeek`.
  public func grewEveryWeek(for weeks: Int, through lastWeek: ISOWeek) -> Bool {
    let values = series(from: lastWeek.adding(weeks: -weeks), through: lastWeek)
    return values.count == weeks + 1 && zip(values, values.dropFirst()).allSatisfy { $0 < $1 }
  }
}
