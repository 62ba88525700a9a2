import Testing
@testable import ServiceBenchCore

/// The overall standing of each company of a run, computed once for the index, the JSON and the text.
@Suite struct PanelStandingTests {
    static let kpiA = KPIDefinition(
        id: "a", labelFR: "A", labelEN: "A", definitionFR: "", definitionEN: "", unit: .percent, direction: .higherIsBetter,
        dimension: .inbound, minimum: 0, maximum: 100)
    static let kpiB = KPIDefinition(
        id: "b", labelFR: "B", labelEN: "B", definitionFR: "", definitionEN: "", unit: .percent, direction: .higherIsBetter,
        dimension: .inbound, minimum: 0, maximum: 100)

    static func company(_ name: String, _ percentiles: [(KPIDefinition, Double?)], panelSize: Int = 6) -> CompanyComparison {
        let results = percentiles.map { kpi, percentile in
            KPIComparison(
                kpi: kpi, value: 50, option: nil, target: nil, references: [],
                peers: percentile.map { PeerRank(rank: 1, count: panelSize, percentile: $0) }, trend: nil)
        }
        return CompanyComparison(
            company: CompanyInfo(name: name), period: Period(year: 2026, quarter: 1), profile: nil, results: results, unmeasured: [],
            panelSize: panelSize, quality: [])
    }

    @Test func companiesAreRankedByTheirMeanPeerPercentile() {
        let comparisons = [
            Self.company("Zeta", [(Self.kpiA, 40), (Self.kpiB, 80)]),  // 60 over 2
            Self.company("Alpha", [(Self.kpiA, 90), (Self.kpiB, nil)]),  // 90 over 1
            Self.company("Unranked", [(Self.kpiA, nil)]),
            Self.company("Beta", [(Self.kpiA, 60)]),  // 60 over 1: ties Zeta, before it by name
        ]
        let (order, standings) = PanelStanding.standings(comparisons)
        #expect(order == [1, 3, 0, 2])
        #expect(standings[1] == PanelStanding(rank: 1, count: 3, meanPercentile: 90, rankedKPIs: 1))
        #expect(standings[3] == PanelStanding(rank: 2, count: 3, meanPercentile: 60, rankedKPIs: 1))
        #expect(standings[0] == PanelStanding(rank: 3, count: 3, meanPercentile: 60, rankedKPIs: 2))
        #expect(standings[2] == nil)
    }

    @Test(arguments: [(1, true), (4, true), (5, false), (12, false)])
    func aPanelOfFewerThanFiveIsSmall(panelSize: Int, small: Bool) {
        #expect(Self.company("X", [], panelSize: panelSize).isSmallPanel == small)
    }
}
