/// Words that signal a wish ("world-class service") rather than a promise a customer could check.
public enum WishWords {
  public static let builtIn = [
    "world-class", "best-in-class", "delight", "seamless", "excellent", "exceptional", "amazing",
    "great", "outstanding", "innovative", "customer-centric", "leading", "premium", "superior",
    "unparalleled",
  ]
}
