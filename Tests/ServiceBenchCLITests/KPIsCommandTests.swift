import Foundation
import Testing

@Suite struct KPIsCommandTests {
    static let calls = """
        call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s
        c1,support,2026-01-05T09:00:00Z,2026-01-05T09:00:10Z,2026-01-05T09:05:10Z,answered,a1,20
        c2,support,2026-01-05T09:10:00Z,,2026-01-05T09:10:30Z,abandoned,,
        c3,support,2026-01-05T09:20:00Z,2026-01-05T09:19:00Z,2026-01-05T09:25:00Z,answered,a1,0

        """

    @Test func writesTheLongTable() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let input = directory.appendingPathComponent("calls.csv")
        try Data(Self.calls.utf8).write(to: input)
        let output = directory.appendingPathComponent("out/kpis.csv")
        let result = try CommandRunner.run(["kpis", input.path, "--source", "calls", "--company", "ACME", "--skip-invalid", "--max-rejected", "100%", "--output", output.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("skipped 1 of 3 records: answer-before-entry 1 (first at \(input.path):4:33)"))
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.hasPrefix("company,period,kpi,value\nACME,2026-Q1,calls_offered,2\nACME,2026-Q1,answer_rate,50\n"))
        #expect(text.contains("ACME,2026-Q1,aht,320\n"))
    }

    @Test func badRecordExitsWith65AndItsLocation() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let input = directory.appendingPathComponent("calls.csv")
        try Data(Self.calls.utf8).write(to: input)
        let result = try CommandRunner.run(["kpis", input.path, "--source", "calls"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(input.path):4:33: error: answered at 2026-01-05T09:19:00Z, before entering the queue"))
        #expect(result.stdout.isEmpty)
    }

    @Test func queueLogAsJSON() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let input = directory.appendingPathComponent("queue_log")
        try Data("1767603600|c1|q|NONE|ENTERQUEUE||1|1\n1767603610|c1|q|A|CONNECT|10|x|1\n1767603670|c1|q|A|COMPLETECALLER|10|60|1\n1767603680|c2|q|NONE|ENTERQUEUE||1|1\n".utf8).write(to: input)
        let result = try CommandRunner.run(["kpis", input.path, "--source", "queue-log", "--format", "json", "--service-level", "20,60"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let measurements = try #require(json["measurements"] as? [[String: Any]])
        let level = try #require(measurements.first { $0["kpi"] as? String == "service_level_60s" })
        #expect(level["company"] as? String == "Company")
        #expect(level["period"] as? String == "2026-Q1")
        #expect(level["value"] as? Double == 100)
        // A share of the one call offered; a count has no n.
        #expect(level["n"] as? Double == 1)
        #expect(measurements.first { $0["kpi"] as? String == "calls_offered" }?["n"] is NSNull)
        #expect(result.stdout.contains("1 calls still in progress at the end of the input (1 waiting, 0 connected): not counted"))
    }

    @Test(arguments: [
        ["--sl-formula", "fastest"],
        ["--period", "weekly"],
        ["--columns", "enter_ts"],
        ["--timezone", "Mars/Olympus"],
    ])
    func usageErrorsExitWith64(extra: [String]) throws {
        let directory = try CommandRunner.temporaryDirectory()
        let input = directory.appendingPathComponent("calls.csv")
        try Data(Self.calls.utf8).write(to: input)
        let result = try CommandRunner.run(["kpis", input.path, "--source", "calls"] + extra)
        #expect(result.status == 64)
        // ServiceBench's own checks write `error:`, argument-parser's (a value outside a closed set) `Error:`.
        #expect(result.stderr.lowercased().contains("error:"))
    }

    @Test func missingInputExitsWith66() throws {
        let result = try CommandRunner.run(["kpis", "/nonexistent/calls.csv", "--source", "calls"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/calls.csv: error: no such file"))
    }
}
