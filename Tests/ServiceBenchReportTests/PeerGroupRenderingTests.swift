import Foundation
import Testing
@testable import ServiceBenchCore
@testable import ServiceBenchReport

/// The peer group in the JSON (`peer_group`, a rank's `rate`, `unranked`, the overall rank's KPI
/// count), the report, the index and the terminal table.
@Suite struct PeerGroupRenderingTests {
    static let tickets = KPIDefinition(
        id: "tickets_created", labelFR: "Tickets créés", labelEN: "Tickets created", definitionFR: "d", definitionEN: "d", unit: .count,
        direction: .neutral, dimension: .backlog, minimum: 0, maximum: 1e8, isVolume: true)
    static let openRequests = KPIDefinition(
        id: "backlog_open", labelFR: "Demandes en attente", labelEN: "Open requests", definitionFR: "d", definitionEN: "d", unit: .count,
        direction: .lowerIsBetter, dimension: .backlog, minimum: 0, maximum: 1e8, rankedPer: "tickets_created")

    static let reference = ReferenceData(
        kpis: Fixture.reference.kpis + [tickets, openRequests], studies: [Fixture.easiware, Fixture.zendesk, Fixture.sqm],
        distributions: [Fixture.answerDistribution], adoptionRates: [], profiles: [Fixture.profile],
        targets: [Fixture.answerTarget, Fixture.waitTarget, Fixture.npsTarget, Fixture.occupancyTarget])

    struct Case: Sendable, CustomTestStringConvertible {
        var choice: PeerGroupChoice
        var used: String
        var fellBackFrom: String?
        var reason: String?
        /// What the report's cover and summary say (French).
        var phrases: [String]
        var testDescription: String { "\(choice.requested.rawValue) → \(used)" }
    }

    static let cases: [Case] = [
        Case(
            choice: PeerGroupChoice(requested: .sameProfile, used: .sameProfile, key: "general-inbound", size: 9),
            used: "same-profile", fellBackFrom: nil, reason: nil,
            phrases: ["9 entreprises du même profil de service (Appels entrants généralistes), celle-ci comprise"]),
        Case(
            choice: PeerGroupChoice(requested: .sameProfile, used: .all, size: 12, fallback: .tooSmall(size: 4)),
            used: "all", fellBackFrom: "same-profile", reason: "too-small",
            phrases: [
                "12 entreprises de tout le panel, celle-ci comprise",
                "Le groupe demandé, les entreprises du même profil de service (Appels entrants généralistes), n’en compte que 4 (moins de 5)",
            ]),
        Case(
            choice: PeerGroupChoice(requested: .sameSector, used: .all, size: 12, fallback: .unknownKey),
            used: "all", fellBackFrom: "same-sector", reason: "unknown-key",
            phrases: ["12 entreprises de tout le panel, celle-ci comprise", "Le secteur de l’entreprise n’est pas connu"]),
    ]

    static func comparison(_ choice: PeerGroupChoice) -> CompanyComparison {
        var comparison = Fixture.comparison(panelSize: choice.size)
        comparison.peerGroup = choice
        let rate = PeerRank(rank: 2, count: 8, percentile: 85.7, rate: PeerRate(base: "tickets_created", value: 112.26))
        comparison.results += [
            KPIComparison(kpi: tickets, value: 130_000, target: nil, references: [], peers: nil, trend: nil, unranked: .volume),
            KPIComparison(kpi: openRequests, value: 14_590, target: nil, references: [], peers: rate, trend: nil),
        ]
        return comparison
    }

    static func json(_ value: JSONValue) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(value.serializedBytes())) as? [String: Any])
    }

    @Test(arguments: cases)
    func theJSONSaysWhichGroupAndHowMany(_ example: Case) throws {
        let wording = try PriorityWording(templatesDirectory: Fixture.templates, language: .en, reference: Self.reference)
        let object = try Self.json(try ComparisonJSON.object(Self.comparison(example.choice), wording: wording))
        let group = try #require(object["peer_group"] as? [String: Any])
        #expect(group["requested"] as? String == example.choice.requested.rawValue)
        #expect(group["used"] as? String == example.used)
        #expect(group["size"] as? Int == example.choice.size)
        #expect(group["fell_back_from"] as? String == example.fellBackFrom)
        #expect((group["fell_back_from"] is NSNull) == (example.fellBackFrom == nil))
        #expect(group["fallback_reason"] as? String == example.reason)
        #expect(group["key"] as? String == example.choice.key)
        #expect(object["panel_size"] as? Int == example.choice.size)

        let results = try #require(object["results"] as? [[String: Any]])
        let volume = try #require(results.first { $0["kpi"] as? String == "tickets_created" })
        #expect(volume["peers"] is NSNull)
        #expect(volume["unranked"] as? String == "volume")
        let backlog = try #require(results.first { $0["kpi"] as? String == "backlog_open" })
        let rate = try #require((backlog["peers"] as? [String: Any])?["rate"] as? [String: Any])
        #expect(rate["per"] as? Int == 1000)
        #expect(rate["base"] as? String == "tickets_created")
        #expect(rate["value"] as? Double == 112.26)
        #expect(backlog["unranked"] is NSNull)
    }

    @Test(arguments: cases)
    func theReportSaysWhichGroupAndHowMany(_ example: Case) throws {
        let writer = try ReportWriter(
            templatesDirectory: Fixture.templates, reference: Self.reference, options: ReportOptions(document: .report, language: .fr, format: .html))
        let text = TestSupport.text(try writer.renderReport(Self.comparison(example.choice)))
        for phrase in example.phrases { #expect(text.contains(phrase), "missing \(phrase)") }
        #expect(text.contains("class=\"note summary-peers\">Rangs parmi \(example.choice.size) entreprises"))
        // Said once for the company (cover, summary), not again beside each KPI's rank.
        #expect(!text.contains("<span class=\"peer-group\">"))
        // The rate the backlog is ranked by, and why the volume is not ranked.
        #expect(text.contains("Demandes en attente pour 1\u{00A0}000 tickets créés\u{00A0}: 112,3"))
        #expect(text.contains("Volume\u{00A0}: non classé parmi les pairs"))
    }

    @Test(arguments: cases)
    func theTerminalTableSaysWhichGroup(_ example: Case) throws {
        let texts = try ReportTexts.load(templatesDirectory: Fixture.templates, language: .en)
        let text = try ComparisonText(texts: texts, language: .en).render([Self.comparison(example.choice)])
        #expect(text.contains("peers: \(example.choice.size) companies "))
        #expect(text.contains("2/8 (/1000 tickets_created)"))
        #expect(text.contains("ranks are computed in the whole panel") == (example.fellBackFrom != nil))
        #expect(text.contains("volume"))
    }

    /// The index says on how many KPIs each overall rank rests, and why a company has none.
    @Test func theIndexSaysHowManyKPIsTheOverallRankRestsOn() throws {
        // Fixture companies are ranked on 7 KPIs; Sparse on 1, fewer than half of them.
        var sparse = Fixture.comparison(name: "Sparse")
        sparse.results = sparse.results.map { result in
            var result = result
            if result.kpi.id != Fixture.answerRate.id { result.peers = nil }
            return result
        }
        let writer = try Fixture.writer(.fr)
        let comparisons = Fixture.panel + [sparse]
        let index = TestSupport.text(try writer.renderIndex(comparisons, fileNames: comparisons.indices.map { "c\($0).html" }))
        #expect(index.contains("<span class=\"overall-basis\">sur 7\u{00A0}indicateurs</span>"))
        #expect(index.contains("sans rang global\u{00A0}: rangs sur 1 des 7\u{00A0}indicateurs classés du panel, moins de la moitié"))
        #expect(index.contains("<span class=\"peer-group\">pairs\u{00A0}: tout le panel, 12\u{00A0}entreprises</span>"))
    }
}
