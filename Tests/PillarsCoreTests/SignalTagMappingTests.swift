import Testing

@testable import PillarsCore

/// A tag mapped to a theme, as `pillars signals map` and the signals pane do it, and the filters
/// a ranking can count by.
@Suite struct SignalTagMappingTests {
  static func workspace() -> Workspace {
    var workspace = Workspace()
    workspace.segments = SegmentsDocument(segments: [Segment(id: "busy-clinics", name: "Busy clinics")])
    workspace.signalThemes = [
      SignalTheme(id: "refunds", name: "Refund takes too long", weeks: [
        WeeklyContacts(week: ISOWeek(year: 2026, week: 20)!, contacts: 5, channels: ["email": 3, "chat": 2]),
      ]),
    ]
    workspace.signalTags = SignalTagMap(tags: ["refund": "refunds"], unmapped: ["billing_late": 7, "password_reset": 2])
    return workspace
  }

  @Test func aTagMapsToAThemeByNameAndLeavesTheUnmappedList() throws {
    var workspace = Self.workspace()
    let mapping = try workspace.mapSignalTag(" Billing_Late ", toTheme: "refund takes too long").get()
    #expect(mapping.tag == "billing_late" && mapping.theme == "refunds" && !mapping.addedTheme)
    #expect(mapping.changed == [.signalTags])
    #expect(workspace.signalTags.tags["billing_late"] == "refunds")
    #expect(workspace.signalTags.unmapped == ["password_reset": 2])
    #expect(mapping.sentence(in: workspace)
      == "The tag billing_late now counts for Refund takes too long; import the export again to count its 7 tickets")
  }

  @Test func aNewNameAddsATheme() throws {
    var workspace = Self.workspace()
    let mapping = try workspace.mapSignalTag("password_reset", toTheme: SignalTagMap.themeName(forTag: "password_reset")).get()
    #expect(mapping.theme == "password-reset" && mapping.addedTheme && mapping.tickets == 2)
    #expect(mapping.changed == [.signalTags, .signalTheme("password-reset")])
    #expect(workspace.signalTheme("password-reset")?.name == "Password reset")
    #expect(workspace.signalTags.unmapped == ["billing_late": 7])
    #expect(mapping.sentence(in: workspace)
      == "The tag password_reset now counts for Password reset (a new theme); import the export again to count its 2 tickets")
  }

  @Test func aTagWithACommaOrNoThemeIsRefusedAndNothingChanges() {
    var workspace = Self.workspace()
    let before = workspace
    #expect(throws: SignalTagMappingRefusal("a tag is one word or phrase without commas or line breaks")) {
      try workspace.mapSignalTag("a,b", toTheme: "refunds").get()
    }
    #expect(throws: SignalTagMappingRefusal("name the theme")) { try workspace.mapSignalTag("late", toTheme: "  ").get() }
    #expect(workspace == before)
  }

  @Test func theFiltersAreAllEachSegmentAndEachChannelSeen() {
    let workspace = Self.workspace()
    #expect(SignalFilter.choices(in: workspace) == [.all, .segment("busy-clinics"), .channel("chat"), .channel("email")])
    #expect(SignalFilter.segment(named: "busy clinics", in: workspace) == .segment("busy-clinics"))
    #expect(SignalFilter.segment(named: "nobody", in: workspace) == nil)
    #expect(SignalFilter.channel(named: " Email ") == .channel("email"))
    #expect(SignalFilter.segment("busy-clinics").title(in: workspace) == "segment: Busy clinics")
  }
}
