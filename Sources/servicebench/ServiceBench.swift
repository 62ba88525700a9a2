import ArgumentParser
import Foundation
import ServiceBenchCore
import ServiceBenchStaffing

@main
struct ServiceBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "servicebench",
        abstract: "Benchmark a customer-service organisation's KPIs against published studies, targets and peers.",
        discussion: """
            Exit codes: 0 success, 64 usage error, 65 bad data, 66 missing input, 70 internal error, \
            73 cannot write output, 74 cannot write standard output or standard error.
            """,
        subcommands: [
            ReportCommand.self,
            KPIsCommand.self,
            StaffingCommand.self,
            BenchmarksCommand.self,
            ValidateCommand.self,
        ]
    )

    /// ArgumentParser's `main`, with its messages (help, usage errors) written through `StandardStream`:
    /// help that cannot be written to standard output, or an error that cannot be written to standard
    /// error, exits 74 instead of being lost (or crashing, as `FileHandle.write` does).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let text = fullMessage(for: error)
            if !text.isEmpty {
                let stream: StandardStream = code == .success ? .output : .error
                do throws(CoreError) {
                    try stream.write(text + "\n")
                } catch {
                    if stream == .output { try? StandardStream.error.write(error.description + "\n") }
                    Foundation.exit(ServiceBenchCore.ExitCode.ioError.rawValue)
                }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
