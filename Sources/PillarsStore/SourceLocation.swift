import PillarsJSON

/// A line and column in a document file, both counted from 1.
public typealias SourceLocation = PillarsJSON.SourceLocation
