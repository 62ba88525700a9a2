import Foundation
import Testing

/// `servicebench report` on KPI sheets as consultants receive them (issue 12): a French
/// Windows-1252 sheet, a transposed dashboard, two inputs given together.
@Suite struct ReportClientSheetTests {
    /// Writes `bytes` as `name` in a fresh temporary directory.
    static func file(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("servicebench-sheets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// `text` in Windows-1252 (as French Excel's "CSV (séparateur : point-virgule)" writes it), CRLF line ends.
    static func windows1252(_ text: String) throws -> [UInt8] {
        let data = try #require(text.replacingOccurrences(of: "\n", with: "\r\n").data(using: .windowsCP1252))
        return Array(data)
    }

    static func reports(_ result: CommandRunner.Result) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(result.stdoutBytes))
        if let list = object as? [[String: Any]] { return list }
        return [try #require(object as? [String: Any])]
    }

    static func values(_ report: [String: Any]) -> [String: Double] {
        var values: [String: Double] = [:]
        for result in (report["results"] as? [[String: Any]]) ?? [] {
            if let kpi = result["kpi"] as? String, let value = result["value"] as? Double { values[kpi] = value }
        }
        return values
    }

    static func notes(_ report: [String: Any]) -> [String] {
        ((report["data_quality"] as? [[String: Any]]) ?? []).flatMap { ($0["notes"] as? [String]) ?? [] }
    }

    static func unmeasured(_ report: [String: Any]) -> [String] {
        ((report["unmeasured"] as? [[String: Any]]) ?? []).compactMap { $0["kpi"] as? String }
    }

    static let frenchSheet = """
        Benchmark service client — T2 2026;;;;
        ;;;;
        Société;Période;Taux de décroché;DMT;NPS
        Opaline;T1 2026;91,5 %;3 min 20;n/a
        Opaline;T2 2026;90;1'30;12
        Bérénice;T2 2026;85,0;00:04:10;NC
        TOTAL;T2 2026;87,5;2 min 50;
        """

    @Test func aFrenchWindows1252SheetIsReadAsItComes() throws {
        let input = try Self.file("kpis-fr.csv", try Self.windows1252(Self.frenchSheet))
        let run = try CommandRunner.run(["report", input.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let reports = try Self.reports(run)
        #expect(reports.map { $0["company"] as? String } == ["Opaline", "Bérénice"])
        let opaline = try #require(reports.first)
        #expect(opaline["period"] as? String == "2026-Q2")
        #expect(Self.values(opaline) == ["answer_rate": 90, "aht": 90, "nps": 12])
        #expect(opaline["panel_size"] as? Int == 2)  // the total row is no peer
        #expect(Self.values(reports[1]) == ["answer_rate": 85, "aht": 250])
        let notes = Self.notes(opaline)
        #expect(notes.contains { $0.contains("read as Windows-1252") })
        #expect(notes.contains { $0.hasSuffix("kpis-fr.csv: 1 total or average row left out ('TOTAL' on line 7): such a row is no company") })
        #expect(notes.contains { $0.hasSuffix("kpis-fr.csv: line 1 above the header skipped (a title)") })
        #expect(notes.contains { $0.hasSuffix("kpis-fr.csv: 2 cells marked as not measured (n/a, NC, -…) read as no value") })
    }

    /// A KPI blank in the latest period but measured before is "not reported", not unmeasured.
    @Test func aKPIBlankThisPeriodButMeasuredBeforeIsNotReportedNotUnmeasured() throws {
        let input = try Self.file("kpis.csv", Array("Société;Période;DMT;NPS\nOpaline;T1 2026;200;10\nOpaline;T2 2026;190;\n".utf8))
        let run = try CommandRunner.run(["report", input.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try Self.reports(run).first)
        #expect(!Self.unmeasured(report).contains("nps"))
        #expect(Self.unmeasured(report).contains("csat"))
        #expect(Self.notes(report).contains("Opaline: not reported for 2026-Q2, though measured before (so not listed as unmeasured): nps (last reported for 2026-Q1)"))
    }

    static let dashboard = """
        Tableau de bord du service client
        Indicateur;T1 2026;T2 2026;Commentaire
        Taux de décroché;91,5 %;90 %;
        DMT;3 min 20;2 min 05;en baisse
        Volumétrie;;;
        Appels reçus;12 000;11 500;
        """

    @Test func aTransposedDashboardIsReadForTheCompanyNamed() throws {
        let input = try Self.file("tableau.csv", try Self.windows1252(Self.dashboard))
        let run = try CommandRunner.run(["report", input.path, "--company", "Opaline", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try Self.reports(run).first)
        #expect(report["company"] as? String == "Opaline")
        #expect(report["period"] as? String == "2026-Q2")
        #expect(Self.values(report) == ["answer_rate": 90, "aht": 125, "calls_offered": 11_500])
    }

    @Test func aTransposedDashboardWithoutCompanyIsAnError() throws {
        let input = try Self.file("tableau.csv", try Self.windows1252(Self.dashboard))
        let run = try CommandRunner.run(["report", input.path, "--format", "json"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("tableau.csv:2:1: error: this table has KPIs in rows and periods in columns"))
        #expect(run.stderr.contains("--company NAME"))
    }

    @Test func validateReadsClientSheetsToo() throws {
        let sheet = try Self.file("kpis-fr.csv", try Self.windows1252(Self.frenchSheet))
        let dashboard = try Self.file("tableau.csv", try Self.windows1252(Self.dashboard))
        let run = try CommandRunner.run(["validate", sheet.path, dashboard.path, "--company", "Opaline"])
        #expect(run.status == 0, "\(run.stderr)")
        let without = try CommandRunner.run(["validate", dashboard.path])
        #expect(without.status == 65)
        #expect(without.stderr.contains("--company NAME"))
    }

    @Test func anAmbiguousHeaderIsAnErrorListingTheCandidates() throws {
        let input = try Self.file("kpis.csv", Array("Société;Période;DMR\nOpaline;T1 2026;3\n".utf8))
        let run = try CommandRunner.run(["report", input.path, "--format", "json"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("kpis.csv:1:17: error: the header 'DMR' is ambiguous: it could be 'email_response_time'"))
    }

    // MARK: Several inputs

    @Test func twoInputsThatDisagreeAreAnErrorNamingBothCells() throws {
        let first = try Self.file("a.csv", Array("company,period,kpi,value\nOpaline,2026-Q1,calls_offered,1200\n".utf8))
        let second = try Self.file("b.csv", Array("Société;Période;Appels reçus;DMT\nOpaline;T1 2026;1 250;200\n".utf8))
        let run = try CommandRunner.run(["report", first.path, second.path, "--format", "json"])
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("b.csv:2:17: error: 'calls_offered' of 'Opaline' for 2026-Q1 is 1200 in \(first.path) (line 2, column 31) and 1250 here"))
    }

    @Test(arguments: [false, true])
    func aProfileGivenInOneInputHoldsForAll(swapped: Bool) throws {
        let first = try Self.file("a.csv", Array("company,period,kpi,value,profile\nOpaline,2026-Q1,asa,45,technical-hotline\n".utf8))
        let second = try Self.file("b.csv", Array("Société;Période;Taux de décroché\nOpaline;T1 2026;91\n".utf8))
        let inputs = swapped ? [second.path, first.path] : [first.path, second.path]
        let run = try CommandRunner.run(["report"] + inputs + ["--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try Self.reports(run).first)
        #expect(report["profile"] as? String == "technical-hotline")
        #expect(Self.values(report) == ["asa": 45, "answer_rate": 91])
    }

    @Test func conflictingProfilesAreAnError() throws {
        let first = try Self.file("a.csv", Array("company,period,kpi,value,profile\nOpaline,2026-Q1,asa,45,technical-hotline\n".utf8))
        let second = try Self.file("b.csv", Array("company,period,kpi,value,profile\nOpaline,2026-Q2,asa,40,general-inbound\n".utf8))
        let run = try CommandRunner.run(["report", first.path, second.path, "--format", "json"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("company 'Opaline' has profile 'technical-hotline' in \(first.path) (line 2, column 24) and 'general-inbound' here"))
    }

    // MARK: One set of CSV rules

    /// The same badly quoted field is reported at the same line and column by the KPI-table reader
    /// (`report`) and the raw-export scanner (`kpis --source calls`): columns count characters.
    @Test func bothReadersNameTheSameLineAndColumn() throws {
        let table = try Self.file("kpis.csv", Array("company,period,kpi,value\nÉlan,\"2026-Q1\"x,asa,45\n".utf8))
        let calls = try Self.file(
            "calls.csv",
            Array("call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s\nÉlan,\"q\"x,2026-01-05T09:00:00Z,,2026-01-05T09:01:00Z,abandoned,,\n".utf8))
        let report = try CommandRunner.run(["report", table.path, "--format", "json"])
        let kpis = try CommandRunner.run(["kpis", calls.path, "--source", "calls"])
        #expect(report.status == 65)
        #expect(kpis.status == 65)
        #expect(report.stderr.contains("kpis.csv:2:6: error: text follows the closing '\"' of this quoted field"), "\(report.stderr)")
        #expect(kpis.stderr.contains("calls.csv:2:6: error: badly quoted field: text follows the closing '\"' of this quoted field"), "\(kpis.stderr)")
    }
}
