/// What the promise checks see in a sentence: used by `pillars check` and, live, by the promise editor.
public struct PromiseAnalysis: Equatable, Sendable {
  /// A wish-word where it stands in the sentence.
  public struct WishWordHit: Equatable, Sendable {
    public var word: String
    /// The matched text's position, in characters from the start of the sentence.
    public var range: Range<Int>
  }

  public var sentenceCount: Int
  public var wordCount: Int
  public var wishWords: [WishWordHit]
  /// The first thing found that a customer could check: a number, a time, a countable commitment.
  public var measurable: String?

  public var isEmpty: Bool { wordCount == 0 }

  /// "promise" when the sentence is one checkable sentence free of wish-words, else "wish".
  public var isPromise: Bool { !isEmpty && sentenceCount == 1 && wishWords.isEmpty && measurable != nil }

  /// One line saying whether this is a promise or a wish, and why.
  public var verdict: String {
    if isEmpty { return "wish: there is no sentence yet" }
    var reasons: [String] = []
    if !wishWords.isEmpty {
      let words = Array(Set(wishWords.map { $0.word.lowercased() })).sorted()
      reasons.append("\(words.map { "\"\($0)\"" }.joined(separator: ", ")) cannot be checked by a customer")
    }
    if measurable == nil { reasons.append("nothing in it can be measured") }
    if sentenceCount > 1 { reasons.append("it is \(sentenceCount) sentences, not one") }
    if reasons.isEmpty { return "promise: one sentence, checkable (\"\(measurable ?? "")\")" }
    return "wish: " + reasons.joined(separator: "; ")
  }

  public init(sentence: String, wishWords list: [String] = WishWords.builtIn) {
    let characters = Array(sentence)
    let words = PromiseAnalysis.words(in: characters)
    wordCount = words.count
    sentenceCount = PromiseAnalysis.countSentences(characters)
    wishWords = PromiseAnalysis.findWishWords(words: words, characters: characters, list: list)
    measurable = PromiseAnalysis.findMeasurable(words: words, characters: characters)
  }

  // MARK: - Words

  struct Word {
    var text: String
    var lower: String
    var range: Range<Int>
  }

  /// Runs of letters, digits, apostrophes and inner hyphens.
  static func words(in characters: [Character]) -> [Word] {
    var words: [Word] = []
    var start: Int?
    func isWordCharacter(_ i: Int) -> Bool {
      let c = characters[i]
      if c.isLetter || c.isNumber || c == "'" || c == "’" { return true }
      // A hyphen or a decimal point joins two word characters: "best-in-class", "4.5".
      if (c == "-" || c == "." || c == ",") && i > 0 && i + 1 < characters.count {
        let before = characters[i - 1]
        let after = characters[i + 1]
        if c == "-" { return (before.isLetter || before.isNumber) && (after.isLetter || after.isNumber) }
        return before.isNumber && after.isNumber
      }
      return false
    }
    for i in characters.indices {
      if isWordCharacter(i) {
        if start == nil { start = i }
      } else if let s = start {
        words.append(Word(characters[s..<i]))
        start = nil
      }
    }
    if let s = start { words.append(Word(characters[s..<characters.count])) }
    return words
  }

  /// Sentences end at `.`, `!` or `?` followed by a space or the end, not inside "4.5" or "e.g.".
  static func countSentences(_ characters: [Character]) -> Int {
    var count = 0
    var sawText = false
    var i = 0
    while i < characters.count {
      let c = characters[i]
      if c.isLetter || c.isNumber { sawText = true }
      if c == "." || c == "!" || c == "?" || c == "。" {
        let next = i + 1 < characters.count ? characters[i + 1] : " "
        if next.isWhitespace && sawText && !isAbbreviation(characters, endingAt: i) {
          count += 1
          sawText = false
        }
      }
      i += 1
    }
    return count + (sawText ? 1 : 0)
  }

  private static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "inc", "approx", "min", "hrs", "no"]

  private static func isAbbreviation(_ characters: [Character], endingAt dot: Int) -> Bool {
    var start = dot
    while start > 0 && (characters[start - 1].isLetter || characters[start - 1] == ".") { start -= 1 }
    let token = String(characters[start..<dot]).lowercased()
    return abbreviations.contains(token)
  }

  static func findWishWords(words: [Word], characters: [Character], list: [String]) -> [WishWordHit] {
    var hits: [WishWordHit] = []
    let phrases = list.map { $0.lowercased().split(whereSeparator: { $0 == " " }).map(String.init) }
      .filter { !$0.isEmpty }
    var i = 0
    while i < words.count {
      var matched = false
      for phrase in phrases where i + phrase.count <= words.count {
        let candidate = words[i..<(i + phrase.count)]
        if zip(candidate, phrase).allSatisfy({ matches($0.lower, wish: $1) }) {
          let range = words[i].range.lowerBound..<words[i + phrase.count - 1].range.upperBound
          hits.append(WishWordHit(word: String(characters[range]), range: range))
          i += phrase.count
          matched = true
          break
        }
      }
      if !matched { i += 1 }
    }
    return hits
  }

  /// "delight" also catches "delightful" and "delighted"; "great" catches "greatest" but not "greatly"-free words like "grateful".
  private static func matches(_ word: String, wish: String) -> Bool {
    if word == wish { return true }
    guard word.hasPrefix(wish) else { return false }
    let rest = word.dropFirst(wish.count)
    return ["s", "ful", "fully", "ed", "ing", "ly", "est", "er"].contains(String(rest))
  }

  // MARK: - Measurable

  private static let timeUnits: Set<String> = [
    "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "h",
    "day", "days", "week", "weeks", "month", "months", "year", "years", "business", "working",
  ]
  private static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "once", "twice", "half", "single",
  ]
  private static let countNouns: Set<String> = [
    "times", "steps", "clicks", "calls", "people", "person", "contact", "click", "step", "call", "form", "forms",
  ]
  /// Commitments a customer can check without a number: "within", "never", "same day". A
  /// quantifier alone ("every patient", "always") says who or how often, not what is promised,
  /// so it is not one.
  private static let countableCommitments: [[String]] = [
    ["never"], ["same", "day"], ["same", "week"], ["next", "day"], ["within"],
    ["no", "later", "than"], ["money", "back"], ["refund"], ["24", "7"],
    ["first", "contact"], ["first", "call"],
  ]
  /// Bounds that commit to something only with a number after them: "at most two transfers".
  private static let boundsBeforeANumber: [[String]] = [["no", "more", "than"], ["at", "most"], ["at", "least"]]

  static func findMeasurable(words: [Word], characters: [Character]) -> String? {
    // A number (digits, or a number word followed by a time unit) is the strongest signal.
    for (i, word) in words.enumerated() {
      if word.lower.contains(where: \.isNumber) {
        let upper = i + 1 < words.count && timeUnits.contains(words[i + 1].lower) ? words[i + 1].range.upperBound : word.range.upperBound
        let end = upper < characters.count && characters[upper] == "%" ? upper + 1 : upper
        return String(characters[word.range.lowerBound..<end])
      }
      guard i + 1 < words.count else { continue }
      let next = words[i + 1].lower
      let counted = timeUnits.contains(next) || (numberWords.contains(word.lower) && countNouns.contains(next))
      if counted && (numberWords.contains(word.lower) || ["a", "an"].contains(word.lower)) {
        return String(characters[word.range.lowerBound..<words[i + 1].range.upperBound])
      }
    }
    for (i, _) in words.enumerated() {
      for phrase in boundsBeforeANumber where i + phrase.count < words.count {
        let number = words[i + phrase.count].lower
        guard number.contains(where: \.isNumber) || numberWords.contains(number) else { continue }
        if zip(words[i..<(i + phrase.count)], phrase).allSatisfy({ $0.lower == $1 }) {
          return String(characters[words[i].range.lowerBound..<words[i + phrase.count].range.upperBound])
        }
      }
      for phrase in countableCommitments where i + phrase.count <= words.count {
        let candidate = words[i..<(i + phrase.count)]
        if zip(candidate, phrase).allSatisfy({ $0.lower == $1 }) {
          // "never" and "within" count only when they commit to something after them.
          guard i + phrase.count < words.count else { continue }
          let range = words[i].range.lowerBound..<words[i + phrase.count].range.upperBound
          return String(characters[range])
        }
      }
    }
    return nil
  }
}

extension PromiseAnalysis.Word {
  init(_ slice: ArraySlice<Character>) {
    text = String(slice)
    lower = text.lowercased()
    range = slice.startIndex..<slice.endIndex
  }
}
