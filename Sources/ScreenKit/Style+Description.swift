extension Style: CustomStringConvertible {
  /// A compact description such as `fg:red bg:default bold`, listing what is set.
  public var description: String {
    var parts: [String] = []
    if let foreground { parts.append("fg:\(foreground.name)") }
    if let background { parts.append("bg:\(background.name)") }
    let attributes: [(Bool?, String)] = [
      (bold, "bold"), (dim, "dim"), (italic, "italic"), (underline, "underline"),
      (reverse, "reverse"),
    ]
    for (value, name) in attributes where value == true {
      parts.append(name)
    }
    return parts.isEmpty ? "plain" : parts.joined(separator: " ")
  }
}
