import PillarsCore

extension MarkdownExport {
  /// `journey-<id>.md`: the journey map, its emotion curve, and its friction points by impact.
  static func writeJourney(_ journey: Journey, into document: inout MarkdownDocument, _ context: ExportContext) {
    let touchpointCount = journey.stages.map(\.touchpoints.count).reduce(0, +)
    let state: Markdown = journey.state == .current ? "Current state" : "Future state"
    let segment = context.segmentName(journey.segment).map { " for \($0)" as Markdown } ?? ""
    let size = "\(count(journey.stages.count, "stage")), \(count(touchpointCount, "touchpoint"))"
    document.paragraph(state + segment + Markdown(verbatim: ": \(size)."))
    guard !journey.stages.isEmpty else {
      document.paragraph("This journey has no stages yet.")
      return
    }

    document.heading(2, "Map")
    document.table(
      ["Lane"] + journey.stages.map { "\($0.name)" },
      journeyLanes.map { lane in
        ["**\(lane.title)**"] + journey.stages.map { lane.cell($0) }
      })

    document.heading(2, "Emotion curve")
    let curve = EmotionCurve(journey: journey)
    if touchpointCount == 0 {
      document.paragraph("No touchpoints yet, so no emotions to show.")
    } else {
      document.codeBlock(language: "mermaid", JourneyChart.mermaid(journey, curve))
      document.paragraph("The same curve as text, from -2 to +2; ◀ marks the low points:")
      document.codeBlock(language: "text", JourneyChart.text(curve))
    }

    document.heading(2, "Friction points by impact")
    let ranking = FrictionRanking(journey: journey, themes: context.workspace.signalThemes)
    if ranking.entries.isEmpty {
      document.paragraph("No friction points recorded on this journey.")
    } else {
      document.paragraph(
        "Highest impact first: reach times the weight of the promise there (broken 3, at risk 2, kept 1); "
          + "where a theme of the customer signals links the friction, its contacts over the last 4 weeks stand in for reach, as a percentage of the most contacted theme's; "
          + "at equal impact, where the promise is broken first, then the lowest emotion; unknown reach last.")
      document.table(
        ["#", "Friction", "Stage", "Touchpoint", "Reach", "Promise", "Emotion", "Owner", "Handoff"],
        ranking.entries.enumerated().map { index, entry in
          [
            "\(index + 1)", .cell(entry.friction), "\(entry.stageName)", "\(entry.touchpointName)",
            "\(ExportFormat.reach(of: entry))", "\(entry.promise.label)",
            Markdown(verbatim: ExportFormat.emotion(entry.emotion)), ExportFormat.owner(entry.team),
            entry.handoff ? "handoff" : "",
          ]
        },
        alignments: [.right, .left, .left, .left, .right, .left, .right, .left, .left])
    }
  }

  /// "1 stage", "6 stages".
  static func count(_ number: Int, _ noun: String) -> String { number == 1 ? "1 \(noun)" : "\(number) \(noun)s" }

  /// A row of the journey map: one aspect of every touchpoint, stage by stage.
  struct Lane {
    let title: String
    let cell: (Stage) -> Markdown
  }

  /// The rows of the journey map, top to bottom.
  static var journeyLanes: [Lane] {
    [
    Lane(title: "Goal") { $0.goal.isBlank ? "" : .cell($0.goal) },
    Lane(title: "Touchpoints") { stage in
      stage.touchpoints.isEmpty
        ? "*no touchpoints*"
        : perTouchpoint(stage) { touchpoint in
          var details = [touchpoint.channel.isBlank ? "no channel" : touchpoint.channel]
          details.append("reach \(ExportFormat.reach(touchpoint.reach))")
          if touchpoint.handoff { details.append("handoff") }
          return ["\(touchpoint.name) (\(details.joined(separator: ", ")))"]
        }
    },
    Lane(title: "Doing") { perTouchpoint($0) { [text($0.doing)] } },
    Lane(title: "Thinking") { perTouchpoint($0) { [text($0.thinking)] } },
    Lane(title: "Feeling") { perTouchpoint($0) { [text($0.feeling)] } },
    Lane(title: "Emotion") { stage in
      let values = perTouchpoint(stage) { [Markdown(verbatim: ExportFormat.emotion($0.emotion))] }
      guard let mean = stage.meanEmotion else { return values }
      return values + Markdown(verbatim: "\(MarkdownText.lineBreak)mean \(ExportFormat.meanEmotion(mean))")
    },
    Lane(title: "Friction") { stage in
      perTouchpoint(stage) { $0.friction.filter { !$0.isBlank }.map { .cell($0) } }
    },
    Lane(title: "Promise") { perTouchpoint($0) { ["\($0.promise.label)"] } },
    Lane(title: "Owner") { perTouchpoint($0) { [ExportFormat.owner($0.team)] } },
    ]
  }

  /// User text for a lane, or a dash where nothing was written.
  static func text(_ value: String) -> Markdown { value.isBlank ? "–" : .cell(value) }

  /// Each touchpoint's entries in one cell, numbered `(1)`, `(2)`... when the stage has several.
  static func perTouchpoint(_ stage: Stage, _ entries: (Touchpoint) -> [Markdown]) -> Markdown {
    let numbered = stage.touchpoints.count > 1
    let lines = stage.touchpoints.enumerated().flatMap { index, touchpoint in
      entries(touchpoint).map { numbered ? Markdown(verbatim: "(\(index + 1)) ") + $0 : $0 }
    }
    return .joined(lines, separator: MarkdownText.lineBreak)
  }
}

extension JourneyKind: ExportingKind {
  /// A page per journey, then the channel charter, which reads all of them.
  static func pages(for workspace: Workspace) -> [PageKind] {
    workspace.journeys.map { journey in
      // A malformed id must not reach the file system as a path: it is turned into a slug first.
      let slug = Slug.isValid(journey.id.rawValue) ? journey.id.rawValue : Slug.make(from: journey.id.rawValue)
      let journeyName = ExportFormat.plain(journey.name.isBlank ? journey.id.rawValue : journey.name)
      return PageKind(
        .unique("journey-" + slug), title: "Journey map with friction points: \(journeyName)",
        purpose: journey.state == .current ? "how the journey goes today, and where it hurts" : "how the journey should go",
        write: { MarkdownExport.writeJourney(journey, into: &$0, $1) })
    } + [
      PageKind(.fixed("channel-charter"), title: "Channel charter with KPIs",
        purpose: "what each channel serves and how it is measured", write: MarkdownExport.writeChannelCharter)
    ]
  }
}
