import Foundation
import Testing

/// `report --tickets` / `--calls` with a `contact_reason` column: the real command writes the
/// contact-reasons section (HTML and XHTML, checked by libxml2 before they are written) and the JSON
/// `contact_reasons`.
@Suite struct ReportContactReasonsTests {
    static let tickets = ["report", "--tickets", "examples/raw/tickets.csv", "--company", "Opaline Énergie (fictional)"]

    /// The example tickets' reasons counted from the file with a plain split (no reason holds a
    /// comma or a quote but one, written `"Changement d'offre"`).
    static func exampleCounts(_ file: String, column: Int) throws -> [String: Int] {
        let text = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent(file), encoding: .utf8)
        var counts: [String: Int] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            counts[String(fields[column]).replacingOccurrences(of: "\"", with: ""), default: 0] += 1
        }
        return counts
    }

    @Test(arguments: [("html", "fr"), ("xhtml", "fr"), ("html", "en"), ("xhtml", "en")])
    func markupHasTheSection(format: String, language: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        let output = directory.appendingPathComponent("report.\(format)")
        let run = try CommandRunner.run(Self.tickets + ["--format", format, "--lang", language, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        let data = try #require(FileManager.default.contents(atPath: output.path))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("<section class=\"reasons\" id=\"reasons\">"))
        #expect(text.contains("<a href=\"#reasons\">\(language == "fr" ? "Motifs de contact" : "Contact reasons")</a>"))
        #expect(text.contains("<figure class=\"pareto-chart\">"))
        let counts = try Self.exampleCounts("examples/raw/tickets.csv", column: 7)
        for (reason, count) in counts {
            let escaped = reason.replacingOccurrences(of: "'", with: "&#39;")
            #expect(text.contains("<th scope=\"row\">\(escaped)</th><td>\(count)</td>"), "\(reason)")
        }
        // The four reasons of 80 % named, in order of volume.
        let named = language == "fr"
            ? "4 motifs sur 6 font 81,1\u{00A0}% du volume\u{00A0}: «\u{00A0}Facture incomprise\u{00A0}», «\u{00A0}Relevé de compteur\u{00A0}», «\u{00A0}Panne\u{00A0}» et «\u{00A0}Déménagement\u{00A0}»."
            : "4 reasons out of 6 make 81.1% of the volume: “Facture incomprise”, “Relevé de compteur”, “Panne” and “Déménagement”."
        #expect(text.contains(named))
    }

    @Test func jsonHasEveryReason() throws {
        let run = try CommandRunner.run(Self.tickets + ["--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
        let groups = try #require(report["contact_reasons"] as? [[String: Any]])
        #expect(groups.count == 1)
        let group = try #require(groups.first)
        #expect(group["channel_source"] as? String == "tickets")
        #expect(group["period"] as? String == "2026-Q1")
        #expect(group["total"] as? Int == 1500)
        #expect(group["unspecified"] as? Int == 0)
        let reasons = try #require(group["reasons"] as? [[String: Any]])
        let counts = try Self.exampleCounts("examples/raw/tickets.csv", column: 7)
        #expect(reasons.count == counts.count)
        for reason in reasons {
            let name = try #require(reason["reason"] as? String)
            #expect(reason["count"] as? Int == counts[name], "\(name)")
        }
        #expect(group["top_80"] as? [String] == ["Facture incomprise", "Relevé de compteur", "Panne", "Déménagement"])
        #expect((reasons.last?["cumulative_share"] as? Double) == 100)
    }

    /// The example calls carry a reason, blank for some: counted as not given, with the AHT per reason.
    @Test func callsReasonsInJSON() throws {
        let run = try CommandRunner.run(["report", "--calls", "examples/raw/calls.csv", "--company", "Opaline", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
        let group = try #require((report["contact_reasons"] as? [[String: Any]])?.first)
        let counts = try Self.exampleCounts("examples/raw/calls.csv", column: 8)
        #expect(group["channel_source"] as? String == "calls")
        #expect(group["total"] as? Int == 3000)
        #expect(group["unspecified"] as? Int == counts[""])
        let reasons = try #require(group["reasons"] as? [[String: Any]])
        #expect(reasons.count == counts.count - 1)
        for reason in reasons {
            let name = try #require(reason["reason"] as? String)
            #expect(reason["count"] as? Int == counts[name], "\(name)")
            #expect((reason["aht_seconds"] as? Double ?? 0) > 0)
            #expect(reason["median_resolution_hours"] is NSNull)
        }
    }

    /// The deck gets one slide, "why customers get in touch", with the first source's chart.
    @Test(arguments: ["slides", "slides-xhtml"])
    func deckHasTheReasonsSlide(format: String) throws {
        let run = try CommandRunner.run(Self.tickets + ["--format", format, "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        let start = try #require(run.stdout.range(of: "<section class=\"slide slide-reasons\" id=\"slide-reasons\""))
        let slide = run.stdout[start.lowerBound...].prefix { _ in true }
        let end = try #require(slide.range(of: "</section>"))
        let text = String(slide[..<end.upperBound])
        #expect(text.contains("<h2 id=\"deck-reasons\">Why customers get in touch</h2>"))
        #expect(text.contains("<figure class=\"pareto-chart\">"))
        #expect(text.contains("4 reasons out of 6 make 81.1% of the volume"))
        #expect(text.components(separatedBy: "<rect class=\"bar").count - 1 == 6)
    }

    /// An export whose reasons are all blank: the section says so (no chart, no table), the JSON
    /// counts them as not given.
    @Test func allReasonsBlank() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("tickets.csv")
        try Data("ticket_id,channel,created_ts,contact_reason\nt1,email,2026-01-05T09:00:00Z,\nt2,email,2026-01-05T09:00:00Z, \n".utf8).write(to: file)
        let html = try CommandRunner.run(["report", "--tickets", file.path, "--company", "X", "--format", "html", "--lang", "en"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("None of the period&#39;s 2 tickets has a reason given."))
        #expect(!html.stdout.contains("<figure class=\"pareto-chart\">"))
        #expect(!html.stdout.contains("class=\"reasons-table\""))
        let json = try CommandRunner.run(["report", "--tickets", file.path, "--company", "X", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [String: Any])
        let group = try #require((report["contact_reasons"] as? [[String: Any]])?.first)
        #expect(group["total"] as? Int == 2)
        #expect(group["unspecified"] as? Int == 2)
        #expect((group["reasons"] as? [Any])?.isEmpty == true)
    }

    /// A KPI table alone has no reasons: no section, and `contact_reasons` is null.
    @Test func noReasonsWithoutRawExports() throws {
        let run = try CommandRunner.run(["report", "examples/opaline-energie.csv", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
        #expect(report["contact_reasons"] is NSNull)
    }
}
