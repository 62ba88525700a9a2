import ArgumentParser

// Owned by the work on this command; replaced as it lands.
struct StaffingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "staffing", abstract: "(not yet built)")
    func run() throws { throw UsageError("'staffing' is not built yet") }
}
