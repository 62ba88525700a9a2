import Foundation
import Testing

/// `report --peers`: the real command on a fixture panel of five energy companies and two retailers
/// (Tests/ServiceBenchCLITests/Fixtures/peers/panel.csv, all of one profile).
@Suite struct ReportPeersCommandTests {
    static let panel = "Tests/ServiceBenchCLITests/Fixtures/peers/panel.csv"

    static func companies(_ arguments: [String]) throws -> [String: [String: Any]] {
        let run = try CommandRunner.run(["report", panel, "--format", "json"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [[String: Any]])
        var byName: [String: [String: Any]] = [:]
        for company in list { byName[company["company"] as? String ?? "?"] = company }
        return byName
    }

    static func result(_ kpi: String, of company: [String: Any]?) -> [String: Any]? {
        (company?["results"] as? [[String: Any]])?.first { $0["kpi"] as? String == kpi }
    }

    @Test func sameSectorRanksWithinTheSectorAndTheSmallSectorFallsBack() throws {
        let companies = try Self.companies(["--peers", "same-sector"])
        #expect(companies.count == 7)
        // Five energy companies: their own group. Énergie 1 (90 %) is first of them, third of all seven.
        let energy = try #require(companies["Énergie 1"]?["peer_group"] as? [String: Any])
        #expect(energy["requested"] as? String == "same-sector")
        #expect(energy["used"] as? String == "same-sector")
        #expect(energy["key"] as? String == "energy")
        #expect(energy["size"] as? Int == 5)
        #expect(energy["fell_back_from"] is NSNull)
        let answer = try #require(Self.result("answer_rate", of: companies["Énergie 1"])?["peers"] as? [String: Any])
        #expect(answer["rank"] as? Int == 1)
        #expect(answer["count"] as? Int == 5)
        // Two retailers: too few, ranked among all seven, and the JSON says so.
        let retail = try #require(companies["Détail 1"]?["peer_group"] as? [String: Any])
        #expect(retail["used"] as? String == "all")
        #expect(retail["size"] as? Int == 7)
        #expect(retail["fell_back_from"] as? String == "same-sector")
        #expect(retail["fallback_reason"] as? String == "too-small")

        // The backlog per 1,000 tickets created within the sector: Énergie 1's 100 against 25, 50 and
        // 100 (Énergie 4 gives no tickets): 3rd of 4. By the raw count (100 open) it would tie for 2nd.
        let backlog = try #require(Self.result("backlog_open", of: companies["Énergie 1"])?["peers"] as? [String: Any])
        #expect(backlog["rank"] as? Int == 3)
        #expect(backlog["count"] as? Int == 4)
        let rate = try #require(backlog["rate"] as? [String: Any])
        #expect(rate["value"] as? Double == 100)
        #expect(Self.result("backlog_open", of: companies["Énergie 4"])?["unranked"] as? String == "base-unknown")
        for name in companies.keys {
            let volume = Self.result("calls_offered", of: companies[name])
            #expect(volume?["peers"] is NSNull)
            #expect(volume?["unranked"] as? String == "volume")
        }
    }

    @Test func theDefaultIsSameProfileAndTheProjectFileCanSayOtherwise() throws {
        let byDefault = try Self.companies([])
        let group = try #require(byDefault["Détail 1"]?["peer_group"] as? [String: Any])
        #expect(group["requested"] as? String == "same-profile")
        #expect(group["used"] as? String == "same-profile")
        #expect(group["size"] as? Int == 7)

        let directory = try CommandRunner.temporaryDirectory()
        let panel = CommandRunner.packageRoot.appendingPathComponent(Self.panel).path
        try Data("kpi_tables = [\"\(panel)\"]\npeers = \"same-size\"\n".utf8).write(to: directory.appendingPathComponent("audit.toml"))
        let run = try CommandRunner.run(["report", "--config", "audit.toml", "--format", "json"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [[String: Any]])
        let first = try #require(list.first { $0["company"] as? String == "Énergie 1" }?["peer_group"] as? [String: Any])
        #expect(first["requested"] as? String == "same-size")
        // Large: Énergie 1 and 2 and both retailers, four: too few.
        #expect(first["used"] as? String == "all")
        #expect(first["fell_back_from"] as? String == "same-size")
    }

    @Test func theTextAndTheReportSayWhichGroup() throws {
        let text = try CommandRunner.run(["report", Self.panel, "--peers", "same-sector", "--format", "text", "--lang", "en", "--company", "Détail 1"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("peers: 7 companies of the whole panel, this one included"))
        #expect(text.stdout.contains("The group asked for, the companies of the same sector (retail), has only 2 (fewer than 5)"))

        let output = try CommandRunner.temporaryDirectory()
        let html = try CommandRunner.run(["report", Self.panel, "--peers", "same-sector", "--format", "html", "--output", output.path])
        #expect(html.status == 0, "\(html.stderr)")
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("pairs\u{00A0}: même secteur, 5\u{00A0}entreprises"))
        #expect(index.contains("pairs\u{00A0}: tout le panel, 7\u{00A0}entreprises (même secteur\u{00A0}: trop petit ou inconnu)"))
        #expect(index.contains("class=\"overall-basis\">sur 2\u{00A0}indicateurs"))
    }

    @Test(arguments: [
        (["--peers", "same-city"], "same-city"),
    ])
    func anUnknownGroupIsAUsageError(arguments: [String], words: String) throws {
        let run = try CommandRunner.run(["report", Self.panel] + arguments)
        #expect(run.status == 64)
        #expect(run.stderr.contains(words), "\(run.stderr)")
        #expect(run.stderr.contains("same-profile"), "\(run.stderr)")
    }

    @Test func anUnknownGroupInTheProjectFileIsAnErrorAtItsPlace() throws {
        let directory = try CommandRunner.temporaryDirectory()
        try Data("company = \"x\"\npeers = \"same-sectr\"\n".utf8).write(to: directory.appendingPathComponent("audit.toml"))
        let run = try CommandRunner.run(["report", "--config", "audit.toml"], in: directory)
        #expect(run.status == 64)
        #expect(run.stderr.contains("audit.toml:2:1:"), "\(run.stderr)")
        #expect(run.stderr.contains("did you mean 'same-sector'?"), "\(run.stderr)")
    }
}
