import Foundation
import Testing
@testable import ServiceBenchCore

/// The brief's positioning rules, on distributions shaped like the published ones.
@Suite struct PositioningTests {
    static let citation = Citation(reference: "test", quote: "test")

    static func kpi(_ id: String, _ unit: KPIUnit, _ direction: KPIDirection, _ scale: InterpolationScale, _ range: ClosedRange<Double>) -> KPIDefinition {
        KPIDefinition(
            id: id, labelFR: id, labelEN: id, definitionFR: "", definitionEN: "", unit: unit, direction: direction,
            dimension: .handling, scale: scale, minimum: range.lowerBound, maximum: range.upperBound)
    }

    static let asa = kpi("asa", .seconds, .lowerIsBetter, .logarithmic, 0...3600)
    static let email = kpi("email_response_time", .hours, .lowerIsBetter, .logarithmic, 0...720)
    static let csat = kpi("csat", .percent, .higherIsBetter, .linear, 0...100)

    /// Easiware 2017: "50 % des marques répondent dans les 30 secondes".
    static let easiwareASA = ReferenceDistribution(
        id: "d1", studyID: "easiware-2017", kpi: "asa", points: [CDFPoint(value: 30, share: 0.5)], citation: citation)
    /// Easiware 2017: 25 % within 6 h, 68 % within 24 h.
    static let easiwareEmail = ReferenceDistribution(
        id: "d2", studyID: "easiware-2017", kpi: "email_response_time",
        points: [CDFPoint(value: 6, share: 0.25), CDFPoint(value: 24, share: 0.68)], citation: citation)
    /// Easiware 2017: 65 % of brands score between 80 and 100 %, so F(80) = 0.35.
    static let easiwareCSAT = ReferenceDistribution(
        id: "d3", studyID: "easiware-2017", kpi: "csat", points: [CDFPoint(value: 80, share: 0.35)], citation: citation)

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var kpi: KPIDefinition
        var distribution: ReferenceDistribution
        var value: Double
        var low: Double
        var high: Double
        var testDescription: String { name }
    }

    static let intervalCases: [Case] = [
        // At a published point the interval is that point.
        Case(name: "ASA 30 s is the Easiware median", kpi: asa, distribution: easiwareASA, value: 30, low: 50, high: 50),
        // Between two points the interval is bounded by them: 1 − F(24 h) = 32, 1 − F(6 h) = 75.
        Case(name: "email in 12 h", kpi: email, distribution: easiwareEmail, value: 12, low: 32, high: 75),
        Case(name: "email at the 6 h point", kpi: email, distribution: easiwareEmail, value: 6, low: 75, high: 75),
        Case(name: "email at the 24 h point", kpi: email, distribution: easiwareEmail, value: 24, low: 32, high: 32),
        // Beyond the last point the domain end bounds it.
        Case(name: "email in 100 h", kpi: email, distribution: easiwareEmail, value: 100, low: 0, high: 32),
        Case(name: "email in 3 h", kpi: email, distribution: easiwareEmail, value: 3, low: 75, high: 100),
        Case(name: "ASA 10 s", kpi: asa, distribution: easiwareASA, value: 10, low: 50, high: 100),
        Case(name: "ASA 200 s", kpi: asa, distribution: easiwareASA, value: 200, low: 0, high: 50),
        // Higher is better: F(v) itself.
        Case(name: "CSAT 85 %", kpi: csat, distribution: easiwareCSAT, value: 85, low: 35, high: 100),
        Case(name: "CSAT 70 %", kpi: csat, distribution: easiwareCSAT, value: 70, low: 0, high: 35),
        Case(name: "CSAT at the domain top", kpi: csat, distribution: easiwareCSAT, value: 100, low: 100, high: 100),
        Case(name: "ASA at the domain bottom", kpi: asa, distribution: easiwareASA, value: 0, low: 100, high: 100),
    ]

    @Test(arguments: intervalCases)
    func intervalIsBoundedByTheNeighbouringPoints(_ example: Case) throws {
        let position = try #require(Positioning.position(of: example.value, in: example.distribution, kpi: example.kpi))
        #expect(abs(position.low - example.low) < 1e-9)
        #expect(abs(position.high - example.high) < 1e-9)
        #expect(position.estimate >= position.low - 1e-9 && position.estimate <= position.high + 1e-9)
        #expect(position.isApproximate == (example.high - example.low > PositionEstimate.approximateWidth))
    }

    @Test func estimateInterpolatesOnTheLogScaleForDurations() throws {
        // F(12 h) between (6, 0.25) and (24, 0.68) on log(1 + h): fraction = ln(13/7) / ln(25/7).
        let fraction = (log(13.0) - log(7.0)) / (log(25.0) - log(7.0))
        let expected = 100 * (1 - (0.25 + fraction * 0.43))
        let position = try #require(Positioning.position(of: 12, in: Self.easiwareEmail, kpi: Self.email))
        #expect(abs(position.estimate - expected) < 1e-9)
        #expect(abs(position.estimate - 54.09) < 0.01)
    }

    @Test func estimateInterpolatesLinearlyForPercentages() throws {
        // F(85) between (80, 0.35) and the domain end (100, 1): 0.35 + 0.25 × 0.65.
        let position = try #require(Positioning.position(of: 85, in: Self.easiwareCSAT, kpi: Self.csat))
        #expect(abs(position.estimate - 51.25) < 1e-9)
    }

    @Test func aMeanAloneGivesNoPosition() {
        let meanOnly = ReferenceDistribution(id: "m", studyID: "s", kpi: "asa", mean: 35.2, citation: Self.citation)
        #expect(Positioning.position(of: 30, in: meanOnly, kpi: Self.asa) == nil)
    }

    @Test func aBandKPIHasNoPosition() {
        let occupancy = Self.kpi("occupancy", .percent, .targetBand, .linear, 0...100)
        let distribution = ReferenceDistribution(
            id: "o", studyID: "s", kpi: "occupancy", points: [CDFPoint(value: 80, share: 0.5)], citation: Self.citation)
        #expect(Positioning.position(of: 80, in: distribution, kpi: occupancy) == nil)
    }

    /// A distribution over industries (Zendesk 2012 CSAT style): the exact share of members the
    /// company beats, ties counted as half.
    static let sampleCases: [(Double, Double)] = [
        (86, 100 * (3 + 0.5) / 6),
        (76, 0),
        (97, 100),
        (88, 100 * 4 / 6),
    ]

    @Test(arguments: sampleCases)
    func sampleDistributionsGiveAnExactRank(value: Double, expected: Double) throws {
        let industries = ReferenceDistribution(
            id: "z", studyID: "zendesk-2012", kpi: "csat", sample: [77, 82, 85, 86, 91, 96], citation: Self.citation)
        let position = try #require(Positioning.position(of: value, in: industries, kpi: Self.csat))
        #expect(abs(position.estimate - expected) < 1e-9)
        #expect(position.low == position.high)
    }
}
