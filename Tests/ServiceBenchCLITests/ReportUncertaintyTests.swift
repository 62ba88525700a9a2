import Foundation
import Testing

/// `report --source` on raw exports: each share and mean carries its sample size and 95 % interval,
/// the trend says whether the change is beyond the margin of error, and a small-sample change is said
/// to be within it. Expected figures counted by hand from `examples/raw` (Python, csv module).
@Suite struct ReportUncertaintyTests {
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try CommandRunner.run(["report"] + arguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
    }

    static func result(_ report: [String: Any], _ kpi: String) throws -> [String: Any] {
        let results = try #require(report["results"] as? [[String: Any]])
        return try #require(results.first { $0["kpi"] as? String == kpi })
    }

    static func close(_ value: Any?, _ expected: Double, _ tolerance: Double = 1e-5) -> Bool {
        guard let number = value as? Double else { return false }
        return abs(number - expected) <= tolerance
    }

    /// Surveys of March 2026: CSAT 111 of 153 answers of 4 or 5, Wilson 64.9908–79.0027 %; NPS of 81
    /// answers, 32 promoters and 19 detractors, ± 1.96 √((p+ + p− − d²)/n): −0.8736 to 32.9724; CES of 60.
    /// Against February (121 of 162, +19 of 100 answers) both changes are noise.
    @Test func surveysCarryTheirIntervals() throws {
        let report = try Self.json(["examples/raw/surveys.csv", "--source", "surveys", "--company", "Opaline", "--period", "month"])
        #expect(report["period"] as? String == "2026-03")
        let csat = try Self.result(report, "csat")
        #expect(csat["sample_size"] as? Double == 153)
        let csatInterval = try #require(csat["value_interval"] as? [String: Any])
        #expect(csatInterval["method"] as? String == "wilson")
        #expect(csatInterval["n"] as? Double == 153)
        #expect(Self.close(csatInterval["low"], 64.990802) && Self.close(csatInterval["high"], 79.002668))
        let csatTrend = try #require(csat["trend"] as? [String: Any])
        #expect(csatTrend["significant"] as? Bool == false)
        #expect((csatTrend["test"] as? [String: Any])?["method"] as? String == "two-proportion-z")

        let nps = try Self.result(report, "nps")
        let npsInterval = try #require(nps["value_interval"] as? [String: Any])
        #expect(npsInterval["method"] as? String == "nps-multinomial")
        #expect(npsInterval["n"] as? Double == 81)
        #expect(Self.close(npsInterval["low"], -0.873635) && Self.close(npsInterval["high"], 32.9724))
        #expect((nps["trend"] as? [String: Any])?["significant"] as? Bool == false)

        let ces = try Self.result(report, "ces")
        #expect((ces["value_interval"] as? [String: Any])?["method"] as? String == "student-t")
        #expect(ces["sample_size"] as? Double == 60)
    }

    /// Calls of March 2026: 864 answered of 990 offered (Wilson 85.0516–89.2057 %); ASA over the 864
    /// answered calls, mean 28.0197 s, s = 27.8911 s, Student's t: 26.1573–29.8820 s.
    @Test func callsCarryTheirIntervals() throws {
        let report = try Self.json(["examples/raw/calls.csv", "--source", "calls", "--company", "Opaline", "--period", "month"])
        let answer = try Self.result(report, "answer_rate")
        let interval = try #require(answer["value_interval"] as? [String: Any])
        #expect(interval["n"] as? Double == 990)
        #expect(Self.close(interval["low"], 85.051624) && Self.close(interval["high"], 89.205693))
        #expect((answer["trend"] as? [String: Any])?["significant"] as? Bool == false)
        let asa = try Self.result(report, "asa")
        let asaInterval = try #require(asa["value_interval"] as? [String: Any])
        #expect(asaInterval["method"] as? String == "student-t")
        #expect(asaInterval["n"] as? Double == 864)
        #expect(Self.close(asaInterval["low"], 26.157302, 1e-4) && Self.close(asaInterval["high"], 29.882050, 1e-4))
        #expect(((asa["trend"] as? [String: Any])?["test"] as? [String: Any])?["method"] as? String == "welch-t")
        // A count has no interval; the JSON says null, not 0.
        let offered = try Self.result(report, "calls_offered")
        #expect(offered["value_interval"] is NSNull)
        #expect(offered["sample_size"] is NSNull)
    }

    /// The board deck shows the margin beside each headline value: 864 of 990 calls answered, ± 2.2 pt.
    @Test func theDeckShowsTheMargin() throws {
        let run = try CommandRunner.run([
            "report", "examples/raw/calls.csv", "--source", "calls", "--company", "Opaline", "--period", "month", "--profile", "general-inbound",
            "--format", "slides",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("87,3\u{00A0}% <span class=\"deck-margin\">±\u{00A0}2,2\u{00A0}pt (n\u{00A0}=\u{00A0}990)</span>"))
    }

    /// Tickets: the email and FCR KPIs carry the tickets they were counted on.
    @Test func ticketsCarryTheirSamples() throws {
        let report = try Self.json(["examples/raw/tickets.csv", "--source", "tickets", "--company", "Opaline"])
        for kpi in ["email_answered_24h", "fcr", "email_response_time", "resolution_time"] {
            let result = try Self.result(report, kpi)
            #expect((result["sample_size"] as? Double ?? 0) > 0, "\(kpi)")
            #expect(result["value_interval"] is [String: Any], "\(kpi)")
        }
    }

    /// CSAT from 9 of 10 satisfied in Q1 to 7 of 10 in Q2: −20 points, but z = −1.118 (p = 0.26),
    /// so the report says "within the margin of error" and the priorities do not count it as worsening;
    /// the same shares of 1,000 answers each (z = −11.2) are a worsening.
    @Test(arguments: [(10, false), (1000, true)])
    func aSmallSampleChangeIsWithinTheMargin(answers: Int, significant: Bool) throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var text = "response_id,type,score,channel,submitted_ts\n"
        for (month, satisfied) in [("01", answers * 9 / 10), ("04", answers * 7 / 10)] {
            for index in 0..<answers {
                text += "r\(month)-\(index),csat,\(index < satisfied ? 5 : 2),email,2026-\(month)-15T10:00:00+01:00\n"
            }
        }
        let file = directory.appendingPathComponent("surveys.csv")
        try Data(text.utf8).write(to: file)
        let arguments = [file.path, "--source", "surveys", "--company", "Small"]
        let report = try Self.json(arguments)
        let csat = try Self.result(report, "csat")
        let trend = try #require(csat["trend"] as? [String: Any])
        #expect(trend["change"] as? String == "worsened")
        #expect(trend["significant"] as? Bool == significant)
        let priorities = try #require(report["priorities"] as? [[String: Any]])
        let reasons = priorities.first { $0["kpi"] as? String == "csat" }?["reasons"] as? [String] ?? []
        #expect(reasons.contains("worsened") == significant)

        let html = try CommandRunner.run(["report"] + arguments + ["--format", "html"])
        #expect(html.status == 0, "\(html.stderr)")
        let entry = try #require(html.stdout.range(of: "id=\"kpi-csat\""))
        let section = html.stdout[entry.lowerBound...].prefix(3000)
        #expect(section.contains("variation dans la marge d’erreur") == !significant)
        #expect(section.contains("<span class=\"trend-word\">en recul</span>") == significant)

        let table = try CommandRunner.run(["report"] + arguments + ["--format", "text", "--lang", "en"])
        let row = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("csat ") })
        #expect(row.contains("within margin") == !significant, "\(row)")
        #expect(row.contains("worse") == significant, "\(row)")
    }
}
