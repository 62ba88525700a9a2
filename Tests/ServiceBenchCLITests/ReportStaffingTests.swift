import Foundation
import Testing

/// The report's staffing what-if: the average working day's divisor, fractional volumes in JSON,
/// and loads beyond the staffing search shown as unreachable, never a trap or a silent gap.
@Suite struct ReportStaffingTests {
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("staffing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func staffing(_ run: CommandRunner.Result) throws -> [String: Any] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
        return try #require(report["staffing"] as? [String: Any])
    }

    /// 2026-Q1 runs from Thursday 1 January to Tuesday 31 March: 64 weekdays in 14 Monday-to-Sunday
    /// weeks (70 = 14 × 5 was the divisor). Each weekday gets 10, 11 or 12 calls at 10:00; with
    /// `holiday`, 1 January has none and the average is over the 63 open weekdays.
    @Test(arguments: [false, true])
    func averageWorkingDayIsOverTheOpenWeekdays(holiday: Bool) throws {
        var text = "call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s\n"
        var total = 0
        var openDays = 0
        let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z
        let format = ISO8601DateFormatter()
        for day in 0..<90 {
            let date = start.addingTimeInterval(Double(day) * 86_400)
            let weekday = (day + 3) % 7  // 0 = Monday; 1 January 2026 is a Thursday
            guard weekday < 5, !(holiday && day == 0) else { continue }
            openDays += 1
            let calls = 10 + day % 3
            for call in 0..<calls {
                let enter = date.addingTimeInterval(36_000 + Double(call) * 60)
                text += "c\(day)-\(call),q,\(format.string(from: enter)),\(format.string(from: enter.addingTimeInterval(15))),\(format.string(from: enter.addingTimeInterval(195))),answered,a,0\n"
                total += 1
            }
        }
        #expect(openDays == (holiday ? 63 : 64))
        let file = try Self.directory().appendingPathComponent("calls.csv")
        try Data(text.utf8).write(to: file)
        let run = try CommandRunner.run(["report", file.path, "--source", "calls", "--company", "X", "--profile", "general-inbound", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let staffing = try Self.staffing(run)
        let basis = try #require(staffing["basis"] as? [String: Any])
        #expect(basis["days"] as? Int == openDays)
        #expect(basis["weeks"] as? Int == 14)
        let rows = try #require(staffing["rows"] as? [[String: Any]])
        let ten = try #require(rows.first { $0["interval"] as? String == "10:00" })
        let calls = try #require(ten["calls"] as? Double)
        #expect(abs(calls - Double(total) / Double(openDays)) < 1e-6, "\(calls) calls, \(total) over \(openDays) days")
    }

    /// `calls_offered` of 100,000,000 in a quarter (the catalogue's maximum) at an AHT of 372 s is
    /// about 15,900 erlangs in the average hour: beyond the search's 10,000 agents. The what-if was
    /// silently left out; it is now a row marked unreachable, with a warning.
    @Test func aLoadBeyondTheSearchIsShownAsUnreachable() throws {
        let table = "company,period,kpi,value\nX,2026-Q1,calls_offered,100000000\nX,2026-Q1,aht,372\nX,2026-Q1,service_level_60s,70\n"
        let file = try Self.directory().appendingPathComponent("kpis.csv")
        try Data(table.utf8).write(to: file)
        let json = try CommandRunner.run(["report", file.path, "--profile", "general-inbound", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stderr.contains("unreachable"))
        let rows = try #require(try Self.staffing(json)["rows"] as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["agents_needed"] is NSNull)
        #expect(abs((rows.first?["calls"] as? Double ?? 0) - 100_000_000 / 650) < 1e-6)
        let html = try CommandRunner.run(["report", file.path, "--profile", "general-inbound", "--format", "html", "--lang", "en"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("unreachable (over 10,000)"))
    }
}
