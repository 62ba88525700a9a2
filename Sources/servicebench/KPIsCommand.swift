import ArgumentParser

// Owned by the work on this command; replaced as it lands.
struct KPIsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kpis", abstract: "(not yet built)")
    func run() throws { throw UsageError("'kpis' is not built yet") }
}
