import ArgumentParser

@main
struct ServiceBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "servicebench",
        abstract: "Benchmark a customer-service organisation's KPIs against published studies, targets and peers.",
        discussion: """
            Exit codes: 0 success, 64 usage error, 65 bad data, 66 missing input, 70 internal error, \
            73 cannot write output.
            """,
        subcommands: [
            ReportCommand.self,
            KPIsCommand.self,
            StaffingCommand.self,
            BenchmarksCommand.self,
            ValidateCommand.self,
        ]
    )
}
