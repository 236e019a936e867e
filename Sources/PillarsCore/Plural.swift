/// A count with its noun, the one way the screens, the commands and the pages say it:
/// "1 decision", "3 decisions", "2 weekly values"; `plural` for nouns that do not take an "s".
public func plural(_ count: Int, _ noun: String, _ pluralNoun: String? = nil) -> String {
  "\(count) \(count == 1 ? noun : pluralNoun ?? noun + "s")"
}
