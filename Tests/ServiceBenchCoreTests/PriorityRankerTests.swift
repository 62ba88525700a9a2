import Testing
@testable import ServiceBenchCore

/// What to fix first, on hand-built comparisons: each reason, the gap, the ranking.
@Suite struct PriorityRankerTests {
    static func kpi(_ id: String, _ direction: KPIDirection = .higherIsBetter) -> KPIDefinition {
        KPIDefinition(
            id: id, labelFR: id, labelEN: id, definitionFR: "", definitionEN: "", unit: .percent, direction: direction, dimension: .inbound,
            minimum: 0, maximum: 100)
    }

    static let citation = Citation(reference: "https://example.org", quote: "")

    static func target(_ kpi: String, _ comparator: TargetComparator, _ threshold: Double) -> Target {
        Target(id: "t-\(kpi)", profile: "all", kpi: kpi, comparator: comparator, threshold: threshold, tolerance: 2, citation: citation)
    }

    static let study = Study(
        id: "s", publisher: "P", title: "T", year: 2024, sampleSize: 100, sampleDescription: "", region: "France", method: .declared,
        provenance: .firstHand, citations: [citation])

    static func result(
        _ kpi: KPIDefinition, _ value: Double, target: (Target, TargetStatus)? = nil, peers: Double? = nil, trend: TrendChange? = nil,
        position: PositionEstimate? = nil, median: Double? = nil
    ) -> KPIComparison {
        let references = position.map { position in
            [ReferencePosition(
                study: study, distribution: ReferenceDistribution(id: "d", studyID: "s", kpi: kpi.id, mean: nil, citation: citation, note: nil)
                    .with(median: median),
                position: position, band: nil)]
        } ?? []
        return KPIComparison(
            kpi: kpi, value: value, target: target.map { TargetResult(target: $0.0, status: $0.1) }, references: references,
            peers: peers.map { PeerRank(rank: 9, count: 10, percentile: $0) },
            trend: trend.map { Trend(previousPeriod: Period(year: 2025, quarter: 4), previous: value, delta: 1, change: $0) })
    }

    static func comparison(_ results: [KPIComparison]) -> CompanyComparison {
        CompanyComparison(
            company: CompanyInfo(name: "X"), period: Period(year: 2026, quarter: 1), profile: nil, results: results, unmeasured: [],
            panelSize: 10, quality: [])
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let result: KPIComparison
        let reasons: [Priority.Reason]
        let gap: Double?
        let basis: Priority.GapBasis?
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "missed at-least target", result: result(kpi("a"), 72, target: (target("a", .atLeast, 80), .missed)), reasons: [.targetMissed], gap: 8, basis: .target),
        Case(label: "missed at-most target", result: result(kpi("b", .lowerIsBetter), 9.4, target: (target("b", .atMost, 5), .missed)), reasons: [.targetMissed], gap: 4.4, basis: .target),
        Case(label: "near target", result: result(kpi("c"), 79, target: (target("c", .atLeast, 80), .near)), reasons: [.targetNear], gap: 1, basis: .target),
        Case(label: "met target, nothing else", result: result(kpi("d"), 85, target: (target("d", .atLeast, 80), .met)), reasons: [], gap: nil, basis: nil),
        Case(label: "bottom quarter of peers", result: result(kpi("e"), 50, peers: 10), reasons: [.bottomQuarterOfPeers], gap: nil, basis: nil),
        Case(label: "just above the bottom quarter", result: result(kpi("f"), 50, peers: 25), reasons: [], gap: nil, basis: nil),
        Case(label: "worsened", result: result(kpi("g"), 50, trend: .worsened), reasons: [.worsened], gap: nil, basis: nil),
        Case(
            label: "below a study's median for certain", result: result(kpi("h"), 40, position: PositionEstimate(estimate: 30, low: 20, high: 40), median: 55),
            reasons: [.belowStudyMedian], gap: 15, basis: .studyMedian),
        Case(
            label: "an interval that reaches the median is not below it", result: result(kpi("i"), 40, position: PositionEstimate(estimate: 30, low: 0, high: 50), median: 55),
            reasons: [], gap: nil, basis: nil),
    ]

    @Test(arguments: cases)
    func eachReasonAndItsGap(_ example: Case) throws {
        let priorities = PriorityRanker.priorities(for: Self.comparison([example.result]), headline: [])
        guard !example.reasons.isEmpty else {
            #expect(priorities.isEmpty)
            return
        }
        let priority = try #require(priorities.first)
        #expect(priority.reasons == example.reasons)
        #expect(priority.gapBasis == example.basis)
        if let gap = example.gap { #expect(abs((priority.gap ?? .nan) - gap) < 1e-9) } else { #expect(priority.gap == nil) }
        #expect(priority.rank == 1)
    }

    /// A missed target outranks a near one and a bottom-quarter rank; a headline KPI weighs more;
    /// ties keep the catalogue order.
    @Test func theRankingFollowsTheSeverity() {
        let results = [
            Self.result(Self.kpi("near"), 79, target: (Self.target("near", .atLeast, 80), .near)),  // 1
            Self.result(Self.kpi("peers"), 50, peers: 0),  // 1 + 1 = 2
            Self.result(Self.kpi("missed"), 70, target: (Self.target("missed", .atLeast, 80), .missed)),  // 3 + 0.125
            Self.result(Self.kpi("worse1"), 50, trend: .worsened),  // 0.5
            Self.result(Self.kpi("worse2"), 50, trend: .worsened),  // 0.5
            Self.result(Self.kpi("headline-near"), 79, target: (Self.target("headline-near", .atLeast, 80), .near)),  // 1.25
        ]
        let priorities = PriorityRanker.priorities(for: Self.comparison(results), headline: ["headline-near"])
        #expect(priorities.map(\.kpi.id) == ["missed", "peers", "headline-near", "near", "worse1", "worse2"])
        #expect(priorities.map(\.rank) == [1, 2, 3, 4, 5, 6])
        #expect(abs(priorities[0].severity - 3.125) < 1e-12)
    }
}

extension ReferenceDistribution {
    /// The distribution with a published median (as a point F(median) = 0.5).
    func with(median: Double?) -> ReferenceDistribution {
        var copy = self
        if let median { copy.points = [CDFPoint(value: median, share: 0.5)] }
        return copy
    }
}
