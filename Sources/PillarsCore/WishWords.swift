/// Words that signal a wish ("world-class service") rather than a promise a customer could check.
public enum WishWords {
  /// Praise a customer cannot check, and hedges that take the commitment back ("we aim to",
  /// "where possible"). Workspaces add their own with `extraWishWords`.
  public static let builtIn = praise + hedges

  /// Words that praise the service instead of saying what the customer gets.
  public static let praise = [
    "world-class", "world class", "best-in-class", "best in class", "delight", "seamless", "excellent",
    "exceptional", "amazing", "great", "outstanding", "innovative", "customer-centric", "leading", "premium",
    "superior", "unparalleled", "hassle-free", "hassle free", "worry-free", "effortless", "first-class",
    "top-notch", "unmatched", "second to none", "with a smile", "you will love", "you'll love", "you’ll love",
    "friendly", "peace of mind", "above and beyond", "extra mile",
  ]

  /// Words that hedge: the sentence says what the company tries, not what the customer can count on.
  /// A phrase comes before a word it starts with, so the whole phrase is marked: "strive to", then "strive".
  public static let hedges = [
    "aim to", "aim for", "strive to", "strive", "striving", "try to", "seek to", "hope to", "endeavour", "endeavor",
    "do our best", "our best to", "where possible", "wherever possible", "whenever possible", "if possible",
    "as soon as possible", "as quickly as possible", "as fast as possible", "asap", "best effort", "best-effort",
    "ideally", "usually", "typically", "in most cases", "most of the time",
  ]
}
