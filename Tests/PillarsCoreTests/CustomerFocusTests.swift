import PillarsCore
import Testing

/// Where the team stands on the customer-focus ladder: the evidence the workspace holds for each rung.
@Suite struct CustomerFocusTests {
  @Test func noCustomerMetricsAtAllIsNaive() {
    var workspace = Fixtures.clean()
    workspace.scorecard.metrics = workspace.scorecard.metrics.filter { $0.layer == .operational }
    let evidence = CustomerFocusEvidence(workspace)
    #expect(evidence.suggested == .naive)
    #expect(evidence.lines[0] == "No customer metrics at all: the scorecard has no experience or outcome metric.")
    #expect(evidence.lines[1] == "Only internal speed: 1 operational metric and no experience metric.")
  }

  @Test func customerMetricsWithoutASignalActedOnAreTransactional() {
    let evidence = CustomerFocusEvidence(Fixtures.clean())
    #expect(evidence.customerMetrics == ["Retention", "Csat"])
    #expect(evidence.suggested == .transactional)
    #expect(evidence.lines[2] == "No customer signal has led to a fix yet.")
  }

  @Test func aSignalThatLedToAFixIsEnlightenedAndACustomerFirstDecisionNatural() {
    var workspace = Fixtures.clean()
    workspace.signalThemes = [SignalTheme(id: "sync-errors", name: "Sync errors", state: .fixing)]
    #expect(CustomerFocusEvidence(workspace).suggested == .enlightened)
    workspace.reviews = [Review(week: Fixtures.thisWeek, decisions: [
      Decision(id: "ask", kind: .stop, text: "Stop auto-closing tickets", customerFirst: true)
    ])]
    let evidence = CustomerFocusEvidence(workspace)
    #expect(evidence.suggested == .natural)
    #expect(evidence.lines[3] == "1 decision chose the customer over a short-term number (Stop auto-closing tickets).")
    // Without the experience layer, the signal alone does not lift the team past transactional.
    workspace.scorecard.metrics.removeAll { $0.layer == .experience }
    #expect(CustomerFocusEvidence(workspace).suggested == .transactional)
  }

  @Test func theLadderIsInOrder() {
    #expect(CustomerFocusMaturity.allCases.sorted() == [.naive, .transactional, .enlightened, .natural])
    #expect(CustomerFocusMaturity.natural.meaning == "the customer's interest is the deciding vote, even when it costs")
  }
}
