import PillarsCore
import Testing

/// A workspace with every field of every document set, and text that tests the writer:
/// accents, emoji, quotes, backslashes, control characters, and doubles with awkward forms.
enum SampleWorkspace {
  static func make() throws -> Workspace {
    let week = try #require(ISOWeek("2026-W07"))
    let due = try #require(CalendarDate("2026-03-31"))
    let replaced = try #require(CalendarDate("2025-12-01"))
    return Workspace(
      manifest: WorkspaceManifest(
        name: "Café Lumière", owner: "Zoë \"Z\" Ødegaard", reviewDay: .thursday, theme: "dusk",
        extraWishWords: ["magical", "frictionless"]),
      pillars: PillarsDocument(
        pillars: PillarKind.allCases.map { kind in
          Pillar(
            id: kind, status: kind == .defineThePromise ? .inPlace : .draft, owner: "Ana",
            summary: "Where \(kind.title.lowercased()) stands 🧭",
            notes: "Line one\nLine two\twith a tab, a bell \u{07} and a backslash \\",
            actions: [
              PillarAction(
                id: "first-step", text: "Do the \"first\" thing", owner: "Bo",
                due: due, done: kind == .equipTheTeam)
            ])
        }),
      promise: PromiseDocument(
        sentence: "We answer within an hour, in your language, and never make you repeat yourself.",
        builder: PromiseBuilder(
          segment: "online-shops", need: "answers fast", benefit: "one-hour replies", alternative: "e-mail queues"),
        proofMetrics: ["first-response", "csat"],
        history: [PromiseRevision(sentence: "World-class service 🌍", replacedOn: replaced)]
      ),
      segments: SegmentsDocument(segments: [
        Segment(
          id: "online-shops", name: "Small online shops", description: "Shops with 1–10 people",
          attractiveness: Attractiveness(size: 4, growth: 5, willingnessToPay: 3), fit: 4, primary: true,
          disqualifiers: ["No online store"], painPoints: ["Slow answers"], jobs: ["Sell more"],
          phrases: ["“I just want it to work”"],
          empathyMap: EmpathyMap(thinks: ["t"], feels: ["f"], says: ["s"], does: ["d"])),
        Segment(id: "marketplaces", name: "Marketplaces 日本"),
      ]),
      scorecard: ScorecardDocument(metrics: [
        Metric(
          id: "first-response", name: "First response time", layer: .operational, unit: "h", direction: .down,
          target: 1, warning: 12.5, owner: "Support", description: "Median hours to the first answer",
          observations: [
            Observation(week: week.adding(weeks: -1), value: 0.1, note: "Quiet week"),
            Observation(week: week, value: 1e-7),
          ]),
        Metric(
          id: "csat", name: "CSAT", layer: .experience, unit: "%", direction: .up, target: 100, warning: 90.5,
          observations: [Observation(week: week, value: 100)]),
        Metric(id: "retention", name: "Retention", layer: .outcome, unit: "%", direction: .up),
      ]),
      journeys: [
        Journey(
          id: "onboarding", name: "Onboarding a new shop", segment: "online-shops", state: .current,
          stages: [
            Stage(
              id: "sign-up", name: "Sign-up", goal: "Get started today",
              touchpoints: [
                Touchpoint(
                  id: "welcome-mail", name: "Welcome mail", channel: "email", team: "Growth",
                  doing: "Reads the mail", thinking: "Is this for me?", feeling: "Curious 🙂", emotion: 1,
                  friction: ["Long mail", "Link in \"footer\""], promise: .kept, reach: 100, handoff: false,
                  metrics: ["csat"]),
                Touchpoint(
                  id: "first-call", name: "First call", channel: "phone", team: "Support", emotion: -2,
                  promise: .broken, reach: 12.5, handoff: true),
              ]),
            Stage(id: "renewal", name: "Renewal"),
          ]),
        Journey(id: "renewal", name: "Renewal", state: .future),
      ],
      reviews: [
        Review(
          week: week, attendees: ["Ana", "Bo"], notes: ["csat": "Up after the \"fix\"", "first-response": "Steady"],
          decisions: [Decision(id: "stop-bot", kind: .stop, text: "Stop the chatbot loop", owner: "Ana")])
      ])
  }
}
