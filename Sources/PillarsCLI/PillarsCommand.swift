import ArgumentParser

public struct PillarsCommand: ParsableCommand {
  public init() {}
}
