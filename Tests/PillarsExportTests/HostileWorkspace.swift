import PillarsCore

/// The example workspace with every piece of user text made hostile: Markdown syntax at the start
/// and inside, raw HTML, terminal escapes, bidirectional overrides, C1 controls, emoji and CJK.
///
/// Ids stay as they are, so the hostile export has the same pages as the example. Each distinct
/// text gets one marker, `⟦n⟧`, at its end, so a test can count where the text went.
struct HostileWorkspace {
  /// What a line of user text may start with to become something else in Markdown.
  static let openers = [
    "# ", "- ", "1. ", "> ", "+ ", "= ", ":- ", "    ", "```", "<div>", "| ", "* ", "---\n", "~~~", "[x]: ",
  ]

  static let body =
    " |pipe| `tick` *star* _under_ ~~strike~~ <script>alert(1)</script> &lt;b&gt; [link](http://x.test) "
    + "![img](x.png) back\\slash $x$\n# heading\n> quote\n- item\n1. item\n+ plus\n===\n:-|-:\n\t   tabbed\r\n"
    + "\u{1B}[2J\u{1B}]52;c;SGk=\u{07} \u{202E}desrever\u{202C} \u{9B}31m \u{200F}\u{2066}x\u{2069} "
    + "😀👍🏽 漢字かな "

  private var markers: [String: String] = [:]
  private(set) var count = 0

  /// The hostile version of `text`; the same text always gets the same version, so channels and
  /// teams still group as they did.
  mutating func hostile(_ text: String) -> String {
    if let known = markers[text] { return known }
    let opener = Self.openers[count % Self.openers.count]
    let made = opener + text + Self.body + "⟦\(count)⟧"
    count += 1
    markers[text] = made
    return made
  }

  mutating func hostile(_ texts: [String]) -> [String] { texts.map { hostile($0) } }

  /// The example, made hostile.
  static func make(from example: Workspace) -> Workspace {
    var h = HostileWorkspace()
    var w = example
    w.manifest.name = h.hostile(w.manifest.name)
    w.manifest.owner = h.hostile(w.manifest.owner)
    w.pillars.pillars = w.pillars.pillars.map { pillar in
      var pillar = pillar
      pillar.owner = h.hostile(pillar.owner)
      pillar.summary = h.hostile(pillar.summary)
      pillar.notes = h.hostile(pillar.notes)
      pillar.actions = pillar.actions.map { action in
        var action = action
        action.text = h.hostile(action.text)
        action.owner = h.hostile(action.owner)
        return action
      }
      return pillar
    }
    w.promise.sentence = h.hostile(w.promise.sentence)
    w.promise.builder.need = h.hostile(w.promise.builder.need)
    w.promise.builder.benefit = h.hostile(w.promise.builder.benefit)
    w.promise.builder.alternative = h.hostile(w.promise.builder.alternative)
    w.promise.history = w.promise.history.map {
      PromiseRevision(sentence: h.hostile($0.sentence), replacedOn: $0.replacedOn)
    }
    w.segments.segments = w.segments.segments.map { segment in
      var s = segment
      s.name = h.hostile(s.name)
      s.description = h.hostile(s.description)
      s.disqualifiers = h.hostile(s.disqualifiers)
      s.painPoints = h.hostile(s.painPoints)
      s.jobs = h.hostile(s.jobs)
      s.phrases = h.hostile(s.phrases)
      s.empathyMap = EmpathyMap(
        thinks: h.hostile(s.empathyMap.thinks), feels: h.hostile(s.empathyMap.feels),
        says: h.hostile(s.empathyMap.says), does: h.hostile(s.empathyMap.does))
      return s
    }
    w.signalThemes = w.signalThemes.map { theme in
      var t = theme
      t.name = h.hostile(t.name)
      t.whatChanged = h.hostile(t.whatChanged)
      return t
    }
    w.scorecard.metrics = w.scorecard.metrics.map { metric in
      var m = metric
      m.name = h.hostile(m.name)
      m.unit = h.hostile(m.unit)
      m.owner = h.hostile(m.owner)
      m.description = h.hostile(m.description)
      return m
    }
    w.journeys = w.journeys.map { journey in
      var j = journey
      j.name = h.hostile(j.name)
      j.stages = j.stages.map { stage in
        var st = stage
        st.name = h.hostile(st.name)
        st.goal = h.hostile(st.goal)
        st.touchpoints = st.touchpoints.map { touchpoint in
          var t = touchpoint
          t.name = h.hostile(t.name)
          t.channel = h.hostile(t.channel)
          t.team = h.hostile(t.team)
          t.doing = h.hostile(t.doing)
          t.thinking = h.hostile(t.thinking)
          t.feeling = h.hostile(t.feeling)
          t.friction = h.hostile(t.friction)
          return t
        }
        return st
      }
      return j
    }
    w.reviews = w.reviews.map { review in
      var r = review
      r.attendees = h.hostile(r.attendees)
      r.notes = r.notes.mapValues { h.hostile($0) }
      // A note about a metric the scorecard does not have, under a hostile key.
      r.notes[h.hostile("removed metric")] = h.hostile("a note about a metric that is gone")
      r.decisions = r.decisions.map { decision in
        var d = decision
        d.text = h.hostile(d.text)
        d.owner = h.hostile(d.owner)
        return d
      }
      return r
    }
    // The charter's channels become what the journeys' became, so each entry still meets its channel.
    w.charter.channels = w.charter.channels.map { entry in
      var e = entry
      e.channel = h.hostile(e.channel)
      e.goal = h.hostile(e.goal)
      e.guardrails = h.hostile(e.guardrails)
      e.owner = h.hostile(e.owner)
      e.serviceStandard = h.hostile(e.serviceStandard)
      e.escalation = h.hostile(e.escalation)
      return e
    }
    w.checkpoints = w.checkpoints.map { checkpoint in
      var c = checkpoint
      c.attendees = h.hostile(c.attendees)
      c.decisions = c.decisions.map { decision in
        var d = decision
        d.text = h.hostile(d.text)
        d.owner = h.hostile(d.owner)
        d.note = h.hostile(d.note)
        return d
      }
      return c
    }
    return w
  }
}
