import Foundation
import ServiceBenchTestSupport
import Testing

/// `report --targets FILE` and `--opening-hours` end to end: the client's own target replaces the
/// profile's (status, JSON `origin`, the report's words), errors are placed at their cell, and the
/// opening hours change the average-volume staffing what-if.
@Suite struct ReportClientTargetsTests {
    /// Answer rate 70 % in a general-inbound line: the profile's target (≥ 80 %, tolerance 5) is missed.
    static let table = "company,period,kpi,value\nX,2026-Q1,answer_rate,70\nX,2026-Q1,asa,40\n"

    static func file(_ name: String, _ bytes: [UInt8], in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func result(_ run: CommandRunner.Result, kpi: String) throws -> [String: Any] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any], "\(run.stderr)")
        let results = try #require(report["results"] as? [[String: Any]])
        return try #require(results.first { $0["kpi"] as? String == kpi })
    }

    /// The client's targets as a `,` CSV, a `;` CSV with French labels and a percentage, or a workbook.
    static func targets(_ form: String, in directory: URL) throws -> String {
        switch form {
        case "comma": return try file("targets.csv", Array("kpi,comparator,threshold,tolerance\nanswer_rate,>=,65,2\n".utf8), in: directory)
        case "semicolon": return try file("objectifs.csv", Array("Indicateur;Comparateur;Seuil\nTaux de décroché;at-least;65 %\n".utf8), in: directory)
        default:
            let strings = ["kpi", "comparator", "threshold", "answer_rate", "at-least"]
            let rows = WorkbookFixture.row(1, [("A1", "t=\"s\"", "<v>0</v>"), ("B1", "t=\"s\"", "<v>1</v>"), ("C1", "t=\"s\"", "<v>2</v>")])
                + WorkbookFixture.row(2, [("A2", "t=\"s\"", "<v>3</v>"), ("B2", "t=\"s\"", "<v>4</v>"), ("C2", "s=\"1\"", "<v>0.65</v>")])
            let workbook = WorkbookFixture(sheets: [WorkbookFixture.Sheet(name: "Objectifs", rows: rows)], sharedStrings: strings, styleFormats: [0, 10])
            return try file("targets.xlsx", try workbook.bytes(), in: directory)
        }
    }

    @Test(arguments: ["comma", "semicolon", "xlsx"])
    func aClientTargetTurnsAMissedTargetIntoAMetOne(form: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        let table = try Self.file("kpis.csv", Array(Self.table.utf8), in: directory)
        let base = ["report", table, "--profile", "general-inbound"]
        let profile = try CommandRunner.run(base + ["--format", "json"])
        #expect(profile.status == 0, "\(profile.stderr)")
        let profileTarget = try #require(try Self.result(profile, kpi: "answer_rate")["target"] as? [String: Any])
        #expect(profileTarget["status"] as? String == "missed")
        #expect(profileTarget["origin"] as? String == "profile")
        #expect(profileTarget["threshold"] as? Double == 80)

        let targets = try Self.targets(form, in: directory)
        let client = try CommandRunner.run(base + ["--targets", targets, "--format", "json"])
        #expect(client.status == 0, "\(client.stderr)")
        let clientTarget = try #require(try Self.result(client, kpi: "answer_rate")["target"] as? [String: Any])
        #expect(clientTarget["status"] as? String == "met")
        #expect(clientTarget["origin"] as? String == "client")
        #expect(clientTarget["threshold"] as? Double == 65)
        // A KPI the client gives no target for keeps the profile's (asa ≤ 60 s for every profile).
        let asa = try #require(try Self.result(client, kpi: "asa")["target"] as? [String: Any])
        #expect(asa["origin"] as? String == "profile")

        let french = try CommandRunner.run(base + ["--targets", targets, "--format", "html", "--lang", "fr"])
        #expect(french.status == 0, "\(french.stderr)")
        #expect(french.stdout.contains("objectif atteint (objectif du client ≥"))
        let english = try CommandRunner.run(base + ["--targets", targets, "--format", "text", "--lang", "en"])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.contains("client’s target ≥ 65"), "\(english.stdout)")
    }

    /// Each bad targets file is exit 65 with the file, line and column of the cell.
    @Test(arguments: [
        ("kpi,comparator,threshold\nanswer_rate,>,90\n", "targets.csv:2:13:", "comparator"),
        ("kpi,comparator,threshold\nanswr_rate,>=,90\n", "targets.csv:2:1:", "did you mean 'answer_rate'"),
        ("kpi,comparator,threshold\nanswer_rate,>=,ninety\n", "targets.csv:2:16:", "cannot read 'ninety'"),
        ("kpi,comparator,threshold\nanswer_rate,>=,90\nTaux de décroché,<=,95\n", "targets.csv:3:1:", "second target for 'answer_rate'"),
        ("kpi,comparator\nanswer_rate,>=\n", "targets.csv:1:1:", "no 'threshold' column"),
    ])
    func aBadTargetsFileIsPlacedAtItsCell(text: String, place: String, words: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        let table = try Self.file("kpis.csv", Array(Self.table.utf8), in: directory)
        _ = try Self.file("targets.csv", Array(text.utf8), in: directory)
        let run = try CommandRunner.run(["report", table, "--targets", "targets.csv", "--format", "json"], in: directory)
        #expect(run.status == 65)
        #expect(run.stderr.contains(place), "\(run.stderr)")
        #expect(run.stderr.contains(words), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    /// 65,000 calls in a quarter: over the default 650 open hours (5 days × 10 h × 13 weeks) 100 calls
    /// an hour; open Monday–Friday 08:00–20:00 and Saturday 09:00–12:00 (63 h a week, 819 h a quarter)
    /// 65,000 / 819 = 79.4 calls an hour, and fewer agents.
    @Test func openingHoursChangeTheAverageVolumeStaffing() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let table = try Self.file(
            "kpis.csv", Array("company,period,kpi,value\nX,2026-Q1,calls_offered,65000\nX,2026-Q1,aht,300\n".utf8), in: directory)
        let base = ["report", table, "--profile", "general-inbound", "--format", "json"]
        func staffing(_ run: CommandRunner.Result) throws -> (calls: Double, agents: Int, basis: [String: Any]) {
            #expect(run.status == 0, "\(run.stderr)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
            let staffing = try #require(report["staffing"] as? [String: Any])
            let row = try #require((staffing["rows"] as? [[String: Any]])?.first)
            return (try #require(row["calls"] as? Double), try #require(row["agents_needed"] as? Int), try #require(staffing["basis"] as? [String: Any]))
        }
        let usual = try staffing(try CommandRunner.run(base))
        #expect(abs(usual.calls - 100) < 1e-9)
        let opened = try staffing(try CommandRunner.run(base + ["--opening-hours", "mon-fri 08:00-20:00, sat 09:00-12:00"]))
        #expect(abs(opened.calls - 65_000.0 / 819) < 1e-5)
        #expect(opened.basis["open_hours"] as? Double == 819)
        #expect(opened.basis["days_per_week"] as? Double == 6)
        #expect(opened.basis["hours_per_day"] as? Double == 10.5)
        #expect(opened.agents < usual.agents)

        let bad = try CommandRunner.run(base + ["--opening-hours", "mon-fri 20:00-08:00"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("'20:00-08:00' is not a time range"), "\(bad.stderr)")
    }
}
