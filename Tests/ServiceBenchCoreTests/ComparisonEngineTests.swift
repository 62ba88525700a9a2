import Testing
import ServiceBenchCore

/// The engine on a small hand-made reference set and a three-quarter input of six companies.
@Suite struct ComparisonEngineTests {
    static let citation = Citation(reference: "test", quote: "test")

    static let reference: ReferenceData = {
        func kpi(_ id: String, _ unit: KPIUnit, _ direction: KPIDirection, _ range: ClosedRange<Double>, kind: KPIKind = .measure) -> KPIDefinition {
            KPIDefinition(
                id: id, kind: kind, labelFR: id, labelEN: id, definitionFR: "", definitionEN: "", unit: unit,
                direction: direction, dimension: .inbound, minimum: range.lowerBound, maximum: range.upperBound)
        }
        let study = Study(
            id: "easiware-2017", publisher: "Easiware", title: "Benchmark des KPI", year: 2017, sampleSize: 300,
            sampleDescription: "~300 French brands", region: "France", method: .declared, provenance: .secondHand,
            citations: [citation])
        return ReferenceData(
            kpis: [
                kpi("answer_rate", .percent, .higherIsBetter, 0...100),
                kpi("asa", .seconds, .lowerIsBetter, 0...3600),
                kpi("ces", .score, .higherIsBetter, 1...7),
                kpi("email_auto_ack", .boolean, .higherIsBetter, 0...1, kind: .practice),
            ],
            studies: [study],
            distributions: [
                ReferenceDistribution(id: "asa-all", studyID: "easiware-2017", kpi: "asa", points: [CDFPoint(value: 30, share: 0.5)], citation: citation),
                ReferenceDistribution(
                    id: "asa-small", studyID: "easiware-2017", kpi: "asa", segment: "≤ 50 employees",
                    segmentKeys: SegmentKeys(sizes: ["small"]), mean: 10, citation: citation),
            ],
            adoptionRates: [AdoptionRate(id: "a1", studyID: "easiware-2017", kpi: "ces", share: 0.73, citation: citation)],
            profiles: [ServiceProfile(id: "general-inbound", labelFR: "Appels entrants", labelEN: "General inbound", headlineKPIs: ["answer_rate"])],
            targets: [
                Target(id: "t1", profile: "general-inbound", kpi: "answer_rate", comparator: .atLeast, threshold: 80, tolerance: 2, citation: citation),
                Target(id: "t2", profile: "all", kpi: "asa", comparator: .atMost, threshold: 60, tolerance: 10, citation: citation),
            ])
    }()

    static let table: KPITable = {
        var measurements: [Measurement] = []
        let q1 = Period(year: 2026, quarter: 1), q2 = Period(year: 2026, quarter: 2), q3 = Period(year: 2026, quarter: 3)
        // ACME: answer rate 85 → 88 → 91, ASA 45 → 30 → 40.
        for (period, answer, asa) in [(q1, 85.0, 45.0), (q2, 88, 30), (q3, 91, 40)] {
            measurements.append(Measurement(company: "ACME", period: period, kpi: "answer_rate", value: answer))
            measurements.append(Measurement(company: "ACME", period: period, kpi: "asa", value: asa))
        }
        measurements.append(Measurement(company: "ACME", period: q3, kpi: "email_auto_ack", value: 1))
        // Peers in Q3: answer rates 80, 91, 93, 95, 70.
        for (name, answer) in [("B", 80.0), ("C", 91), ("D", 93), ("E", 95), ("F", 70)] {
            measurements.append(Measurement(company: name, period: q3, kpi: "answer_rate", value: answer))
        }
        return KPITable(measurements: measurements, companies: ["ACME": CompanyInfo(name: "ACME", profile: "general-inbound", size: "small")])
    }()

    @Test func comparesTheLatestPeriodWithTargetsStudiesPeersAndTrend() throws {
        let engine = ComparisonEngine(reference: Self.reference)
        let comparison = try #require(try engine.compare(Self.table, request: .init(companies: ["ACME"])).first)
        #expect(comparison.period == Period(year: 2026, quarter: 3))
        #expect(comparison.profile?.id == "general-inbound")
        #expect(comparison.panelSize == 6)
        #expect(comparison.results.map(\.kpi.id) == ["answer_rate", "asa", "email_auto_ack"])

        let answer = comparison.results[0]
        #expect(answer.target?.status == .met)
        // Peers 80, 91, 93, 95, 70: better than 2, tied with 1 → (2 + 0.5) / 5 = 50 %; rank 3rd of 6.
        #expect(answer.peers == PeerRank(rank: 3, count: 6, percentile: 50))
        #expect(answer.trend?.change == .improved)
        #expect(answer.trend?.previousPeriod == Period(year: 2026, quarter: 2))
        #expect(answer.trend?.delta == 3)

        let asa = comparison.results[1]
        #expect(asa.target?.status == .met)  // the `all` target applies when the profile has none
        #expect(asa.trend?.change == .worsened)  // 30 s → 40 s
        // The whole-population distribution and the company's size segment ("small").
        #expect(asa.references.map(\.distribution.id) == ["asa-all", "asa-small"])
        let position = try #require(asa.references[0].position)
        #expect(position.low == 0 && position.high == 50)
        #expect(asa.references[1].position == nil)
        #expect(asa.peers == nil)  // nobody else measures ASA

        #expect(comparison.unmeasured.map(\.kpi.id) == ["ces"])
        #expect(comparison.unmeasured[0].adoption.map(\.rate.share) == [0.73])
    }

    @Test func aPanelReplacesTheInputsOtherCompanies() throws {
        let engine = ComparisonEngine(reference: Self.reference)
        let panel = KPITable(measurements: [
            Measurement(company: "P1", period: Period(year: 2026, quarter: 3), kpi: "answer_rate", value: 99),
            Measurement(company: "ACME", period: Period(year: 2026, quarter: 3), kpi: "answer_rate", value: 10),
        ])
        let comparison = try #require(try engine.compare(Self.table, panel: panel, request: .init(companies: ["ACME"])).first)
        // The company's own row in the panel is left out.
        #expect(comparison.results[0].peers == PeerRank(rank: 2, count: 2, percentile: 0))
        #expect(comparison.panelSize == 2)
    }

    @Test func anEarlierPeriodCanBeRequested() throws {
        let engine = ComparisonEngine(reference: Self.reference)
        let comparison = try #require(
            try engine.compare(Self.table, request: .init(companies: ["ACME"], period: Period(year: 2026, quarter: 2))).first)
        #expect(comparison.results.first?.value == 88)
        #expect(comparison.results.first?.trend?.previous == 85)
    }

    @Test func unknownCompanyPeriodOrProfileIsAUsageError() {
        let engine = ComparisonEngine(reference: Self.reference)
        #expect {
            try engine.compare(Self.table, request: .init(companies: ["Nobody"]))
        } throws: { error in
            (error as? CoreError)?.message.contains("no company 'Nobody'") == true && (error as? CoreError)?.exitCode == .usage
        }
        #expect {
            try engine.compare(Self.table, request: .init(companies: ["ACME"], period: Period(year: 2024)))
        } throws: { error in
            (error as? CoreError)?.message.contains("periods found: 2026-Q1, 2026-Q2, 2026-Q3") == true
        }
        #expect {
            try engine.compare(Self.table, request: .init(profile: "nope"))
        } throws: { error in
            (error as? CoreError)?.message.contains("known profiles: general-inbound") == true
        }
    }

    @Test func everyCompanyWhenNoneIsNamed() throws {
        let comparisons = try ComparisonEngine(reference: Self.reference).compare(Self.table)
        #expect(comparisons.map(\.company.name) == ["ACME", "B", "C", "D", "E", "F"])
    }
}

/// Segment figures apply only to the companies their keys describe.
@Suite struct SegmentKeysTests {
    @Test(arguments: [
        (SegmentKeys(sizes: ["small"]), "small", "energy", "general-inbound", true),
        (SegmentKeys(sizes: ["small"]), "large", "energy", "general-inbound", false),
        (SegmentKeys(sizes: ["large"], sectors: ["banking", "insurance"]), "large", "banking", "general-inbound", true),
        (SegmentKeys(sizes: ["large"], sectors: ["banking", "insurance"]), "large", "energy", "general-inbound", false),
        (SegmentKeys(profiles: ["outbound-sales"]), "medium", "telecom", "outbound-sales", true),
        (SegmentKeys(sizes: ["small"]), nil, nil, nil, false),
        // A segment with no key (a region) applies to nobody.
        (SegmentKeys(), "small", "energy", "general-inbound", false),
    ] as [(SegmentKeys, String?, String?, String?, Bool)])
    func segmentMatchesOnEveryKeyItLists(keys: SegmentKeys, size: String?, sector: String?, profile: String?, expected: Bool) {
        #expect(keys.match(size: size, sector: sector, profile: profile) == expected)
    }
}
