/// A three-way merge of a long text (notes, descriptions): line by line when the text has
/// several lines, word by word when it is one paragraph. Changes merge when they touch
/// different lines (or words); changes that overlap or touch each other are a conflict.
enum TextMerge {
  /// Texts at least this long, or with a line break, are merged piece by piece; shorter ones
  /// (names, channels) are one value, so "Kickoff meeting" and "Intro call" never make "Intro meeting".
  static let longText = 60

  static func isLong(_ text: String) -> Bool { text.utf8.count >= longText || text.contains("\n") }

  /// The merged text, or nil when the two sides' changes overlap.
  static func merge(base: String, ours: String, theirs: String) -> String? {
    let byLine = [base, ours, theirs].contains { $0.contains("\n") }
    let split = byLine ? lines : words
    guard let merged = merge(base: split(base), ours: split(ours), theirs: split(theirs)) else { return nil }
    return merged.joined()
  }

  /// Lines with their line breaks, so joining gives the text back.
  static func lines(_ text: String) -> [Substring] { pieces(text) { $0 == "\n" } }

  /// Words with the spaces after them.
  static func words(_ text: String) -> [Substring] { pieces(text) { $0 == " " } }

  private static func pieces(_ text: String, endingAt isEnd: (Character) -> Bool) -> [Substring] {
    var result: [Substring] = []
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(after: index)
      // A piece ends after a run of separators.
      if isEnd(text[index]) && (next == text.endIndex || !isEnd(text[next])) {
        result.append(text[start..<next])
        start = next
      }
      index = next
    }
    if start < text.endIndex { result.append(text[start...]) }
    return result
  }

  /// Diff3 over pieces: the pieces of the base both sides kept unchanged anchor the merge; between
  /// two anchors, whichever side changed wins, and both changing differently is a conflict.
  static func merge(base: [Substring], ours: [Substring], theirs: [Substring]) -> [Substring]? {
    guard let inOurs = Alignment.matches(base, ours), let inTheirs = Alignment.matches(base, theirs) else { return nil }
    var result: [Substring] = []
    var (b, o, t) = (0, 0, 0)
    for anchor in base.indices + [base.count] {
      let isEnd = anchor == base.count
      guard isEnd || (inOurs[anchor] != nil && inTheirs[anchor] != nil) else { continue }
      let oEnd = isEnd ? ours.count : inOurs[anchor] ?? 0
      let tEnd = isEnd ? theirs.count : inTheirs[anchor] ?? 0
      let (baseChunk, ourChunk, theirChunk) = (base[b..<anchor], ours[o..<oEnd], theirs[t..<tEnd])
      if ourChunk.elementsEqual(theirChunk) || theirChunk.elementsEqual(baseChunk) {
        result += ourChunk
      } else if ourChunk.elementsEqual(baseChunk) {
        result += theirChunk
      } else {
        return nil
      }
      if !isEnd { result.append(base[anchor]) }
      (b, o, t) = (anchor + 1, oEnd + 1, tEnd + 1)
    }
    return result
  }
}
