import ArgumentParser

// Owned by the work on this command; replaced as it lands.
struct BenchmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "benchmarks", abstract: "(not yet built)")
    func run() throws { throw UsageError("'benchmarks' is not built yet") }
}
