import Testing

/// Every option that takes one of a closed set of words refuses another word with exit 64 and
/// argument-parser's message naming the option and every valid value; completion scripts generate
/// and offer those values.
@Suite struct OptionValueTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var option: String
        var values: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let calls = ["kpis", "examples/raw/calls.csv", "--source", "calls"]
    static let table = ["report", "examples/opaline-energie.csv"]

    static let cases: [Case] = [
        Case(arguments: table + ["--format", "pdf"], option: "--format", values: ["json", "text", "html", "xhtml", "slides", "slides-xhtml"]),
        Case(arguments: table + ["--source", "kpi-tabel"], option: "--source", values: ["kpi-table", "calls", "queue-log", "tickets", "surveys"]),
        Case(arguments: table + ["--lang", "de"], option: "--lang", values: ["fr", "en"]),
        Case(arguments: ["kpis", "examples/raw/calls.csv", "--source", "cals"], option: "--source", values: ["calls", "queue-log", "tickets", "surveys"]),
        Case(arguments: calls + ["--format", "xlsx"], option: "--format", values: ["csv", "json"]),
        Case(arguments: calls + ["--by", "agent"], option: "--by", values: ["queue"]),
        Case(
            arguments: calls + ["--sl-formula", "fastest"], option: "--sl-formula",
            values: ["offered", "answered", "abandons-within-met", "exclude-abandons-within", "exclude-short-abandons"]),
        Case(arguments: calls + ["--time-format", "mdy"], option: "--time-format", values: ["auto", "iso8601", "dmy", "epoch"]),
        Case(arguments: calls + ["--threads", "3"], option: "--threads", values: ["1", "2"]),
        Case(
            arguments: ["staffing", "--calls", "100", "--aht", "180s", "--target", "80/20", "--format", "csv"], option: "--format",
            values: ["text", "json"]),
        Case(arguments: ["benchmarks", "list", "--lang", "es"], option: "--lang", values: ["fr", "en"]),
    ]

    @Test(arguments: cases)
    func aWrongValueNamesTheValidOnes(_ example: Case) throws {
        let run = try CommandRunner.run(example.arguments)
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("is invalid for '\(example.option) <"), "\(run.stderr)")
        // argument-parser quotes a few values inline, and lists more, one a line.
        for value in example.values {
            #expect(run.stderr.contains("'\(value)'") || run.stderr.contains("  - \(value)\n"), "\(value) missing: \(run.stderr)")
        }
    }

    /// The pattern itself is still read as `dmy`.
    @Test func timeFormatPatternIsReadAsDMY() throws {
        let csv = "call_id,queue,enter_ts,answer_ts,end_ts,outcome\n1,q,05/01/2026 09:00:00,05/01/2026 09:00:10,05/01/2026 09:03:10,answered\n"
        let pattern = try CommandRunner.run(
            ["kpis", "-", "--source", "calls", "--time-format", "dd/MM/yyyy HH:mm:ss"], stdin: Array(csv.utf8))
        let dmy = try CommandRunner.run(["kpis", "-", "--source", "calls", "--time-format", "dmy"], stdin: Array(csv.utf8))
        #expect(pattern.status == 0, "\(pattern.stderr)")
        #expect(pattern.stdoutBytes == dmy.stdoutBytes)
        #expect(pattern.stdout.contains("answer_rate,100"))
    }

    /// `--generate-completion-script` writes each shell's script, which offers the closed sets' values.
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptGenerates(shell: String) throws {
        let run = try CommandRunner.run(["--generate-completion-script", shell])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("servicebench"))
        for value in ["exclude-short-abandons", "kpi-table", "queue-log", "xhtml"] {
            #expect(run.stdout.contains(value), "\(shell) script does not offer \(value)")
        }
    }
}
