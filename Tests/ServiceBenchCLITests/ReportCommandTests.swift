import Foundation
import Testing

/// `servicebench report` end to end, on the bundled reference data and examples.
@Suite struct ReportCommandTests {
    static func json(_ result: CommandRunner.Result) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(result.stdoutBytes))
        return try #require(object as? [String: Any])
    }

    static func result(_ report: [String: Any], _ kpi: String) throws -> [String: Any] {
        let results = try #require(report["results"] as? [[String: Any]])
        return try #require(results.first { $0["kpi"] as? String == kpi })
    }

    static func reference(_ result: [String: Any], study: String) throws -> [String: Any] {
        let references = try #require(result["references"] as? [[String: Any]])
        return try #require(references.first { $0["study"] as? String == study })
    }

    @Test func exampleCompanyAgainstThePanel() throws {
        let run = try CommandRunner.run([
            "report", "examples/opaline-energie.csv", "--panel", "examples/panel.csv", "--format", "json",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try Self.json(run)
        #expect(report["company"] as? String == "Opaline Énergie (fictional)")
        #expect(report["period"] as? String == "2026-Q3")
        // Ranked among the panel's general-inbound companies by default: nine peers and itself.
        #expect(report["panel_size"] as? Int == 10)
        #expect((report["peer_group"] as? [String: Any])?["used"] as? String == "same-profile")
        let answer = try Self.result(report, "answer_rate")
        #expect((answer["target"] as? [String: Any])?["status"] as? String == "met")
        #expect((answer["peers"] as? [String: Any])?["count"] as? Int != nil)
        #expect((answer["trend"] as? [String: Any])?["previous_period"] as? String == "2026-Q2")
        // Every position's bounds lie on 0–100 and hold its estimate, where there is one.
        let results = try #require(report["results"] as? [[String: Any]])
        var positions = 0, estimates = 0
        for result in results {
            for reference in (result["references"] as? [[String: Any]]) ?? [] {
                guard let low = reference["low"] as? Double, let high = reference["high"] as? Double else { continue }
                positions += 1
                #expect(0 <= low && low <= high && high <= 100)
                #expect(reference["comparable"] as? Bool == true)
                // A year, or null for an undated study (never an invented year); the date of publication or null.
                #expect((reference["year"] as? Int != nil || reference["year"] is NSNull) && reference["method"] as? String != nil)
                #expect(reference["published"] is String || reference["published"] is NSNull)
                guard let percentile = reference["percentile"] as? Double else {
                    #expect(reference["estimate_basis"] is NSNull)
                    continue
                }
                estimates += 1
                #expect(low <= percentile && percentile <= high)
                #expect(reference["estimate_basis"] as? String != nil)
            }
        }
        #expect(positions >= 5)
        #expect(estimates >= 3)
        // Unmeasured KPIs are listed with their adoption rates.
        let unmeasured = try #require(report["unmeasured"] as? [[String: Any]])
        let ces = try #require(unmeasured.first { $0["kpi"] as? String == "ces" })
        #expect(((ces["adoption"] as? [[String: Any]])?.first?["share_percent"] as? Double) == 73)
    }

    /// The brief's two worked examples, through the real command and the bundled Easiware 2017 data.
    @Test func publishedPointsGiveExactPositionsAndIntervalsBetweenThem() throws {
        let table = "company,period,kpi,value\nX,2026-Q1,asa,30 s\nX,2026-Q1,email_response_time,12 h\n"
        let run = try CommandRunner.run(["report", "-", "--format", "json"], stdin: Array(table.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        let report = try Self.json(run)
        let asa = try Self.reference(try Self.result(report, "asa"), study: "easiware-2017")
        #expect(asa["percentile"] as? Double == 50)
        #expect(asa["low"] as? Double == 50)
        #expect(asa["high"] as? Double == 50)
        let email = try Self.reference(try Self.result(report, "email_response_time"), study: "easiware-2017")
        #expect(email["low"] as? Double == 32)
        #expect(email["high"] as? Double == 75)
        #expect(email["approximate"] as? Bool == true)
        #expect(report["small_panel"] as? Bool == true)
    }

    @Test func sameInputsGiveIdenticalBytes() throws {
        let arguments = ["report", "examples/opaline-energie.csv", "--panel", "examples/panel.csv", "--format", "json"]
        let first = try CommandRunner.run(arguments)
        let second = try CommandRunner.run(arguments)
        #expect(first.status == 0)
        #expect(first.stdoutBytes == second.stdoutBytes)
    }

    @Test func textFormatIsATable() throws {
        let run = try CommandRunner.run(
            ["report", "examples/opaline-energie.csv", "--panel", "examples/panel.csv", "--format", "text", "--lang", "en"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Opaline Énergie (fictional) — 2026-Q3 — profile general-inbound"))
        #expect(run.stdout.contains("answer_rate"))
        #expect(run.stdout.contains("Not measured:"))
    }

    /// `--format text` follows `--lang`, French by default: the words of templates/i18n/fr.json and
    /// the reports' French typography (U+202F between thousands, U+00A0 before a unit, a decimal comma).
    @Test(arguments: [["--lang", "fr"], []])
    func textFormatIsFrenchByDefault(lang: [String]) throws {
        let run = try CommandRunner.run(
            ["report", "examples/opaline-energie.csv", "--panel", "examples/panel.csv", "--format", "text"] + lang)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Opaline Énergie (fictional) — 2026-Q3 — profil general-inbound")
        #expect(lines.contains { $0.hasPrefix("KPI") && $0.contains("valeur") && $0.contains("objectif") && $0.contains("évolution") })
        #expect(lines.contains { $0.hasPrefix("answer_rate") && $0.contains("91,2\u{00A0}%") && $0.contains("atteint (≥ 80\u{00A0}%)")
            && $0.contains("+1,5\u{00A0}pt en progrès depuis 2026-Q2") })
        #expect(lines.contains { $0.hasPrefix("calls_offered") && $0.contains("801\u{202F}900") })
        #expect(lines.contains { $0.hasPrefix("outsourcing") && $0.contains("partielle") })
        #expect(lines.contains("Non mesurés\u{00A0}:"))
        #expect(lines.contains("  ces\u{00A0}: 73\u{00A0}% des entreprises le mesurent (Easiware 2017)"))
        #expect(!run.stdout.contains("Not measured"))
    }

    @Test func exampleWritesHTMLXHTMLAndJSON() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let run = try CommandRunner.run(["report", "--example", "--output", directory.path])
        #expect(run.status == 0, "\(run.stderr)")
        for name in ["report.html", "report.xhtml", "report.json"] {
            let path = directory.appendingPathComponent(name).path
            #expect(FileManager.default.fileExists(atPath: path), "\(name)")
        }
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        var name: String
        var table: String
        var status: Int32
        var messages: [String]
        var testDescription: String { name }
    }

    static let badInputs: [BadInput] = [
        BadInput(
            name: "unknown KPI id", table: "company,period,kpi,value\nX,2026-Q1,answer_rat,91\n", status: 65,
            messages: ["<stdin>:2:", "error:", "answer_rat", "did you mean 'answer_rate'"]),
        BadInput(
            name: "percentage above 100", table: "company,period,kpi,value\nX,2026-Q1,answer_rate,150\n", status: 65,
            messages: ["<stdin>:2:", "150"]),
        BadInput(
            name: "negative time", table: "company,period,kpi,value\nX,2026-Q1,asa,-5\n", status: 65,
            messages: ["<stdin>:2:", "asa"]),
        BadInput(
            name: "unreadable period", table: "company,period,kpi,value\nX,2026-Q5,asa,30\n", status: 65,
            messages: ["<stdin>:2:", "2026-Q5"]),
    ]

    @Test(arguments: badInputs)
    func badTablesNameTheLineAndExitWith65(_ example: BadInput) throws {
        let run = try CommandRunner.run(["report", "-", "--format", "json"], stdin: Array(example.table.utf8))
        #expect(run.status == example.status)
        #expect(run.stdout.isEmpty)
        for message in example.messages {
            #expect(run.stderr.contains(message), "stderr: \(run.stderr)")
        }
    }

    @Test func missingInputExitsWith66() throws {
        let run = try CommandRunner.run(["report", "no-such-file.csv"])
        #expect(run.status == 66)
        #expect(run.stderr.contains("no-such-file.csv: error: no such file"))
    }

    @Test(arguments: [
        (["report", "examples/opaline-energie.csv", "--format", "pdf"], "The value 'pdf' is invalid for '--format <format>'"),
        (["report", "examples/opaline-energie.csv", "--period", "Q9"], "cannot read the period 'Q9'"),
        (["report", "examples/opaline-energie.csv", "--company", "Nobody"], "no company 'Nobody'"),
        (["report", "examples/opaline-energie.csv", "--profile", "nope"], "unknown profile 'nope'"),
        (["report"], "give a KPI table"),
        (["report", "examples/opaline-energie.csv", "--source", "kpi-tabel"], "The value 'kpi-tabel' is invalid for '--source <source>'. Please provide one of 'kpi-table'"),
    ])
    func usageErrorsExitWith64(arguments: [String], message: String) throws {
        let run = try CommandRunner.run(arguments)
        #expect(run.status == 64)
        #expect(run.stderr.contains(message), "stderr: \(run.stderr)")
    }

    @Test func unwritableOutputExitsWith73AndAFailedRunLeavesTheEarlierFile() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let blocker = directory.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let run = try CommandRunner.run(["report", "examples/opaline-energie.csv", "--output", blocker.path + "/out.json"])
        #expect(run.status == 73)

        let output = directory.appendingPathComponent("report.json")
        let good = try CommandRunner.run(["report", "examples/opaline-energie.csv", "--output", output.path])
        #expect(good.status == 0)
        let before = try Data(contentsOf: output)
        let bad = try CommandRunner.run(
            ["report", "-", "--output", output.path], stdin: Array("company,period,kpi,value\nX,2026-Q1,nope,1\n".utf8))
        #expect(bad.status == 65)
        #expect(try Data(contentsOf: output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
