import ArgumentParser
import Foundation
import Testing
@testable import servicebench

/// The full help text of every command and subcommand, rendered as argument-parser renders it at
/// 100 columns (`helpMessage(for:columns:)`, argument-parser's own snapshot pattern), compared byte
/// for byte with `Tests/ServiceBenchCLITests/Help/NAME.txt`. After an intended change to an option
/// or its help, re-record with `SERVICEBENCH_RECORD=1 swift test --filter HelpSnapshotTests` and
/// review `git diff Tests/ServiceBenchCLITests/Help`.
@Suite struct HelpSnapshotTests {
    static let directory = CommandRunner.packageRoot.appendingPathComponent("Tests/ServiceBenchCLITests/Help")

    struct Command: Sendable, CustomTestStringConvertible {
        var name: String
        var type: any ParsableCommand.Type
        var testDescription: String { name }
    }

    static let commands: [Command] = [
        Command(name: "servicebench", type: ServiceBench.self),
        Command(name: "report", type: ReportCommand.self),
        Command(name: "kpis", type: KPIsCommand.self),
        Command(name: "staffing", type: StaffingCommand.self),
        Command(name: "benchmarks", type: BenchmarksCommand.self),
        Command(name: "benchmarks-list", type: BenchmarksCommand.List.self),
        Command(name: "benchmarks-show", type: BenchmarksCommand.Show.self),
        Command(name: "benchmarks-import", type: BenchmarksCommand.Import.self),
        Command(name: "validate", type: ValidateCommand.self),
    ]

    @Test(arguments: commands)
    func helpMatchesItsSnapshot(_ command: Command) throws {
        let produced = ServiceBench.helpMessage(for: command.type, columns: 100) + "\n"
        let file = Self.directory.appendingPathComponent(command.name + ".txt")
        if ProcessInfo.processInfo.environment["SERVICEBENCH_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try produced.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(
            try? String(contentsOf: file, encoding: .utf8), "no snapshot \(file.lastPathComponent); record with SERVICEBENCH_RECORD=1")
        if expected != produced {
            let actual = FileManager.default.temporaryDirectory.appendingPathComponent("servicebench-actual-help-\(command.name).txt")
            try produced.write(to: actual, atomically: true, encoding: .utf8)
            Issue.record("help of \(command.name) differs; diff -u \(file.path) \(actual.path); re-record with SERVICEBENCH_RECORD=1 if intended")
        }
    }

    /// Every snapshot on disk belongs to a command (a renamed command leaves no stale file behind).
    @Test func everySnapshotHasItsCommand() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).filter { $0.hasSuffix(".txt") }
        #expect(Set(files) == Set(Self.commands.map { $0.name + ".txt" }))
    }

    /// The real binary prints the help too, with the values of the closed options (its width follows
    /// the terminal, so the words are checked, not the lines).
    @Test(arguments: [["report", "--help"], ["help", "kpis"], ["staffing", "--help"]])
    func theBinaryPrintsTheHelp(arguments: [String]) throws {
        let run = try CommandRunner.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("USAGE: servicebench \(arguments[0] == "help" ? arguments[1] : arguments[0])"))
        #expect(run.stdout.contains("(values: "))
    }
}
