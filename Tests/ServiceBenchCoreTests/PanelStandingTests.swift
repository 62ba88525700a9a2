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
        // Two KPIs ranked in the panel: one is half of them, enough for an overall rank.
        #expect(standings[1] == PanelStanding(rank: 1, count: 3, meanPercentile: 90, rankedKPIs: 1, panelKPIs: 2, minimumKPIs: 1))
        #expect(standings[3] == PanelStanding(rank: 2, count: 3, meanPercentile: 60, rankedKPIs: 1, panelKPIs: 2, minimumKPIs: 1))
        #expect(standings[0] == PanelStanding(rank: 3, count: 3, meanPercentile: 60, rankedKPIs: 2, panelKPIs: 2, minimumKPIs: 1))
        #expect(standings[2] == nil)
    }

    static let kpis = (1...6).map { index in
        KPIDefinition(
            id: "k\(index)", labelFR: "K", labelEN: "K", definitionFR: "", definitionEN: "", unit: .percent, direction: .higherIsBetter,
            dimension: .inbound, minimum: 0, maximum: 100)
    }

    /// Half of the panel's ranked KPIs, rounded up.
    @Test(arguments: [(0, 0), (1, 1), (2, 1), (5, 3), (6, 3), (17, 9), (18, 9)])
    func theThresholdIsHalfThePanelsRankedKPIs(panel: Int, minimum: Int) {
        #expect(PanelStanding.minimumKPIs(panelKPIs: panel) == minimum)
    }

    /// Six KPIs ranked in the panel (Full is ranked on all): a company needs three for an overall rank.
    @Test(arguments: [(1, false), (2, false), (3, true), (5, true)])
    func onlyCompaniesRankedOnHalfThePanelsKPIsGetAnOverallRank(ranked: Int, hasRank: Bool) throws {
        // Few is best on each of its KPIs, so only the threshold keeps it from the first rank.
        let comparisons = [
            Self.company("Full", Self.kpis.map { ($0, 50) }),
            Self.company("Few", Self.kpis.prefix(ranked).map { ($0, 100) } + Self.kpis.dropFirst(ranked).map { ($0, nil) }),
        ]
        let (order, standings) = PanelStanding.standings(comparisons)
        let few = try #require(standings[1])
        #expect(few.rankedKPIs == ranked)
        #expect(few.panelKPIs == 6)
        #expect(few.minimumKPIs == 3)
        #expect(few.meanPercentile == 100)
        #expect(few.rank == (hasRank ? 1 : nil))
        #expect(standings[0]?.rank == (hasRank ? 2 : 1))
        #expect(standings[0]?.rankedKPIs == 6)
        #expect(standings[0]?.count == (hasRank ? 2 : 1))
        // A company without an overall rank comes after those with one.
        #expect(order == (hasRank ? [1, 0] : [0, 1]))
    }

    @Test(arguments: [(1, true), (4, true), (5, false), (12, false)])
    func aPanelOfFewerThanFiveIsSmall(panelSize: Int, small: Bool) {
        #expect(Self.company("X", [], panelSize: panelSize).isSmallPanel == small)
    }
}
