import Testing
import PillarsCore

@Suite struct PromiseAnalysisTests {
  @Test func aConcretePromiseIsAPromise() {
    let analysis = PromiseAnalysis(sentence: "We answer within an hour, in your language, and we never make you repeat yourself.")
    #expect(analysis.isPromise)
    #expect(analysis.sentenceCount == 1)
    #expect(analysis.wordCount == 15)
    #expect(analysis.measurable == "an hour")
    #expect(analysis.verdict.hasPrefix("promise:"))
  }

  @Test func worldClassServiceIsAWish() {
    let analysis = PromiseAnalysis(sentence: "World-class service that will delight you.")
    #expect(!analysis.isPromise)
    #expect(analysis.wishWords.map(\.word) == ["World-class", "delight"])
    #expect(analysis.wishWords.first?.range == 0..<11)
    #expect(analysis.measurable == nil)
    #expect(analysis.verdict == "wish: \"delight\", \"world-class\" cannot be checked by a customer; nothing in it can be measured")
  }

  @Test func inflectionsOfWishWordsCount() {
    let hits = PromiseAnalysis(sentence: "A delightful, seamlessly greatest experience, greatly grateful.").wishWords.map(\.word)
    #expect(hits == ["delightful", "seamlessly", "greatest", "greatly"])
  }

  @Test func extraWishWordsFromTheWorkspace() {
    let analysis = PromiseAnalysis(sentence: "Frictionless onboarding in 3 days.", wishWords: WishWords.builtIn + ["frictionless"])
    #expect(analysis.wishWords.map(\.word) == ["Frictionless"])
  }

  @Test func numbersAndTimesAreMeasurable() {
    #expect(PromiseAnalysis(sentence: "Refunds within 2 business days.").measurable == "2 business")
    #expect(PromiseAnalysis(sentence: "Fixed in 99.5% of cases.").measurable == "99.5%")
    #expect(PromiseAnalysis(sentence: "An answer in two hours.").measurable == "two hours")
    #expect(PromiseAnalysis(sentence: "Nice people who care.").measurable == nil)
  }

  @Test func sentencesAreCountedNotDecimalsOrAbbreviations() {
    #expect(PromiseAnalysis(sentence: "We reply in 1.5 hours, e.g. by chat.").sentenceCount == 1)
    #expect(PromiseAnalysis(sentence: "We reply fast. We care!").sentenceCount == 2)
    #expect(PromiseAnalysis(sentence: "   ").isEmpty)
  }

  @Test func builderComposesADraftWithGaps() {
    let builder = PromiseBuilder(need: "answers they can trust", benefit: "", alternative: "waiting on hold")
    #expect(builder.draft(segmentName: "Small clinics")
      == "For Small clinics, who need answers they can trust, we provide [benefit], unlike waiting on hold.")
  }

  @Test func committingASentenceKeepsTheOldOneInHistory() throws {
    var promise = PromiseDocument(sentence: "Great service.")
    let day = try #require(CalendarDate("2026-11-02"))
    promise.commit(sentence: "Answers within one hour.", on: day)
    promise.commit(sentence: "Answers within one hour.", on: day)
    #expect(promise.sentence == "Answers within one hour.")
    #expect(promise.history == [PromiseRevision(sentence: "Great service.", replacedOn: day)])
  }
}
