import PillarsCore
import ScreenKit

/// Pane 2: the one-sentence promise, checked as it is typed, its builder, its proof and its past.
struct PromisePaneView: Widget {
  var state: WorkbenchState
  var pane: PromisePane.State

  /// The sentence being typed, when the promise is being edited in place.
  var draft: (text: String, cursor: Int)? {
    if case .editing(let editor) = state.overlay, editor.target == .promise(.sentence) {
      return (editor.field.text, editor.field.cursor)
    }
    return nil
  }

  /// Rows of the editable fields (sentence, segment, need, benefit, alternative), for clicks.
  func field(atRow y: Int, in area: Rect) -> Int? {
    layout(in: area).fieldRows.firstIndex { $0 == y }
  }

  struct Layout {
    var sentence: Rect
    var fieldRows: [Int]
  }

  func layout(in area: Rect) -> Layout {
    let text = draft?.text ?? state.workspace.promise.sentence
    let lines = StyledText(text, style: .plain).wrap(toWidth: max(1, area.width - 6)).count
    let sentence = Rect(x: area.x + 1, y: area.y + 1, width: max(0, area.width - 2), height: min(max(3, lines + 2), 8))
    let builderTop = sentence.bottom + 2
    return Layout(sentence: sentence, fieldRows: [sentence.y + 1] + (0..<4).map { builderTop + 1 + $0 })
  }

  func render(in area: Rect, into buffer: inout Buffer) {
    let theme = state.theme
    let promise = state.workspace.promise
    let text = draft?.text ?? promise.sentence
    let analysis = PromiseAnalysis(sentence: text, wishWords: state.workspace.wishWords)
    let layout = layout(in: area)
    let editing = draft != nil

    buffer.write(" The promise", x: area.x, y: area.y, style: theme[.title])
    let verdictStyle = analysis.isPromise ? theme[.ok] : theme[.warning]
    let verdict = (analysis.isPromise ? "✔ " : "▲ ") + analysis.verdict
    let room = area.width - 14
    if room > 8 {
      let shown = TextLayout.truncate(verdict, toWidth: room)
      buffer.write(shown, x: area.right - shown.terminalWidth - 1, y: area.y, style: verdictStyle)
    }

    let selected = pane.row == 0 && state.overlay == nil
    Block(title: editing ? "editing · Enter commits · Esc cancels" : (selected ? "e to edit" : nil),
      titleStyle: theme[.muted], borderStyle: editing || selected ? theme[.accent] : theme[.border])
      .render(in: layout.sentence, into: &buffer)
    var styled = StyledText(text.isEmpty && !editing ? "(no promise yet: press e and write one sentence a customer would recognise)" : text,
      style: text.isEmpty && !editing ? theme[.muted] : theme[.text].patched(with: Style(bold: true)))
    if !text.isEmpty {
      for hit in analysis.wishWords { styled.apply(theme[.wishWord], to: hit.range) }
    }
    let inner = layout.sentence.inset(horizontal: 2, vertical: 1)
    styled.render(in: inner, into: &buffer, cursor: draft?.cursor)

    var y = layout.sentence.bottom
    let facts = [
      plural(analysis.sentenceCount, "sentence"),
      "\(analysis.wordCount) words",
      analysis.measurable.map { "measurable: “\($0)”" } ?? "nothing measurable",
      analysis.wishWords.isEmpty ? "no wish-words" : "wish-words: \(analysis.wishWords.map(\.word).joined(separator: ", "))",
    ]
    buffer.write(Line([Span("  " + facts.joined(separator: " · "), style: analysis.isPromise ? theme[.muted] : theme[.warning])])
      .truncated(toWidth: area.width), x: area.x, y: y)
    y += 1

    // The builder.
    let builder = promise.builder
    let segmentName = builder.segment.flatMap { state.workspace.segments[$0]?.name }
    buffer.write(" Builder", x: area.x, y: y + 1, style: theme[.title])
    let parts: [(String, String)] = [
      ("For", segmentName ?? "—"), ("who need", builder.need), ("we provide", builder.benefit), ("unlike", builder.alternative),
    ]
    for (index, part) in parts.enumerated() {
      let row = layout.fieldRows[index + 1]
      guard row < area.bottom else { break }
      let isSelected = pane.row == index + 1
      if isSelected { buffer.fill(Rect(x: area.x, y: row, width: area.width, height: 1), style: theme[.selection]) }
      let style = isSelected ? theme[.selection] : theme[.text]
      buffer.write("   " + TextLayout.pad(part.0, toWidth: 11), x: area.x, y: row, style: theme.style(.muted, on: style))
      buffer.write(TextLayout.truncate(part.1.isBlank ? "—" : part.1, toWidth: max(1, area.width - 16)), x: area.x + 15, y: row, style: style)
    }
    y = (layout.fieldRows.last ?? y) + 1
    if y < area.bottom {
      let draftSentence = builder.draft(segmentName: segmentName)
      buffer.write(Line([Span("   Draft: ", style: theme[.muted]), Span(draftSentence, style: theme[.text])]).truncated(toWidth: area.width),
        x: area.x, y: y)
      y += 2
    }

    // The proof.
    if y < area.bottom {
      buffer.write(" Proof: is the promise being kept?", x: area.x, y: y, style: theme[.title])
      y += 1
    }
    if promise.proofMetrics.isEmpty && y < area.bottom {
      buffer.write("   no proof metrics yet: pick 2 or 3 from the scorecard", x: area.x, y: y, style: theme[.warning])
      y += 1
    }
    let proof = promise.proofMetrics.compactMap { state.workspace.scorecard[$0] }
    let cells = proof.map { metric -> [String] in
      let status = metric.status
      return ["\(status.symbol)", metric.name, metric.latest.map { formatValue($0.value, metric.unit) } ?? "no data",
        metric.target.map { "target \(formatValue($0, metric.unit))" } ?? "no target", status.label]
    }
    let column = { (index: Int) in cells.map { $0[index] } }
    // A proof row's columns from what they hold: the target gives way before the name is cut.
    let proofLayout = ColumnLayout([
      .init("", cells: column(0)), .init("", cells: column(1), narrowest: 12), .init("", cells: column(2)),
      .init("", cells: column(3), priority: 1), .init("", cells: column(4)),
    ], room: area.width - 3)
    for id in promise.proofMetrics where y < area.bottom {
      guard let metric = state.workspace.scorecard[id], let index = proof.firstIndex(where: { $0.id == id }) else {
        buffer.write("   ✖ \(id): not in the scorecard", x: area.x, y: y, style: theme[.danger])
        y += 1
        continue
      }
      let status = metric.status
      let line = proofLayout.line(cells[index], styles: [statusStyle(status, theme), theme[.text],
        theme[.text].patched(with: Style(bold: true)), theme[.muted], statusStyle(status, theme)])
      buffer.write(Line([Span("   ", style: theme[.text])] + line.spans).truncated(toWidth: area.width), x: area.x, y: y)
      y += 1
    }

    // The history.
    if !promise.history.isEmpty && y + 1 < area.bottom {
      y += 1
      buffer.write(Line([Span(" Earlier sentences", style: theme[.title]), Span("  v: restore one · t: take the builder's draft", style: theme[.muted])])
        .truncated(toWidth: area.width), x: area.x, y: y)
      y += 1
      for revision in promise.history.reversed() where y < area.bottom {
        buffer.write(Line([Span("   \(revision.replacedOn)  ", style: theme[.muted]), Span(revision.sentence, style: theme[.muted])])
          .truncated(toWidth: area.width), x: area.x, y: y)
        y += 1
      }
    }
  }
}

/// A metric's value with its unit, as the panes show it: `87%`, `0.7 h`, `4.3`.
func formatValue(_ value: Double, _ unit: String) -> String { MetricValueText.text(value, unit: unit) }

/// A metric status in its colour, drawn on `base` (a selected row keeps it readable).
func statusStyle(_ status: MetricStatus, _ theme: Theme, on base: Style? = nil) -> Style {
  let role: Theme.Role
  switch status {
  case .onTrack: role = .ok
  case .atRisk: role = .warning
  case .offTrack: role = .danger
  case .noTarget, .noData: role = .muted
  }
  return base.map { theme.style(role, on: $0) } ?? theme[role]
}
