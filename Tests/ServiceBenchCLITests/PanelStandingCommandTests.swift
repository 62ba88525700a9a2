import Foundation
import Testing

/// The overall standing of each company of a panel run: the same ranks in the JSON, the terminal
/// table and the index page.
@Suite struct PanelStandingCommandTests {
    @Test func theJSONTheTextAndTheIndexAgreeOnTheOverallRanks() throws {
        let json = try CommandRunner.run(["report", "examples/panel.csv", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let companies = try #require(try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [[String: Any]])
        var byRank: [Int: String] = [:]
        var unranked: [String] = []
        for company in companies {
            let overall = try #require(company["overall"] as? [String: Any])
            let ranked = try #require(overall["ranked_kpis"] as? Int)
            let minimum = try #require(overall["minimum_kpis"] as? Int)
            #expect(ranked > 0)
            #expect(minimum == ((overall["panel_ranked_kpis"] as? Int ?? 0) + 1) / 2)
            // Only a company ranked on at least half of the panel's ranked KPIs has an overall rank.
            if let rank = overall["rank"] as? Int {
                #expect(ranked >= minimum)
                byRank[rank] = company["company"] as? String
            } else {
                #expect(ranked < minimum)
                unranked.append(company["company"] as? String ?? "?")
            }
        }
        let count = companies.count - unranked.count
        #expect(byRank.keys.sorted() == Array(1...count))
        for company in companies { #expect((company["overall"] as? [String: Any])?["count"] as? Int == count) }
        // The outbound-sales peer shares few KPIs with the others.
        #expect(unranked == ["Peer 12 — Vox Conquête Ventes (fictional)"])

        let text = try CommandRunner.run(["report", "examples/panel.csv", "--format", "text", "--lang", "en"])
        #expect(text.status == 0)
        for (rank, name) in byRank {
            // The company's block runs from its heading to the next blank line.
            let start = try #require(text.stdout.range(of: name + " — 2026"))
            let block = String(text.stdout[start.lowerBound...]).components(separatedBy: "\n\n")[0]
            #expect(block.contains("overall: \(rank)/\(count) by mean peer percentile (rank on "), "\(name)")
        }
        for name in unranked {
            let start = try #require(text.stdout.range(of: name + " — 2026"))
            let block = String(text.stdout[start.lowerBound...]).components(separatedBy: "\n\n")[0]
            #expect(block.contains("overall: none (ranked on "), "\(name)")
        }

        let output = try CommandRunner.temporaryDirectory()
        let html = try CommandRunner.run(["report", "examples/panel.csv", "--format", "html", "--output", output.path])
        #expect(html.status == 0, "\(html.stderr)")
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        // The first table lists the companies in standing order.
        let escaped = { (name: String) in name.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;") }
        let positions = try (1...count).map { rank in try #require(index.range(of: ">" + escaped(byRank[rank] ?? "?") + "<")?.lowerBound) }
        #expect(positions == positions.sorted())
    }

    @Test func aRunOfOneCompanyHasNoOverallRank() throws {
        let run = try CommandRunner.run(["report", "examples/opaline-energie.csv", "--panel", "examples/panel.csv", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
        #expect(report["overall"] is NSNull)
    }
}
