import PillarsCore
import Testing

/// Experiments and the assumptions log: what they hold and what the checks say of them.
@Suite struct ExperimentChecksTests {
  let today = Fixtures.today

  private func workspace(_ experiments: [Experiment], _ assumptions: [Assumption] = []) -> Workspace {
    var workspace = Fixtures.clean()
    workspace.experiments = experiments
    workspace.assumptions = AssumptionsDocument(assumptions: assumptions)
    return workspace
  }

  private func findings(_ workspace: Workspace) -> [Finding] {
    Checks.run(workspace, today: today).filter { [.experimentPastEnd, .experimentUnmeasured, .assumptionUntested].contains($0.rule) }
  }

  @Test func anExperimentPastItsEndWithoutAResultIsDue() {
    let ended = Experiment(id: "callbacks", name: "Callbacks", metric: "csat", criterion: "CSAT 4.5",
      start: today.adding(days: -30), end: today.adding(days: -1), state: .running)
    let found = findings(workspace([ended]))
    #expect(found.map(\.rule) == [.experimentPastEnd])
    #expect(found.first?.document == .experiment("callbacks"))
    #expect(found.first?.path == ["end"])
    // Its result settles it, and so does stopping it.
    var won = ended
    won.result = .won
    #expect(findings(workspace([won])).isEmpty)
    var stopped = ended
    stopped.state = .stopped
    #expect(findings(workspace([stopped])).isEmpty)
    // Ending today is not late.
    var endsToday = ended
    endsToday.end = today
    #expect(findings(workspace([endsToday])).isEmpty)
  }

  @Test func aRunningExperimentNeedsAMetricAndACriterion() {
    let vague = Experiment(id: "vague", name: "Try chat", state: .running)
    let found = findings(workspace([vague]))
    #expect(found.map(\.rule) == [.experimentUnmeasured])
    #expect(found.first?.message.contains("a metric it moves or a criterion") == true)
    var measured = vague
    measured.metric = "csat"
    #expect(findings(workspace([measured])).first?.path == ["criterion"])
    measured.criterion = "We are right if CSAT passes 4.5"
    #expect(findings(workspace([measured])).isEmpty)
    // A planned one may still be vague.
    #expect(findings(workspace([Experiment(id: "later", name: "Later")])).isEmpty)
  }

  @Test func anImportantAssumptionWithLittleEvidenceWantsAnExperiment() {
    let risky = Assumption(id: "clinics-pay", statement: "Clinics pay for speed", importance: 5, evidence: 1)
    let known = Assumption(id: "clinics-call", statement: "Clinics call in the morning", importance: 5, evidence: 4)
    let minor = Assumption(id: "colour", statement: "Blue works", importance: 2, evidence: 1)
    let found = findings(workspace([], [risky, known, minor]))
    #expect(found.map(\.rule) == [.assumptionUntested])
    #expect(found.first?.path == ["assumptions", .index(0), "evidence"])
    let test = Experiment(id: "price-test", name: "Price test", assumptions: ["clinics-pay"])
    #expect(findings(workspace([test], [risky, known, minor])).isEmpty)
  }

  @Test func linksThatLeadNowhereAreReported() {
    let experiment = Experiment(id: "x", name: "X", assumptions: ["nobody"], metric: "no-such-metric",
      segments: ["no-segment"], touchpoints: [TouchpointLink(journey: "onboarding", touchpoint: "gone")])
    let dangling = Checks.run(workspace([experiment]), today: today).filter { $0.rule == .danglingReference }
    #expect(Set(dangling.filter { $0.severity == .error }.map(\.path)) == [["metric"], ["segments", .index(0)], ["assumptions", .index(0)]])
    // A touchpoint deleted on the journey map leaves a warning, not a broken experiment.
    #expect(dangling.filter { $0.severity == .warning }.map(\.path) == [["touchpoints", .index(0), "touchpoint"]])
  }

  @Test func theLogRanksTheRiskiestFirst() {
    let log = AssumptionsDocument(assumptions: [
      Assumption(id: "a", statement: "A", importance: 2, evidence: 2),
      Assumption(id: "b", statement: "B", importance: 5, evidence: 2),
      Assumption(id: "c", statement: "C", importance: 5, evidence: 1),
    ])
    #expect(log.ranked.map(\.id) == ["c", "b", "a"])
    #expect(log.ranked.map(\.isRiskiest) == [true, true, false])
  }
}
