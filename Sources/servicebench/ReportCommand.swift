import ArgumentParser

// Owned by the work on this command; replaced as it lands.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "(not yet built)")
    func run() throws { throw UsageError("'report' is not built yet") }
}
