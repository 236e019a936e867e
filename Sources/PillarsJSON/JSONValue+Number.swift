extension JSONValue {
  /// A number as the encoder writes it: whole numbers below 10^15 without a fraction, others as
  /// the shortest text that reads back as the same double. Nil for NaN and infinity.
  public init?(number: Double) {
    guard let text = JSONNumberText.text(for: number) else { return nil }
    self.init(.number(text))
  }
}
