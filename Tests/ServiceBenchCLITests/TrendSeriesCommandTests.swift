import Foundation
import Testing

/// The example's eight quarters reach the JSON and the report: each KPI's series and its change
/// since the same quarter of the year before.
@Suite struct TrendSeriesCommandTests {
    @Test func theExampleHasItsQuartersAndTheYearBefore() throws {
        let run = try CommandRunner.run(["report", "examples/opaline-energie.csv", "--panel", "examples/panel.csv", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
        let results = try #require(report["results"] as? [[String: Any]])
        let answer = try #require(results.first { $0["kpi"] as? String == "answer_rate" })
        let trend = try #require(answer["trend"] as? [String: Any])
        let series = try #require(trend["series"] as? [[String: Any]])
        #expect(series.map { $0["period"] as? String } == ["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"])
        #expect(series.last?["value"] as? Double == 91.2)
        let year = try #require(trend["year_over_year"] as? [String: Any])
        #expect(year["period"] as? String == "2025-Q3")
        #expect(year["value"] as? Double == 89.1)
        #expect(abs((year["delta"] as? Double ?? 0) - 2.1) < 1e-9)
        #expect(year["improved"] as? Bool == true)

        let output = try CommandRunner.temporaryDirectory().appendingPathComponent("r.html")
        let html = try CommandRunner.run(["report", "--example", "--format", "html", "--output", output.path])
        #expect(html.status == 0)
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.contains("<title>Taux de décroché par période</title>"))
        #expect(text.contains("sur un an\u{00A0}: en progrès +2,1\u{00A0}pt depuis 2025-Q3 (89,1\u{00A0}%)"))
    }
}
