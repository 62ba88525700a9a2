import Foundation
import Testing

/// `report` with raw exports beside its KPI tables (`--calls`, `--tickets`…) and with a project file
/// (`--config`): one report with the hour-by-hour staffing, every source's data quality and the KPIs
/// of all; disagreeing sources are exit 65; the project file's paths are relative to it and its
/// unknown keys are errors at their place.
@Suite struct ReportSeveralSourcesTests {
    static let raw = CommandRunner.packageRoot.appendingPathComponent("examples/raw")

    /// A directory holding the example calls and tickets and a KPI table of the company's NPS.
    static func project(table: String = "company,period,kpi,value\nOpaline,2026-Q1,nps,31\n") throws -> URL {
        let directory = try CommandRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("exports"), withIntermediateDirectories: true)
        for name in ["calls.csv", "tickets.csv"] {
            try FileManager.default.copyItem(at: raw.appendingPathComponent(name), to: directory.appendingPathComponent("exports/" + name))
        }
        try Data(table.utf8).write(to: directory.appendingPathComponent("kpis.csv"))
        return directory
    }

    static func json(_ run: CommandRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any], "\(run.stderr)")
    }

    /// The report of calls, tickets and a KPI table: KPIs of each, the hourly staffing from the calls,
    /// and a data quality entry per source (the HTML shows the staffing and both raw sources).
    @Test func callsTicketsAndAKPITableMakeOneReport() throws {
        let directory = try Self.project()
        let arguments = ["report", "kpis.csv", "--calls", "exports/calls.csv", "--tickets", "exports/tickets.csv"]
        let run = try CommandRunner.run(arguments + ["--format", "json"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let report = try Self.json(run)
        #expect(report["company"] as? String == "Opaline")
        let kpis = Set((report["results"] as? [[String: Any]] ?? []).compactMap { $0["kpi"] as? String })
        #expect(kpis.isSuperset(of: ["calls_offered", "answer_rate", "email_response_time", "fcr", "nps"]))
        let staffing = try #require(report["staffing"] as? [String: Any])
        #expect((staffing["basis"] as? [String: Any])?["kind"] as? String == "weekday_hours")
        #expect((staffing["rows"] as? [[String: Any]] ?? []).count > 1)
        let quality = try #require(report["data_quality"] as? [[String: Any]])
        let sources = quality.compactMap { $0["source"] as? String }
        #expect(sources.contains("kpis.csv"))
        let calls = try #require(quality.first { ($0["source"] as? String)?.hasSuffix("calls.csv") == true })
        #expect(calls["records_read"] as? Int == 3000)
        let tickets = try #require(quality.first { ($0["source"] as? String)?.hasSuffix("tickets.csv") == true })
        #expect(tickets["records_read"] as? Int == 1500)

        let html = try CommandRunner.run(arguments + ["--format", "html", "--lang", "en"], in: directory)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("exports/calls.csv"))
        #expect(html.stdout.contains("exports/tickets.csv"))
        #expect(html.stdout.contains("10:00"))
    }

    /// 3,000 calls in the export, 12 in the KPI table: exit 65 naming both files, nothing written.
    @Test func aValueTwoSourcesDisagreeOnIsAnError() throws {
        let directory = try Self.project(table: "company,period,kpi,value\nOpaline,2026-Q1,calls_offered,12\n")
        let run = try CommandRunner.run(["report", "kpis.csv", "--calls", "exports/calls.csv", "--format", "json"], in: directory)
        #expect(run.status == 65)
        #expect(run.stderr.contains("exports/calls.csv: error: 'calls_offered' of 'Opaline' for 2026-Q1 is 12 in kpis.csv (line 2"), "\(run.stderr)")
        #expect(run.stderr.contains("3000"))
        #expect(run.stdout.isEmpty)
    }

    /// `--calls NAME:path` reads the file with the vendor preset NAME, as `--preset NAME` would: a
    /// ServiceBench calls CSV read as a 3CX export lacks 3CX's columns (exit 65 naming one), never a
    /// silent default mapping.
    @Test func aPresetNameIsNotIgnored() throws {
        let directory = try Self.project()
        let run = try CommandRunner.run(["report", "kpis.csv", "--calls", "3cx:exports/calls.csv"], in: directory)
        #expect(run.status == 65)
        #expect(run.stderr.contains("exports/calls.csv:1:1: error: no column 'Call Time' for the field 'enter_ts'"), "\(run.stderr)")
        let unknown = try CommandRunner.run(["report", "kpis.csv", "--calls", "nosuchvendor:exports/calls.csv"], in: directory)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown preset 'nosuchvendor'"), "\(unknown.stderr)")
    }

    /// One file given twice would count its calls twice: a usage error, whatever the spelling.
    @Test func anExportGivenTwiceIsRefused() throws {
        let directory = try Self.project()
        let run = try CommandRunner.run(["report", "kpis.csv", "--calls", "exports/calls.csv", "--calls", "./exports/calls.csv"], in: directory)
        #expect(run.status == 64)
        #expect(run.stderr.contains("is given twice"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    static let projectFile = """
        # Opaline's quarterly audit
        company = "Opaline"
        profile = "general-inbound"
        sector = "energy"
        kpi_tables = ["kpis.csv"]
        targets = "targets.csv"
        opening_hours = "mon-fri 08:00-20:00"
        output = "out/report.json"

        [sources]
        calls = ["exports/calls.csv"]
        tickets = [{ path = "exports/tickets.csv" }]

        """

    /// The project file's paths are relative to it, run from another directory; an option given on the
    /// command line overrides the file's (`--profile`).
    @Test func aProjectFileWithRelativePathsRunsFromAnotherDirectory() throws {
        let directory = try Self.project()
        try Data(Self.projectFile.utf8).write(to: directory.appendingPathComponent("audit.toml"))
        try Data("kpi,comparator,threshold\nanswer_rate,>=,99\n".utf8).write(to: directory.appendingPathComponent("targets.csv"))
        let elsewhere = try CommandRunner.temporaryDirectory()
        let config = directory.appendingPathComponent("audit.toml").path
        let run = try CommandRunner.run(["report", "--config", config], in: elsewhere)
        #expect(run.status == 0, "\(run.stderr)")
        let written = directory.appendingPathComponent("out/report.json")
        #expect(run.stderr.contains(written.path), "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: written)) as? [String: Any])
        #expect(report["profile"] as? String == "general-inbound")
        #expect(report["sector"] as? String == "energy")
        let results = report["results"] as? [[String: Any]] ?? []
        let answer = try #require(results.first { $0["kpi"] as? String == "answer_rate" })
        #expect((answer["target"] as? [String: Any])?["origin"] as? String == "client")
        #expect(results.contains { $0["kpi"] as? String == "fcr" })
        #expect(results.contains { $0["kpi"] as? String == "nps" })
        #expect((report["staffing"] as? [String: Any]) != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)

        let overridden = try CommandRunner.run(["report", "--config", config, "--profile", "technical-hotline", "--output", "here.json"], in: elsewhere)
        #expect(overridden.status == 0, "\(overridden.stderr)")
        let here = try Data(contentsOf: elsewhere.appendingPathComponent("here.json"))
        #expect((try JSONSerialization.jsonObject(with: here) as? [String: Any])?["profile"] as? String == "technical-hotline")
    }

    /// A key the project file does not know, or a value of the wrong type, is exit 64 at its place.
    @Test(arguments: [
        ("company = \"Opaline\"\ncompnay = \"x\"\n", "audit.toml:2:1:", "unknown key 'compnay'; the keys are"),
        ("company = \"Opaline\"\n\n[sources]\n  calls = []\n  tikets = [\"a.csv\"]\n", "audit.toml:5:3:", "did you mean 'tickets'?"),
        ("[sources]\ncalls = [{ path = \"a.csv\", colums = \"x=y\" }]\n", "audit.toml:2:28:", "unknown key 'colums' in [sources]"),
        ("company = 3\n", "audit.toml:1:1:", "'company' must be a string"),
        ("[[sources.calls]]\npath = \"a.csv\"\ncolums = \"x\"\n", "audit.toml:3:1:", "did you mean 'columns'?"),
        ("company = \"Opaline\n", "audit.toml:1:", "not valid TOML"),
    ])
    func aBadProjectFileIsAnErrorAtItsPlace(text: String, place: String, words: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        try Data(text.utf8).write(to: directory.appendingPathComponent("audit.toml"))
        let run = try CommandRunner.run(["report", "--config", "audit.toml"], in: directory)
        #expect(run.status == 64)
        #expect(run.stderr.contains(place), "\(run.stderr)")
        #expect(run.stderr.contains(words), "\(run.stderr)")
    }
}
