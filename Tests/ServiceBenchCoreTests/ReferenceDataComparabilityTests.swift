import Testing
@testable import ServiceBenchCore

/// The bundled data says, for every study, who it is about and where, and for NPS, FCR and CSAT which
/// variant each study measured.
@Suite struct ReferenceDataComparabilityTests {
    static let data: ReferenceData? = try? ReferenceDataLoader.load(directory: ReferenceDataFixtures.bundledDirectory)

    @Test func theCatalogueStatesTheVariantsAndTheirDefaults() throws {
        let data = try #require(Self.data)
        let expected: [String: ([String], String)] = [
            "nps": (["relationship", "transactional"], "transactional"),
            "fcr": (["internal", "survey", "repeat-contact"], "internal"),
            "csat": (["top-2-box", "mean-score", "top-box", "binary", "index"], "top-2-box"),
        ]
        for kpi in data.kpis {
            if let (variants, defaultVariant) = expected[kpi.id] {
                #expect(kpi.variants.map(\.id) == variants, "\(kpi.id)")
                #expect(kpi.defaultVariant == defaultVariant)
                #expect(kpi.variants.allSatisfy { !$0.labelFR.isEmpty && !$0.labelEN.isEmpty && $0.labelFR != $0.labelEN })
            } else {
                #expect(kpi.variants.isEmpty && kpi.defaultVariant == nil, "\(kpi.id)")
            }
        }
        // Abandonment is fitted log-normal (the worked check), CSAT logit-normal.
        #expect(data.kpi("abandon_rate")?.modelFamily == .logNormal)
        #expect(data.kpi("asa")?.modelFamily == .logNormal)
        #expect(data.kpi("csat")?.modelFamily == .logitNormal)
    }

    @Test func everyStudyHasARegionCodeAndEveryVariantKPIDistributionAVariant() throws {
        let data = try #require(Self.data)
        // Only the studies whose page does not say where its figures come from have an unknown region.
        let unstated: Set = ["stringee-2018", "goresponse-aht-poll", "gorgias-2025", "superoffice-email"]
        for study in data.studies {
            #expect(RegionMatch.isRegionCode(study.regionCode) && (study.regionCode != "unknown") != unstated.contains(study.id), "\(study.id)")
        }
        for distribution in data.distributions {
            let kpi = try #require(data.kpi(distribution.kpi))
            if kpi.variants.isEmpty {
                #expect(distribution.variant == nil, "\(distribution.id)")
            } else {
                let variant = try #require(distribution.variant, "\(distribution.id)")
                #expect(variant == "unknown" || kpi.variant(variant) != nil, "\(distribution.id)")
            }
        }
    }

    /// What the studies say they measured (their quotes and the research notes).
    @Test(arguments: [
        ("forrester-nps-2020-nps", "relationship"), ("temkin-nps-2017-nps", "relationship"), ("xmi-nps-2022-nps", "relationship"),
        ("sqm-fcr-2022-fcr", "survey"), ("sqm-surveypal-2023-fcr", "survey"), ("zendesk-csat-2012-csat", "binary"),
        ("zendesk-benchmark-2013-csat", "binary"), ("easiware-2017-csat", "unknown"),
    ])
    func variantAsPublished(distribution id: String, variant: String) throws {
        let distribution = try #require(Self.data?.distributions.first { $0.id == id })
        #expect(distribution.variant == variant)
    }

    @Test(arguments: [
        ("zendesk-csat-2012-csat", Population.industries), ("talkdesk-2015-abandon-rate", .industries), ("temkin-nps-2017-nps", .industries),
    ])
    func industryAveragesAreMarkedSo(distribution id: String, population: Population) throws {
        let distribution = try #require(Self.data?.distributions.first { $0.id == id })
        #expect(distribution.population == population)
    }

    @Test func distributionsWithTwoStatisticsAreFitted() throws {
        let data = try #require(Self.data)
        var fitted: [String] = []
        for distribution in data.distributions {
            guard let kpi = data.kpi(distribution.kpi), let study = data.study(distribution.studyID) else { continue }
            let facts = DistributionFacts(distribution: distribution, kpi: kpi, sampleSize: distribution.sampleSize ?? study.sampleSize)
            if facts.fit != nil { fitted.append(distribution.id) }
        }
        for id in ["contactbabel-uk-2016-abandon-rate", "contactbabel-uk-2016-asa", "easiware-2017-email-response-time", "sqm-fcr-2022-fcr"] {
            #expect(fitted.contains(id), "\(id) not fitted; fitted: \(fitted)")
        }
    }
}
