import ArgumentParser

/// `pillars signals`: what customers contact you about, ranked; and its import and tag map.
struct SignalsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "signals",
    abstract: "Customer signals: themes ranked by contacts, the helpdesk import, and the tag map.",
    subcommands: [SignalsListCommand.self, SignalsImportCommand.self, SignalsMapCommand.self],
    defaultSubcommand: SignalsListCommand.self
  )
}
