import Testing
import ServiceBenchCore

/// Fair peers: each company ranked within its peer group (same profile, sector or size, or all), a
/// group of fewer than 5 falling back to all; volumes never ranked; `backlog_open` ranked per 1,000
/// tickets created.
@Suite struct PeerGroupTests {
    static let citation = Citation(reference: "test", quote: "test")
    static let q1 = Period(year: 2026, quarter: 1)

    static func kpi(
        _ id: String, _ unit: KPIUnit, _ direction: KPIDirection, volume: Bool = false, rankedPer: String? = nil
    ) -> KPIDefinition {
        KPIDefinition(
            id: id, labelFR: id, labelEN: id, definitionFR: "", definitionEN: "", unit: unit, direction: direction, dimension: .inbound,
            minimum: 0, maximum: 1_000_000, isVolume: volume, rankedPer: rankedPer)
    }

    static let reference = ReferenceData(
        kpis: [
            kpi("answer_rate", .percent, .higherIsBetter),
            kpi("calls_made", .count, .higherIsBetter, volume: true),
            kpi("tickets_created", .count, .neutral, volume: true),
            kpi("backlog_open", .count, .lowerIsBetter, rankedPer: "tickets_created"),
        ],
        studies: [], distributions: [], adoptionRates: [],
        profiles: [
            ServiceProfile(id: "technical-hotline", labelFR: "Hotline", labelEN: "Hotline", headlineKPIs: []),
            ServiceProfile(id: "general-inbound", labelFR: "Généraliste", labelEN: "General", headlineKPIs: []),
        ],
        targets: [])

    /// `hotlines` companies of profile technical-hotline (the first, "Target", is compared), answer
    /// rates 50, 51, …; then six general-inbound companies with answer rates 90–95, all better.
    static func panel(hotlines: Int) -> KPITable {
        var measurements: [Measurement] = []
        var companies: [String: CompanyInfo] = [:]
        for index in 0..<hotlines {
            let name = index == 0 ? "Target" : "Hotline \(index)"
            measurements.append(Measurement(company: name, period: q1, kpi: "answer_rate", value: 50 + Double(index)))
            companies[name] = CompanyInfo(name: name, profile: "technical-hotline", sector: "energy", size: "large")
        }
        for index in 0..<6 {
            let name = "General \(index)"
            measurements.append(Measurement(company: name, period: q1, kpi: "answer_rate", value: 90 + Double(index)))
            companies[name] = CompanyInfo(name: name, profile: "general-inbound", sector: "retail", size: index < 4 ? "large" : "small")
        }
        return KPITable(measurements: measurements, companies: companies)
    }

    static func compare(_ table: KPITable, _ company: String = "Target", peers: PeerGroup, panel: KPITable? = nil) throws -> CompanyComparison {
        let engine = ComparisonEngine(reference: reference)
        return try #require(try engine.compare(table, panel: panel, request: .init(companies: [company], peers: peers)).first)
    }

    struct FallbackCase: Sendable, CustomTestStringConvertible {
        var hotlines: Int
        var used: PeerGroup
        var size: Int
        var fallback: PeerGroupChoice.Fallback?
        /// Target's answer-rate rank: the worst hotline is last of the group and of the whole panel.
        var rank: Int
        var testDescription: String { "\(hotlines) companies of the profile → \(used.rawValue)" }
    }

    /// Four same-profile companies (the company included) are too few: ranks among all 10; five are enough.
    @Test(arguments: [
        FallbackCase(hotlines: 4, used: .all, size: 10, fallback: .tooSmall(size: 4), rank: 10),
        FallbackCase(hotlines: 5, used: .sameProfile, size: 5, fallback: nil, rank: 5),
        FallbackCase(hotlines: 7, used: .sameProfile, size: 7, fallback: nil, rank: 7),
    ])
    func aGroupOfFewerThanFiveFallsBackToAll(_ example: FallbackCase) throws {
        let comparison = try Self.compare(Self.panel(hotlines: example.hotlines), peers: .sameProfile)
        #expect(comparison.peerGroup.requested == .sameProfile)
        #expect(comparison.peerGroup.used == example.used)
        #expect(comparison.peerGroup.size == example.size)
        #expect(comparison.peerGroup.fallback == example.fallback)
        #expect(comparison.peerGroup.fellBackFrom == (example.fallback == nil ? nil : .sameProfile))
        #expect(comparison.panelSize == example.size)
        let rank = try #require(comparison.results.first { $0.kpi.id == "answer_rate" }?.peers)
        #expect(rank.rank == example.rank)
        #expect(rank.count == example.size)
        #expect(rank.percentile == 0)
    }

    struct GroupCase: Sendable, CustomTestStringConvertible {
        var company: String
        var peers: PeerGroup
        var used: PeerGroup
        var key: String?
        var size: Int
        var testDescription: String { "\(company), \(peers.rawValue)" }
    }

    /// Five hotlines (energy, large) and six general-inbound companies (retail; four large, two small).
    @Test(arguments: [
        GroupCase(company: "Target", peers: .sameSector, used: .sameSector, key: "energy", size: 5),
        GroupCase(company: "General 0", peers: .sameSector, used: .sameSector, key: "retail", size: 6),
        GroupCase(company: "Target", peers: .sameSize, used: .sameSize, key: "large", size: 9),
        GroupCase(company: "General 5", peers: .sameSize, used: .all, key: nil, size: 11),
        GroupCase(company: "General 0", peers: .sameProfile, used: .sameProfile, key: "general-inbound", size: 6),
        GroupCase(company: "Target", peers: .all, used: .all, key: nil, size: 11),
    ])
    func eachGroupSharesItsKey(_ example: GroupCase) throws {
        let comparison = try Self.compare(Self.panel(hotlines: 5), example.company, peers: example.peers)
        #expect(comparison.peerGroup.used == example.used)
        #expect(comparison.peerGroup.key == example.key)
        #expect(comparison.peerGroup.size == example.size)
        let rank = try #require(comparison.results.first { $0.kpi.id == "answer_rate" }?.peers)
        #expect(rank.count == example.size)
    }

    @Test(arguments: [PeerGroup.sameProfile, .sameSector, .sameSize])
    func aCompanyWithoutTheKeyIsRankedAmongAll(_ group: PeerGroup) throws {
        var table = Self.panel(hotlines: 5)
        table.companies["Target"] = CompanyInfo(name: "Target")
        let comparison = try Self.compare(table, peers: group)
        #expect(comparison.peerGroup.used == .all)
        #expect(comparison.peerGroup.fallback == .unknownKey)
        #expect(comparison.peerGroup.size == 11)
    }

    /// `--profile` without `--panel` is every input company's profile, so the group is everyone.
    @Test func theRequestedProfileIsEveryInputCompanysOwn() throws {
        let engine = ComparisonEngine(reference: Self.reference)
        let comparison = try #require(
            try engine.compare(Self.panel(hotlines: 4), request: .init(companies: ["Target"], profile: "general-inbound", peers: .sameProfile)).first)
        #expect(comparison.peerGroup.used == .sameProfile)
        #expect(comparison.peerGroup.size == 10)
    }

    /// The company outside a separate panel counts itself in its group's size.
    @Test func aCompanyOutsideThePanelCountsItselfIn() throws {
        let input = KPITable(
            measurements: [Measurement(company: "Newcomer", period: Self.q1, kpi: "answer_rate", value: 93.5)],
            companies: ["Newcomer": CompanyInfo(name: "Newcomer", profile: "general-inbound")])
        let comparison = try Self.compare(input, "Newcomer", peers: .sameProfile, panel: Self.panel(hotlines: 2))
        #expect(comparison.peerGroup.used == .sameProfile)
        #expect(comparison.peerGroup.size == 7)
        let rank = try #require(comparison.results.first?.peers)
        // Better than 90–93, worse than 94 and 95.
        #expect(rank.rank == 3)
        #expect(rank.count == 7)
    }

    // MARK: - Counts and volumes

    /// Backlogs and tickets created: rates per 1,000 are A 50, B 30, C 100, E 100; D gives no tickets.
    static let backlogs: KPITable = {
        var measurements: [Measurement] = []
        for (name, backlog, tickets) in [
            ("A", 100.0, 2000.0 as Double?), ("B", 300, 10_000), ("C", 50, 500), ("D", 80, nil), ("E", 10, 100),
        ] {
            measurements.append(Measurement(company: name, period: q1, kpi: "backlog_open", value: backlog))
            if let tickets { measurements.append(Measurement(company: name, period: q1, kpi: "tickets_created", value: tickets)) }
            measurements.append(Measurement(company: name, period: q1, kpi: "calls_made", value: 1000 * backlog))
        }
        return KPITable(measurements: measurements)
    }()

    struct BacklogCase: Sendable, CustomTestStringConvertible {
        var company: String
        /// Per 1,000 tickets created.
        var rate: Double
        var rank: Int
        var count: Int
        var percentile: Double
        var testDescription: String { "\(company): \(rate) per 1,000" }
    }

    /// Ranked by hand on the rates (lower is better), D left out: by the raw counts A (100 open) would
    /// be 4th of 5, by the rate it is 2nd of 4 (only B's 30 is lower).
    @Test(arguments: [
        BacklogCase(company: "A", rate: 50, rank: 2, count: 4, percentile: 100 * 2.0 / 3),
        BacklogCase(company: "B", rate: 30, rank: 1, count: 4, percentile: 100),
        BacklogCase(company: "C", rate: 100, rank: 3, count: 4, percentile: 100 * 0.5 / 3),
        BacklogCase(company: "E", rate: 100, rank: 3, count: 4, percentile: 100 * 0.5 / 3),
    ])
    func backlogIsRankedPerThousandTicketsCreated(_ example: BacklogCase) throws {
        let comparison = try Self.compare(Self.backlogs, example.company, peers: .all)
        let backlog = try #require(comparison.results.first { $0.kpi.id == "backlog_open" })
        let rank = try #require(backlog.peers)
        #expect(rank.rate == PeerRate(base: "tickets_created", value: example.rate))
        #expect(rank.rank == example.rank)
        #expect(rank.count == example.count)
        #expect(abs(rank.percentile - example.percentile) < 1e-9)
        #expect(backlog.unranked == nil)
    }

    @Test func aBacklogWithoutTicketsCreatedHasNoRankAndSaysWhy() throws {
        let comparison = try Self.compare(Self.backlogs, "D", peers: .all)
        let backlog = try #require(comparison.results.first { $0.kpi.id == "backlog_open" })
        #expect(backlog.peers == nil)
        #expect(backlog.unranked == .baseUnknown)
    }

    @Test func aBacklogWhosePeersGiveNoTicketsHasNoRankAndSaysWhy() throws {
        let table = KPITable(measurements: [
            Measurement(company: "A", period: Self.q1, kpi: "backlog_open", value: 100),
            Measurement(company: "A", period: Self.q1, kpi: "tickets_created", value: 2000),
            Measurement(company: "B", period: Self.q1, kpi: "backlog_open", value: 10),
        ])
        let backlog = try #require(try Self.compare(table, "A", peers: .all).results.first { $0.kpi.id == "backlog_open" })
        #expect(backlog.peers == nil)
        #expect(backlog.unranked == .noPeerRate)
    }

    /// Volumes are never ranked, whatever their direction (calls_made is higher-is-better).
    @Test(arguments: ["calls_made", "tickets_created"])
    func volumesAreNeverRanked(_ kpi: String) throws {
        for company in ["A", "B", "C", "E"] {
            let result = try #require(try Self.compare(Self.backlogs, company, peers: .all).results.first { $0.kpi.id == kpi })
            #expect(result.peers == nil)
            #expect(result.unranked == .volume)
        }
    }

    /// The bundled catalogue marks the counts of contacts, tickets and calls as volumes, and ranks the
    /// backlog per 1,000 tickets created.
    @Test(arguments: ["calls_offered", "calls_made", "tickets_created"])
    func theCataloguesVolumesAreNotRanked(_ id: String) throws {
        let reference = try ReferenceDataLoader.load(directory: ReferenceDataFixtures.bundledDirectory)
        let kpi = try #require(reference.kpi(id))
        #expect(kpi.isVolume)
        #expect(!kpi.isRankedAmongPeers)
        #expect(reference.kpi("backlog_open")?.rankedPer == "tickets_created")
        #expect(reference.kpi("channels_offered")?.isVolume == false)
    }

    /// `benchmarks show` says how a KPI is ranked among peers.
    @Test(arguments: [
        ("calls_offered", "Volume: never ranked among peers"), ("tickets_created", "Volume: never ranked among peers"),
        ("backlog_open", "Rank among peers: per 1,000 tickets_created"),
    ])
    func benchmarksShowSaysHowAKPIIsRanked(_ id: String, _ words: String) throws {
        let reference = try ReferenceDataLoader.load(directory: ReferenceDataFixtures.bundledDirectory)
        let kpi = try #require(reference.kpi(id))
        #expect(ReferenceDataText(data: reference, language: .en).show(kpi).contains(words))
    }

    // MARK: - The index

    /// Group lists are sorted apart: counts within a group never see another group's values.
    @Test func theIndexCountsWithinAGroup() {
        let measurements = (0..<6).map { Measurement(company: "C\($0)", period: Self.q1, kpi: "answer_rate", value: Double($0)) }
        let groups = ["C0": "x", "C1": "x", "C2": "y", "C3": "y", "C4": "y"]
        let index = MeasurementIndex(measurements, groups: groups, ranking: Self.reference.kpis)
        #expect(index.sortedValues(of: "answer_rate", in: Self.q1, group: "y") == [2, 3, 4])
        #expect(index.sortedValues(of: "answer_rate", in: Self.q1) == [0, 1, 2, 3, 4, 5])
        #expect(index.companyCount(in: Self.q1, group: "y", excluding: "C3") == 2)
        #expect(index.companyCount(in: Self.q1, group: "y", excluding: "C0") == 3)
        #expect(index.companyCount(in: Self.q1, group: "z", excluding: "C0") == 0)
        let counts = index.counts(around: 3, of: "answer_rate", in: Self.q1, group: "y", excluding: "C3")
        #expect(counts.below == 1 && counts.equal == 0 && counts.above == 1)
        let all = index.counts(around: 3, of: "answer_rate", in: Self.q1, excluding: "C3")
        #expect(all.below == 3 && all.equal == 0 && all.above == 2)
    }
}
