import Foundation
import Testing

/// `report` on raw exports: the breakdown sections (by queue, abandoned calls by hour and queue, by
/// channel, by agent, longest waits) in HTML and XHTML (each document passes the markup checker
/// before it is written), the JSON `breakdowns`, each row against the company's targets, and
/// `--pseudonymize-agents`.
@Suite struct ReportBreakdownsTests {
    static let exports = [
        "--calls", "examples/raw/calls.csv", "--tickets", "examples/raw/tickets.csv", "--surveys", "examples/raw/surveys.csv",
        "--company", "Opaline", "--profile", "general-inbound",
    ]

    /// The `length` characters of `text` from the section of id `anchor`.
    static func section(_ text: String, _ anchor: String, _ length: Int) throws -> String {
        let start = try #require(text.range(of: "id=\"\(anchor)\"")).lowerBound
        return String(text[start...].prefix(length))
    }

    static func json(_ run: CommandRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any], "\(run.stderr)")
    }

    @Test(arguments: ["html", "xhtml"])
    func theReportShowsEveryBreakdownInItsContents(format: String) throws {
        let run = try CommandRunner.run(["report"] + Self.exports + ["--format", format, "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        for anchor in ["breakdown-queues", "breakdown-abandoned-hours", "breakdown-channels", "breakdown-agents", "breakdown-longest-waits"] {
            #expect(run.stdout.contains("id=\"\(anchor)\""), "\(anchor)")
            #expect(run.stdout.contains("<a href=\"#\(anchor)\">"), "\(anchor) in the contents")
        }
        let queues = try Self.section(run.stdout, "breakdown-queues", 20_000)
        // The profile's targets head the columns, and each queue's figure carries its status mark.
        #expect(queues.contains("<th scope=\"row\">facturation</th>"))
        #expect(queues.contains("Target"))
        #expect(queues.contains("class=\"status "))
        let hours = try Self.section(run.stdout, "breakdown-abandoned-hours", 6000)
        // 141 abandoned calls in facturation (awk on calls.csv), 315 in all.
        #expect(hours.contains("<td>141</td></tr>"))
        #expect(hours.contains("<td>315</td></tr>"))
        let waits = try Self.section(run.stdout, "breakdown-longest-waits", 8000)
        #expect(waits.contains("<th scope=\"row\">1772720088.2209</th><td>facturation</td><td>2026-03-05 15:14:48</td><td>4\u{A0}min\u{A0}38\u{A0}s</td>"))
    }

    /// A client's target replaces the profile's in the rows too: answer rate ≥ 87 % (tolerance 1):
    /// dépannage's 86.6 % is near, facturation's 87.1 % met, souscription's 88.9 % met.
    @Test func jsonBreakdownsHoldEachRowAgainstTheCompanysTargets() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let targets = directory.appendingPathComponent("targets.csv")
        try Data("kpi,comparator,threshold,tolerance\nanswer_rate,>=,87,1\n".utf8).write(to: targets)
        let run = try CommandRunner.run(["report"] + Self.exports + ["--targets", targets.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let breakdowns = try #require(try Self.json(run)["breakdowns"] as? [String: Any])
        let queues = try #require(breakdowns["by_queue"] as? [[String: Any]])
        #expect(queues.map { $0["queue"] as? String } == ["depannage", "facturation", "souscription"])
        let statuses = queues.map { ($0["status"] as? [String: Any])?["answer_rate"] as? String }
        #expect(statuses == ["near", "met", "met"])
        // Counted by hand (awk on calls.csv): facturation 1,341 offered, 1,168 answered, 141 abandoned.
        #expect(queues[1]["offered"] as? Double == 1341)
        #expect(queues[1]["answered"] as? Double == 1168)
        #expect(queues[1]["abandoned"] as? Double == 141)
        let channels = try #require(breakdowns["by_channel"] as? [[String: Any]])
        #expect(channels.first?["channel"] as? String == "email")
        #expect((channels.first?["tickets"] as? [String: Any])?["created"] as? Double == 770)
        // The web form has tickets but no survey answers: null, not zeros.
        let webForm = try #require(channels.first { $0["channel"] as? String == "formulaire web" })
        #expect(webForm["surveys"] is NSNull)
        let hours = try #require(breakdowns["abandoned_by_hour"] as? [[String: Any]])
        #expect(hours.compactMap { $0["total"] as? Double }.reduce(0, +) == 315)
        let waits = try #require(breakdowns["longest_waits"] as? [String: Any])
        #expect((waits["abandoned"] as? [[String: Any]])?.count == 10)
        #expect(((waits["abandoned"] as? [[String: Any]])?.first)?["wait_seconds"] as? Double == 278)
        // One row per agent across calls, tickets and surveys: Agent 01 answers calls and a few
        // phone tickets; Agent 19 works the written channels only, so it has no calls.
        let agents = try #require(breakdowns["by_agent"] as? [[String: Any]])
        #expect(agents.first?["agent"] as? String == "Agent 01")
        #expect((agents.first?["tickets"] as? [String: Any])?["created"] as? Double == 8)
        let written = try #require(agents.first { $0["agent"] as? String == "Agent 19" })
        #expect(written["calls"] is NSNull)
        #expect((written["tickets"] as? [String: Any])?["created"] as? Double == 127)
    }

    @Test func aKPITableHasNoBreakdowns() throws {
        let run = try CommandRunner.run(["report", "examples/opaline-energie.csv", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Self.json(run)["breakdowns"] is NSNull)
        let html = try CommandRunner.run(["report", "examples/opaline-energie.csv", "--format", "html"])
        #expect(!html.stdout.contains("id=\"breakdown-"))
    }

    /// Pseudonyms: the names sorted, numbered from 1, the same in the JSON and the report, on every
    /// run; `pseudonymize_agents = true` in a project file does the same.
    @Test func pseudonymsReplaceTheNamesEverywhere() throws {
        let plain = try Self.json(try CommandRunner.run(["report"] + Self.exports + ["--format", "json"]))
        let named = try #require((plain["breakdowns"] as? [String: Any])?["by_agent"] as? [[String: Any]])
        let run = try CommandRunner.run(["report"] + Self.exports + ["--format", "json", "--pseudonymize-agents"])
        #expect(run.status == 0, "\(run.stderr)")
        let again = try CommandRunner.run(["report"] + Self.exports + ["--format", "json", "--pseudonymize-agents"])
        #expect(run.stdoutBytes == again.stdoutBytes)
        let agents = try #require((try Self.json(run)["breakdowns"] as? [String: Any])?["by_agent"] as? [[String: Any]])
        #expect(agents.map { $0["agent"] as? String } == (1...named.count).map { "Agent \($0)" })
        #expect(agents.allSatisfy { $0["pseudonym"] as? Bool == true })
        // The names sorted: Agent 01 is number 1, with the same calls.
        let first = try #require(named.first { $0["agent"] as? String == "Agent 01" })
        #expect((agents[0]["calls"] as? [String: Any])?["answered"] as? Double == (first["calls"] as? [String: Any])?["answered"] as? Double)
        #expect(!String(decoding: run.stdoutBytes, as: UTF8.self).contains("Agent 01"))

        let html = try CommandRunner.run(["report"] + Self.exports + ["--format", "html", "--lang", "fr", "--pseudonymize-agents"])
        #expect(html.status == 0, "\(html.stderr)")
        let section = try Self.section(html.stdout, "breakdown-agents", 4000)
        #expect(section.contains("<th scope=\"row\">Conseiller 1</th>"))
        #expect(!section.contains("Agent 01"))

        let directory = try CommandRunner.temporaryDirectory()
        let project = directory.appendingPathComponent("servicebench.toml")
        let root = CommandRunner.packageRoot.path
        try Data("""
            company = "Opaline"
            profile = "general-inbound"
            pseudonymize_agents = true
            [sources]
            calls = ["\(root)/examples/raw/calls.csv"]
            """.utf8).write(to: project)
        let configured = try CommandRunner.run(["report", "--config", project.path, "--format", "json"])
        #expect(configured.status == 0, "\(configured.stderr)")
        let fromFile = try #require((try Self.json(configured)["breakdowns"] as? [String: Any])?["by_agent"] as? [[String: Any]])
        #expect(fromFile.first?["agent"] as? String == "Agent 1")
    }

    /// `--by queue` still makes each queue a company; the company's own report has the breakdowns.
    @Test func byQueueKeepsItsCompanies() throws {
        let run = try CommandRunner.run([
            "report", "examples/raw/calls.csv", "--source", "calls", "--by", "queue", "--format", "json",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let companies = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [[String: Any]])
        #expect(Set(companies.compactMap { $0["company"] as? String }) == ["Company", "Company / depannage", "Company / facturation", "Company / souscription"])
        let own = try #require(companies.first { $0["company"] as? String == "Company" })
        #expect(own["breakdowns"] is [String: Any])
        #expect(companies.first { $0["company"] as? String == "Company / facturation" }?["breakdowns"] is NSNull)
    }

    /// A vendor preset that names the agent (Freshdesk's `Agent`) fills the tickets' rows by agent.
    @Test func aPresetNamesTheTicketsAgents() throws {
        let fixture = CommandRunner.packageRoot.appendingPathComponent("Tests/ServiceBenchCLITests/Fixtures/presets/freshdesk-tickets.csv").path
        let run = try CommandRunner.run(["report", "--tickets", "freshdesk:\(fixture)", "--company", "ACME", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let agents = try #require((try Self.json(run)["breakdowns"] as? [String: Any])?["by_agent"] as? [[String: Any]])
        #expect(agents.compactMap { $0["agent"] as? String }.starts(with: ["Alice", "Bob"]))
        #expect((agents[0]["tickets"] as? [String: Any])?["created"] as? Double == 1)
        #expect(agents[0]["calls"] is NSNull)
    }
}
