import ArgumentParser

/// An error the user can act on; printed as `Error: <message>` with exit status 1.
struct CLIError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
