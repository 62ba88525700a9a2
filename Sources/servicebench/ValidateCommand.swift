import ArgumentParser

// Owned by the work on this command; replaced as it lands.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "(not yet built)")
    func run() throws { throw UsageError("'validate' is not built yet") }
}
