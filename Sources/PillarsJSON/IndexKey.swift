/// The key of an array element in a coding path.
struct IndexKey: CodingKey {
  let intValue: Int?
  let stringValue: String

  init(_ index: Int) {
    intValue = index
    stringValue = "Index \(index)"
  }

  init?(intValue: Int) { self.init(intValue) }
  init?(stringValue: String) { nil }
}
