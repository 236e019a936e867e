import PillarsCore

extension MarkdownExport {
  /// What the team wrote of a channel, before what the journeys say of it.
  static func writeCharterEntry(
    _ entry: CharterEntry?, for channel: ChannelCharter.Channel, into document: inout MarkdownDocument, _ context: ExportContext
  ) {
    guard !channel.name.isBlank else { return }
    guard let entry else {
      document.paragraph("*No charter entry yet: the team has not written this channel's goal, guardrails, KPIs, owner, service standard or escalation path.*")
      return
    }
    let kpis = entry.kpis.map { ExportFormat.metricName($0, in: context.workspace) }
    let guardrails = entry.guardrails.filter { !$0.isBlank }
    document.bullets([
      "**Goal:** " + (entry.goal.isBlank ? "*not written*" : .cell(entry.goal)),
      "**Guardrails:** " + (guardrails.isEmpty ? "*none written*" : .joined(guardrails.map { .cell($0) }, separator: "; ")),
      "**KPIs:** " + (kpis.isEmpty ? "*none chosen*" : .joined(kpis, separator: ", ")),
      "**Charter owner:** " + ExportFormat.owner(entry.owner),
      "**Service standard:** " + (entry.serviceStandard.isBlank ? "*not written*" : .cell(entry.serviceStandard)),
      "**Escalation path:** " + (entry.escalation.isBlank ? "*not written*" : .cell(entry.escalation)),
    ])
  }
}
