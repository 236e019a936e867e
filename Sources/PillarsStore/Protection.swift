import PillarsCore

/// Why the store must not write a document, and the bytes of what the workspace was given for it.
struct Protection {
  enum Reason {
    case unavailable
    case newerSchema
  }

  var reason: Reason
  /// The canonical bytes of the value the loaded workspace holds for this document; saving
  /// that unchanged value is quietly skipped, saving anything else is refused.
  var placeholder: [UInt8]?

  var error: (DocumentRef) -> StoreError {
    switch reason {
    case .unavailable: StoreError.unavailable
    case .newerSchema: StoreError.newerSchema
    }
  }
}
