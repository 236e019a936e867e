import PillarsCore

extension LargeWorkspace.Size {
  /// Tickets in the generated helpdesk export: 200,000 at the large size.
  public var tickets: Int { themes * 1000 }
}

extension LargeWorkspace {
  /// A Zendesk-style ticket export over the size's weeks ending with `lastWeek`, handed to `write`
  /// a few thousand lines at a time: each ticket tagged with one to three of the generated themes'
  /// ids (a few themes drawing most tickets), with a subject holding a comma and a line break and a
  /// made-up requester, as real exports have. The same size, seed and week give the same file.
  public static func ticketExport(size: Size, lastWeek: ISOWeek, seed: UInt64 = 2026, write: (String) throws -> Void) rethrows {
    var random = SeededGenerator(seed: seed &+ 141)
    let first = lastWeek.adding(weeks: -(size.weeks - 1)).monday
    // Theme n is drawn with weight 1/n: the inverse of a running sum finds it.
    let weights = (1...max(1, size.themes)).map { 1.0 / Double($0) }
    var cumulative: [Double] = []
    var sum = 0.0
    for weight in weights {
      sum += weight
      cumulative.append(sum)
    }
    func theme(_ random: inout SeededGenerator) -> Int {
      let target = Double(random.int(0...1_000_000)) / 1_000_000 * sum
      var low = 0, high = cumulative.count - 1
      while low < high {
        let middle = (low + high) / 2
        if cumulative[middle] < target { low = middle + 1 } else { high = middle }
      }
      return low + 1
    }
    let vias = ["Email", "Web Widget", "Chat", "Phone call", "API"]
    var chunk = "Id,Subject,Tags,Requester,Requester email,Created at,Via,Group\r\n"
    for number in 0..<size.tickets {
      var tags: [Int] = []
      for _ in 0..<random.int(1...3) {
        let drawn = theme(&random)
        if !tags.contains(drawn) { tags.append(drawn) }
      }
      let day = first.adding(days: random.int(0...(size.weeks * 7 - 1)))
      let time = [random.int(0...23), random.int(0...59), random.int(0...59)].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
      let person = "Customer \(number + 1)"
      chunk += "\(100_000 + number),\"Problem \(number), again\nsee above\",\(tags.map { "theme-\($0)" }.joined(separator: " ")),"
        + "\(person),customer-\(number + 1)@example.com,\(day) \(time),\(random.pick(vias)),Support\r\n"
      if chunk.utf8.count > 1 << 16 {
        try write(chunk)
        chunk = ""
      }
    }
    try write(chunk)
  }
}
