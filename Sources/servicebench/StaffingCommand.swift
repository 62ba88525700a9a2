import ArgumentParser
import ServiceBenchCore
import ServiceBenchStaffing

/// `servicebench staffing`: the agents needed to reach a service-level target (Erlang C, or Erlang A
/// with `--patience`), and the table around that number.
struct StaffingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staffing",
        abstract: "Agents needed to reach a service-level target (Erlang C, or Erlang A with --patience).",
        discussion: """
            Durations take a unit: s, m (or min), h — 180s, 3m, 1.5h. A bare number is seconds for \
            --aht, --patience and the target time; --interval always needs a unit. Shares take 30% \
            (0–100) or a fraction 0.3 (0–1); a bare number above 1 is refused. The target is \
            percent/seconds: 80/20 means 80% of calls answered within 20 s.

            Erlang C assumes Poisson arrivals, exponential handle times and callers who never hang up. \
            With --patience (mean time a caller waits before hanging up, exponential), Erlang A: the \
            service level is then the share of all offered calls answered within the target time \
            (calls that hang up count as not answered), and ASA the mean wait of answered calls.

            The table runs from two fewer to two more agents than needed (never below 1); under \
            Erlang C, rows with agents at or below the load are unstable: service level 0, ASA \
            unbounded (null in JSON). The search stops at 10,000 agents.

            Example: servicebench staffing --calls 100 --interval 30m --aht 180s --target 80/20 --shrinkage 30%
            """
    )

    @Option(help: ArgumentHelp("Calls offered in one interval (a number ≥ 0).", valueName: "count"))
    var calls: String

    @Option(help: ArgumentHelp("Length of the interval, with its unit (30m, 1h, 1800s).", valueName: "duration"))
    var interval: String = "1h"

    @Option(help: ArgumentHelp("Average handle time (talk + hold + wrap-up): 180s, 3m; bare number = seconds.", valueName: "duration"))
    var aht: String

    @Option(help: ArgumentHelp("Service-level target percent/seconds: 80/20 = 80 % answered within 20 s.", valueName: "P/T"))
    var target: String

    @Option(help: ArgumentHelp("Share of paid time away from the phones: 30% or 0.3. Reports scheduled agents = agents / (1 − shrinkage).", valueName: "share"))
    var shrinkage: String?

    @Option(name: .customLong("max-occupancy"), help: ArgumentHelp("Highest acceptable occupancy: 85% or 0.85.", valueName: "share"))
    var maxOccupancy: String?

    @Option(help: ArgumentHelp("Mean caller patience before hanging up (selects Erlang A): 90s, 2m; bare number = seconds.", valueName: "duration"))
    var patience: String?

    /// `--format`: the terminal table or the JSON of every figure.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text
        case json

        /// The `--output` extensions that say the format.
        static let byExtension: [String: Format] = ["txt": .text, "json": .json]
    }

    @Option(help: ArgumentHelp("Output format (default: the --output file's extension, else text).", valueName: "format"))
    var format: Format?

    @Option(help: ArgumentHelp("Write to this file (atomically) instead of standard output; .json or .txt sets the format.", valueName: "path"))
    var output: String?

    func run() throws {
        try reportingErrors {
            let format = try OutputPath.format(given: format, output: output, byExtension: Format.byExtension) ?? format ?? .text
            let parser = StaffingInputParser.self
            let goal = try parser.target(target)
            let request = StaffingRequest(
                callsPerInterval: try parser.number(calls, option: "--calls"),
                intervalSeconds: try parser.duration(interval, option: "--interval", bareUnit: nil),
                ahtSeconds: try parser.duration(aht, option: "--aht", bareUnit: .seconds),
                targetShare: goal.share,
                targetSeconds: goal.seconds,
                shrinkage: try shrinkage.map { text throws(UsageError) in try parser.share(text, option: "--shrinkage") },
                maxOccupancy: try maxOccupancy.map { text throws(UsageError) in try parser.share(text, option: "--max-occupancy") },
                patienceSeconds: try patience.map { text throws(UsageError) in try parser.duration(text, option: "--patience", bareUnit: .seconds) }
            )
            let result = try StaffingPlanner.plan(request)
            try emit(format == .json ? result.jsonText() : result.terminalText(), to: output)
            if let output, output != "-" { try OutputPath.announce([output]) }
        }
    }
}
