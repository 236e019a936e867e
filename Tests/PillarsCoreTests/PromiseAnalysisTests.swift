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

  @Test("a quantifier alone is not measurable: it says who, not what is promised")
  func quantifiersAloneAreNotMeasurable() {
    let delight = PromiseAnalysis(sentence: "We delight every patient")
    #expect(delight.measurable == nil)
    #expect(delight.verdict == "wish: \"delight\" cannot be checked by a customer; nothing in it can be measured")
    for sentence in ["Every patient is seen by a nurse.", "We always pick up.", "We are there for you every day."] {
      #expect(PromiseAnalysis(sentence: sentence).measurable == nil, "\(sentence)")
    }
  }

  @Test("checkable commitments without a number still count")
  func commitmentsAreMeasurable() {
    #expect(PromiseAnalysis(sentence: "We never make you repeat yourself.").measurable == "never make")
    #expect(PromiseAnalysis(sentence: "Repairs are done the same day you call.").measurable == "same day you")
    #expect(PromiseAnalysis(sentence: "You are passed on at most two times.").measurable == "two times")
    #expect(PromiseAnalysis(sentence: "You talk to at most two teams.").measurable == "at most two")
    #expect(PromiseAnalysis(sentence: "You talk to at most our team.").measurable == nil)
  }

  @Test("hedges and feel-good phrases are wishes, even beside a number", arguments: [
    ("Hassle-free returns within 30 days.", "Hassle-free"),
    ("We aim to answer within 2 hours.", "aim to"),
    ("Our team strives to reply within 1 day.", "strives to"),
    ("Answers within an hour, with a smile.", "with a smile"),
    ("Support you will love, within 4 hours.", "you will love"),
    ("We try to call back the same day.", "try to"),
    ("Refunds within 5 days where possible.", "where possible"),
    ("We strive for replies within 1 hour.", "strive"),
    ("We usually answer within 2 hours.", "usually"),
    ("Friendly answers within 1 hour.", "Friendly"),
    ("We go the extra mile, every time, within 1 day.", "extra mile"),
  ])
  func hedgesAreWishes(sentence: String, word: String) {
    let analysis = PromiseAnalysis(sentence: sentence)
    #expect(analysis.wishWords.map(\.word) == [word])
    #expect(!analysis.isPromise)
    #expect(analysis.verdict.hasPrefix("wish: \"\(word.lowercased())\" cannot be checked by a customer"))
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
