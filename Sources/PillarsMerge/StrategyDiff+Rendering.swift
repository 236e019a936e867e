extension StrategyDiff {
  /// The changes as lines: "Journey Growing contractor: today › Onboarding: touchpoint 'Kickoff
  /// call' added; 'Importing customers' emotion -2 → -1, promise broken → at risk".
  public static func lines(_ changes: [StrategyChange]) -> [String] {
    groups(changes).map { heading, items in
      let head = heading.trail.isEmpty ? heading.title : "\(heading.title) › \(heading.trail)"
      return "\(head): \(items.joined(separator: "; "))"
    }
  }

  /// The changes as Markdown: a heading per document, a bullet per entity.
  public static func markdown(_ changes: [StrategyChange]) -> String {
    var text = ""
    var lastTitle: String?
    for (heading, items) in groups(changes) {
      let (title, trail) = heading
      if title != lastTitle {
        text += (lastTitle == nil ? "" : "\n") + "## \(title)\n\n"
        lastTitle = title
      }
      let prefix = trail.isEmpty ? "" : "\(trail): "
      text += "- \(prefix)\(items.joined(separator: "; "))\n"
    }
    return text
  }

  /// Consecutive changes under one title and trail; one entity's field changes joined with commas,
  /// its name said once.
  private static func groups(_ changes: [StrategyChange]) -> [((title: String, trail: String), [String])] {
    var result: [((title: String, trail: String), [String])] = []
    var lastEntity: EntityReference?
    for change in changes {
      let heading = (title: change.title, trail: change.trail.joined(separator: " › "))
      var text = change.text
      if let last = result.last, last.0 == heading {
        // A second field of the same entity: its name was said.
        if change.entity != nil, change.entity == lastEntity, case .changed = change.what, let name = change.entityName ?? change.entity?.id,
          text.hasPrefix("'\(name)' ")
        {
          text = String(text.dropFirst(name.count + 3))
          result[result.count - 1].1[last.1.count - 1] += ", " + text
        } else {
          result[result.count - 1].1.append(text)
        }
      } else {
        result.append((heading, [text]))
      }
      lastEntity = change.entity
    }
    return result
  }
}
