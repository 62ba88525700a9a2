import Testing
import ServiceBenchCore

/// Which studies are positions and which are context, and the best-first order of a KPI's references.
@Suite struct ReferenceComparabilityTests {
    static let citation = Citation(reference: "test", quote: "test")
    static let q1 = Period(year: 2026, quarter: 1)

    static let nps = KPIDefinition(
        id: "nps", labelFR: "NPS", labelEN: "NPS", definitionFR: "", definitionEN: "", unit: .points, direction: .higherIsBetter,
        dimension: .satisfaction, minimum: -100, maximum: 100,
        variants: [
            KPIVariant(id: "relationship", labelFR: "NPS relationnel", labelEN: "relationship NPS"),
            KPIVariant(id: "transactional", labelFR: "NPS transactionnel", labelEN: "transactional NPS"),
        ],
        defaultVariant: "transactional")
    static let asa = KPIDefinition(
        id: "asa", labelFR: "ASA", labelEN: "ASA", definitionFR: "", definitionEN: "", unit: .seconds, direction: .lowerIsBetter,
        dimension: .inbound, scale: .logarithmic, minimum: 0, maximum: 3600)

    static func study(_ id: String, year: Int, region: String, population: Population = .brands, size: Int? = nil) -> Study {
        Study(
            id: id, publisher: id, title: id, year: year, sampleSize: size, sampleDescription: id, region: region, regionCode: region,
            population: population, method: .declared, provenance: .firstHand, citations: [citation])
    }

    static let reference = ReferenceData(
        kpis: [nps, asa],
        studies: [
            study("relationship-panel", year: 2024, region: "us"),
            study("transactional-fr", year: 2019, region: "fr"),
            study("industries", year: 2023, region: "global", population: .industries),
            study("uk-fitted", year: 2016, region: "gb", size: 216),
            study("fr-one-point", year: 2017, region: "fr"),
            study("fr-two-points", year: 2015, region: "fr"),
            study("us-two-points", year: 2020, region: "us"),
            study("fr-mean-only", year: 2025, region: "fr"),
        ],
        distributions: [
            ReferenceDistribution(
                id: "rel", studyID: "relationship-panel", kpi: "nps", points: [CDFPoint(value: 10, share: 0.25), CDFPoint(value: 50, share: 0.75)],
                variant: "relationship", citation: citation),
            ReferenceDistribution(
                id: "tra", studyID: "transactional-fr", kpi: "nps", points: [CDFPoint(value: 20, share: 0.5)], variant: "transactional",
                citation: citation),
            ReferenceDistribution(
                id: "ind", studyID: "industries", kpi: "nps", sample: [10, 20, 30], variant: "unknown", citation: citation),
            // ASA: a fitted estimate (median 20.5, mean 35.2, n = 216), bounds only (one point), two studies
            // between two points (same width, France before the US), a mean alone.
            ReferenceDistribution(
                id: "a-uk", studyID: "uk-fitted", kpi: "asa", points: [CDFPoint(value: 20.5, share: 0.5)], mean: 35.2, citation: citation),
            ReferenceDistribution(id: "a-fr1", studyID: "fr-one-point", kpi: "asa", points: [CDFPoint(value: 30, share: 0.5)], citation: citation),
            ReferenceDistribution(
                id: "a-fr2", studyID: "fr-two-points", kpi: "asa", points: [CDFPoint(value: 20, share: 0.4), CDFPoint(value: 60, share: 0.6)],
                citation: citation),
            ReferenceDistribution(
                id: "a-us2", studyID: "us-two-points", kpi: "asa", points: [CDFPoint(value: 20, share: 0.4), CDFPoint(value: 60, share: 0.6)],
                citation: citation),
            ReferenceDistribution(id: "a-mean", studyID: "fr-mean-only", kpi: "asa", mean: 40, citation: citation),
        ],
        adoptionRates: [], profiles: [], targets: [])

    static func compare(_ measurements: [Measurement], country: String? = nil) throws -> [KPIComparison] {
        let table = KPITable(measurements: measurements, companies: ["X": CompanyInfo(name: "X")])
        let engine = ComparisonEngine(reference: reference)
        return try #require(try engine.compare(table, request: .init(country: country)).first).results
    }

    @Test func aReferenceOfAnotherVariantIsContextWithoutAPosition() throws {
        let nps = try #require(try Self.compare([Measurement(company: "X", period: Self.q1, kpi: "nps", value: 30)]).first)
        // No variant stated: the catalogue's default, transactional.
        #expect(nps.variant?.id == "transactional")
        let relationship = try #require(nps.references.first { $0.study.id == "relationship-panel" })
        #expect(!relationship.comparable)
        #expect(relationship.position == nil)
        #expect(relationship.comparabilityNote == "not comparable: relationship NPS; the company measures transactional NPS")
        let industries = try #require(nps.references.first { $0.study.id == "industries" })
        #expect(!industries.comparable && industries.position == nil)
        #expect(industries.comparabilityNote == "not comparable: industry averages, not organisations")
        let transactional = try #require(nps.references.first { $0.study.id == "transactional-fr" })
        #expect(transactional.comparable && transactional.comparabilityNote == nil)
        // Comparable first; context after.
        #expect(nps.references.map(\.comparable) == [true, false, false])
        #expect(nps.bestReference?.study.id == "transactional-fr")
        // 30 is above the only point, F(20) = 0.5: bounds [50, 100], no estimate; 50 points wide is informative.
        #expect(nps.bestReference?.position?.estimate == nil)
        #expect(nps.bestReference?.position?.low == 50 && nps.bestReference?.position?.high == 100)
        #expect(nps.hasInformativeReference)
    }

    @Test func aStatedVariantMakesTheOtherStudyTheComparableOne() throws {
        let measurement = Measurement(company: "X", period: Self.q1, kpi: "nps", value: 30, variant: "relationship")
        let nps = try #require(try Self.compare([measurement]).first)
        #expect(nps.variant?.id == "relationship")
        #expect(nps.bestReference?.study.id == "relationship-panel")
        let position = try #require(nps.bestReference?.position)
        // Between (10, 0.25) and (50, 0.75): 25 + 50 × 20/40 = 50.
        #expect(position.estimate == 50 && position.basis == .betweenPoints)
        #expect(nps.hasInformativeReference)
        #expect(nps.references.first { $0.study.id == "transactional-fr" }?.comparable == false)
    }

    @Test func referencesAreOrderedBestFirst() throws {
        let asa = try #require(try Self.compare([Measurement(company: "X", period: Self.q1, kpi: "asa", value: 40)]).first)
        // The fitted estimate (narrowest interval), then the two between-points estimates of equal width
        // (France, the company's country, first), then bounds only, then no position.
        #expect(asa.references.map(\.study.id) == ["uk-fitted", "fr-two-points", "us-two-points", "fr-one-point", "fr-mean-only"])
        #expect(asa.bestReference?.position?.basis == .fitted)
        #expect(asa.references[1].region == .same && asa.references[2].region == .other)
        #expect(asa.hasInformativeReference)
    }

    @Test func theCompanysCountryOrdersTheRegions() throws {
        let asa = try #require(try Self.compare([Measurement(company: "X", period: Self.q1, kpi: "asa", value: 40)], country: "US").first)
        #expect(asa.references.map(\.study.id).prefix(3) == ["uk-fitted", "us-two-points", "fr-two-points"])
    }

    @Test func noInformativeStudyWhenEvenTheBestIsWiderThanHalfTheScale() throws {
        let reference = ReferenceData(
            kpis: [Self.asa], studies: [Self.study("fr-one-point", year: 2017, region: "fr")],
            distributions: [ReferenceDistribution(id: "a", studyID: "fr-one-point", kpi: "asa", points: [CDFPoint(value: 30, share: 0.8)], citation: Self.citation)],
            adoptionRates: [], profiles: [], targets: [])
        let table = KPITable(measurements: [Measurement(company: "X", period: Self.q1, kpi: "asa", value: 10)])
        let asa = try #require(try ComparisonEngine(reference: reference).compare(table).first?.results.first)
        // 10 s is below the only point, F(30) = 0.8: the position lies within [20, 100], 80 points wide.
        let position = try #require(asa.bestReference?.position)
        #expect(abs(position.low - 20) < 1e-9 && position.high == 100)
        #expect(!asa.hasInformativeReference)
    }

    /// How a study's region relates to the company's country.
    @Test(arguments: [
        ("fr", "fr", RegionMatch.same), ("europe", "fr", .containing), ("global", "fr", .containing), ("gb", "fr", .other),
        ("north-america", "us", .containing), ("north-america", "fr", .other), ("unknown", "fr", .other), ("GB", "gb", .same),
    ])
    func regionMatch(study: String, country: String, match: RegionMatch) {
        #expect(RegionMatch(study: study, country: country) == match)
    }
}
