import Foundation
import Testing

/// What to fix first, end to end: the JSON `priorities` of the bundled example, and the staffing ask
/// of a report built from raw calls.
@Suite struct PrioritiesCommandTests {
    static func priorities(_ arguments: [String]) throws -> [[String: Any]] {
        let run = try CommandRunner.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
        return try #require(report["priorities"] as? [[String: Any]])
    }

    @Test func theExampleRanksItsMissedNPSFirst() throws {
        let priorities = try Self.priorities(["report", "examples/opaline-energie.csv", "--panel", "examples/panel.csv", "--format", "json", "--lang", "en"])
        let first = try #require(priorities.first)
        #expect(first["kpi"] as? String == "nps")
        #expect(first["rank"] as? Int == 1)
        #expect(first["reasons"] as? [String] == ["target-missed", "worsened"])
        #expect(first["gap"] as? Double == 31)
        #expect(first["gap_basis"] as? String == "target")
        #expect((first["sentence"] as? String)?.contains("target missed (≥\u{00A0}+50) by 31\u{00A0}pts") == true, "\(first["sentence"] ?? "")")
        #expect(priorities.map { $0["rank"] as? Int } == Array(1...priorities.count).map { $0 })
    }

    @Test func rawCallsGiveTheAgentsToAddAndWhen() throws {
        let priorities = try Self.priorities(["report", "examples/raw/calls.csv", "--source", "calls", "--format", "json"])
        let serviceLevel = try #require(priorities.first { $0["kpi"] as? String == "service_level_60s" })
        let ask = try #require(serviceLevel["agents_needed"] as? [String: Any])
        #expect(ask["from"] as? String == "13:00")
        #expect(ask["to"] as? String == "14:00")
        #expect(ask["agents"] as? Int == 1)
        #expect((serviceLevel["sentence"] as? String)?.contains("+1\u{00A0}conseiller de 13:00 à 14:00 (estimation Erlang\u{00A0}C)") == true)
    }
}
