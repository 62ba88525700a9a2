import Foundation
import Testing

/// `report --source`: raw exports become a report in one command, with the staffing what-if.
@Suite struct ReportRawExportTests {
    @Test func queueLogBecomesAJSONReport() throws {
        let run = try CommandRunner.run([
            "report", "examples/raw/queue_log", "--source", "queue-log", "--company", "Opaline Énergie (fictional)",
            "--profile", "general-inbound", "--format", "json",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
        #expect(report["company"] as? String == "Opaline Énergie (fictional)")
        let results = try #require(report["results"] as? [[String: Any]])
        let kpis = Set(results.compactMap { $0["kpi"] as? String })
        #expect(kpis.isSuperset(of: ["calls_offered", "answer_rate", "abandon_rate", "asa", "service_level_20s", "service_level_60s"]))
        let quality = try #require(report["data_quality"] as? [[String: Any]])
        #expect(!quality.isEmpty)
    }

    @Test func rawCallsGiveAnHourlyStaffingSection() throws {
        let run = try CommandRunner.run([
            "report", "examples/raw/calls.csv", "--source", "calls", "--company", "X", "--profile", "general-inbound",
            "--format", "html", "--lang", "en",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let section = try #require(run.stdout.range(of: "id=\"staffing\"")).lowerBound
        let staffing = String(run.stdout[section...].prefix(8000))
        #expect(staffing.contains("average working day (Monday to Friday)"))
        #expect(staffing.contains("<th scope=\"row\">10:00</th>"))
        #expect(staffing.contains("80%"))
    }

    @Test func aKPITableAloneGivesTheAverageHourWhatIf() throws {
        let run = try CommandRunner.run([
            "report", "examples/opaline-energie.csv", "--format", "html", "--lang", "en",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("<th scope=\"row\">Average hour</th>"))
        // 801,900 calls offered in 2026-Q3 over 650 opening hours.
        #expect(run.stdout.contains("801,900 calls offered over 650 opening hours"))
    }

    /// The JSON carries the same what-if as the HTML: per hour of the average weekday from raw calls.
    @Test func rawCallsGiveTheHourlyWhatIfInJSON() throws {
        let arguments = ["report", "examples/raw/calls.csv", "--source", "calls", "--company", "X", "--profile", "general-inbound"]
        let json = try CommandRunner.run(arguments + ["--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [String: Any])
        let staffing = try #require(report["staffing"] as? [String: Any])
        #expect(staffing["model"] as? String == "Erlang C")
        #expect((staffing["basis"] as? [String: Any])?["kind"] as? String == "weekday_hours")
        let rows = try #require(staffing["rows"] as? [[String: Any]])
        let ten = try #require(rows.first { $0["interval"] as? String == "10:00" })
        let agents = try #require(ten["agents_needed"] as? Int)
        #expect(agents > 0)
        // The HTML's 10:00 row shows the same number of agents.
        let html = try CommandRunner.run(arguments + ["--format", "html", "--lang", "en"])
        let row = try #require(html.stdout.range(of: "<th scope=\"row\">10:00</th>"))
        let cells = html.stdout[row.upperBound...].prefix(while: { $0 != "\n" })
        #expect(cells.contains(">\(agents)<"), "\(cells)")
    }

    @Test func aKPITableAloneGivesTheAverageHourWhatIfInJSON() throws {
        let run = try CommandRunner.run(["report", "examples/opaline-energie.csv", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
        let staffing = try #require(report["staffing"] as? [String: Any])
        let basis = try #require(staffing["basis"] as? [String: Any])
        #expect(basis["kind"] as? String == "average_volume")
        #expect(basis["calls_offered"] as? Double == 801_900)
        #expect(basis["open_hours"] as? Double == 650)
        let rows = try #require(staffing["rows"] as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["interval"] is NSNull)
        // 801,900 calls over 650 hours: 1,233.7 calls in the average hour, unrounded in the JSON (to its 6 decimals).
        #expect(abs((rows.first?["calls"] as? Double ?? 0) - 801_900 / 650) < 1e-6)
    }

    /// `report --period month` was refused while `kpis --period month` worked: raw records are now
    /// grouped by month and the latest month reported (or the month asked for).
    @Test(arguments: [("month", "2026-03", 990.0), ("2026-02", "2026-02", 999.0), ("quarter", "2026-Q1", 3000.0), ("2026-Q1", "2026-Q1", 3000.0)])
    func reportGroupsRawRecordsByThePeriodAskedFor(period: String, label: String, calls: Double) throws {
        let run = try CommandRunner.run([
            "report", "examples/raw/calls.csv", "--source", "calls", "--company", "X", "--profile", "general-inbound", "--period", period, "--format", "json",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
        #expect(report["period"] as? String == label)
        let results = try #require(report["results"] as? [[String: Any]])
        #expect(results.first { $0["kpi"] as? String == "calls_offered" }?["value"] as? Double == calls)
    }

    @Test func aGroupingWordWithAKPITableIsAUsageError() throws {
        let run = try CommandRunner.run(["report", "examples/opaline-energie.csv", "--period", "month"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("groups raw exports"))
    }

    @Test func badRawRecordsNameFileLineAndColumn() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let input = directory.appendingPathComponent("calls.csv")
        try Data("""
            call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s
            1,q,2026-01-05T09:00:00Z,,2026-01-05T09:01:00Z,lost,,
            2,q,2026-01-05T09:00:00Z,,2026-01-05T09:01:00Z,abandoned,,

            """.utf8).write(to: input)
        let run = try CommandRunner.run(["report", input.path, "--source", "calls"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(input.path):2:48: error: unknown outcome 'lost'"))
        // With --skip-invalid the record is left out, and the report says so in its data quality.
        let skipped = try CommandRunner.run(["report", input.path, "--source", "calls", "--skip-invalid", "--max-rejected", "100%", "--format", "json"])
        #expect(skipped.status == 0, "\(skipped.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(skipped.stdoutBytes)) as? [String: Any])
        let quality = try #require((report["data_quality"] as? [[String: Any]])?.first)
        #expect(quality["records_read"] as? Int == 2)
        #expect(quality["rejected"] as? Int == 1)
        let rejection = try #require((quality["rejections"] as? [[String: Any]])?.first)
        #expect(rejection["reason"] as? String == "unknown-outcome")
    }
}
