import Foundation
import Testing
@testable import ServiceBenchCore

/// The brief's positioning rules, on distributions shaped like the published ones.
@Suite struct PositioningTests {
    static let citation = Citation(reference: "test", quote: "test")

    static func kpi(
        _ id: String, _ unit: KPIUnit, _ direction: KPIDirection, _ scale: InterpolationScale, _ range: ClosedRange<Double>,
        shape: ShapeFamily? = nil
    ) -> KPIDefinition {
        KPIDefinition(
            id: id, labelFR: id, labelEN: id, definitionFR: "", definitionEN: "", unit: unit, direction: direction,
            dimension: .handling, scale: scale, minimum: range.lowerBound, maximum: range.upperBound, shape: shape)
    }

    static let asa = kpi("asa", .seconds, .lowerIsBetter, .logarithmic, 0...3600)
    static let aht = kpi("aht", .seconds, .lowerIsBetter, .logarithmic, 0...7200)
    static let email = kpi("email_response_time", .hours, .lowerIsBetter, .logarithmic, 0...720)
    static let csat = kpi("csat", .percent, .higherIsBetter, .linear, 0...100)
    static let abandon = kpi("abandon_rate", .percent, .lowerIsBetter, .linear, 0...100, shape: .logNormal)

    /// Easiware 2017: "50 % des marques répondent dans les 30 secondes".
    static let easiwareASA = ReferenceDistribution(
        id: "d1", studyID: "easiware-2017", kpi: "asa", points: [CDFPoint(value: 30, share: 0.5)], citation: citation)
    /// Easiware 2017: 25 % within 6 h, 68 % within 24 h (about 300 brands).
    static let easiwareEmail = ReferenceDistribution(
        id: "d2", studyID: "easiware-2017", kpi: "email_response_time",
        points: [CDFPoint(value: 6, share: 0.25), CDFPoint(value: 24, share: 0.68)], sampleSize: 300, citation: citation)
    /// Easiware 2017: 65 % of brands score between 80 and 100 %, so F(80) = 0.35.
    static let easiwareCSAT = ReferenceDistribution(
        id: "d3", studyID: "easiware-2017", kpi: "csat", points: [CDFPoint(value: 80, share: 0.35)], citation: citation)
    /// ContactBabel UK 2016: abandonment mean 5.6 %, median 4.5 %, 216 contact centres.
    static let contactBabelAbandon = ReferenceDistribution(
        id: "d4", studyID: "contactbabel-uk-2016", kpi: "abandon_rate", points: [CDFPoint(value: 4.5, share: 0.5)], mean: 5.6,
        sampleSize: 216, citation: citation)
    /// Quartiles of a CSAT: 60 % and 80 %.
    static let quartileCSAT = ReferenceDistribution(
        id: "d5", studyID: "s", kpi: "csat", points: [CDFPoint(value: 60, share: 0.25), CDFPoint(value: 80, share: 0.75)], citation: citation)
    /// "20 % of centres under 3 min, 34 % between 3 and 4 min."
    static let bandedAHT = ReferenceDistribution(
        id: "d6", studyID: "s", kpi: "aht",
        shares: [ShareBetween(lower: 0, upper: 180, share: 0.2), ShareBetween(lower: 180, upper: 240, share: 0.34)], citation: citation)
    /// A range of 50 members' values, 62–91, with their mean 78.
    static let rangedCSAT = ReferenceDistribution(
        id: "d7", studyID: "s", kpi: "csat", mean: 78, range: ValueRange(minimum: 62, maximum: 91), sampleSize: 50, citation: citation)

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
        // ContactBabel 2016: F(9.4 %) ≥ F(median) = 0.5, so the position is within [0, 50].
        Case(name: "abandonment 9.4 % against ContactBabel 2016", kpi: abandon, distribution: contactBabelAbandon, value: 9.4, low: 0, high: 50),
        // A range: below its minimum no member does better.
        Case(name: "CSAT under the range", kpi: csat, distribution: rangedCSAT, value: 60, low: 0, high: 0),
        Case(name: "CSAT within the range", kpi: csat, distribution: rangedCSAT, value: 70, low: 0, high: 100),
    ]

    @Test(arguments: intervalCases)
    func intervalIsBoundedByTheNeighbouringPoints(_ example: Case) throws {
        let position = try #require(Positioning.position(of: example.value, in: example.distribution, kpi: example.kpi))
        #expect(abs(position.low - example.low) < 1e-9)
        #expect(abs(position.high - example.high) < 1e-9)
        if let estimate = position.estimate {
            #expect(estimate >= position.low - 1e-9 && estimate <= position.high + 1e-9)
        }
        if let model = position.model {
            #expect(model.low >= position.low - 1e-9 && model.high <= position.high + 1e-9)
            #expect(model.low <= position.estimate! + 1e-9 && position.estimate! <= model.high + 1e-9)
        }
    }

    /// An estimate and how it was obtained, computed by hand.
    struct EstimateCase: Sendable, CustomTestStringConvertible {
        var name: String
        var kpi: KPIDefinition
        var distribution: ReferenceDistribution
        var value: Double
        /// nil: the facts identify no estimate.
        var estimate: Double?
        var basis: EstimateBasis?
        var tolerance: Double = 1e-6
        var testDescription: String { name }
    }

    static let estimateCases: [EstimateCase] = [
        EstimateCase(
            name: "published point: ASA 30 s is Easiware's median", kpi: asa, distribution: easiwareASA, value: 30, estimate: 50,
            basis: .publishedPoint),
        // (6 h, 0.25)–(24 h, 0.68) on ln(1 + h): 1 − (0.25 + 0.43 · ln(13/7) / ln(25/7)) = 54.09.
        EstimateCase(
            name: "between two points, log scale: email in 12 h", kpi: email, distribution: easiwareEmail, value: 12,
            estimate: 100 * (1 - (0.25 + 0.43 * log(13.0 / 7) / log(25.0 / 7))), basis: .betweenPoints),
        // (60, 0.25)–(80, 0.75) linear: F(75) = 0.25 + 0.5 · 15/20 = 0.625.
        EstimateCase(
            name: "between two points, linear: CSAT 75 %", kpi: csat, distribution: quartileCSAT, value: 75, estimate: 62.5,
            basis: .betweenPoints),
        // One point (F(30) = 0.5) and the domain's end: no estimate.
        EstimateCase(name: "single point and domain end: ASA 10 s", kpi: asa, distribution: easiwareASA, value: 10, estimate: nil, basis: nil),
        EstimateCase(name: "single point and domain end: CSAT 85 %", kpi: csat, distribution: easiwareCSAT, value: 85, estimate: nil, basis: nil),
        // Log-normal from mean 5.6 and median 4.5: σ = √(2 ln(5.6/4.5)) = 0.66135, z = ln(9.4/4.5)/σ = 1.11384,
        // 1 − Φ(z) = 0.13267: about the 13th percentile (the worked check, to 0.5 point).
        EstimateCase(
            name: "log-normal from mean and median: ContactBabel 2016 abandonment 9.4 %", kpi: abandon,
            distribution: contactBabelAbandon, value: 9.4, estimate: 13, basis: .fitted, tolerance: 0.5),
        EstimateCase(
            name: "log-normal from mean and median, exactly", kpi: abandon, distribution: contactBabelAbandon, value: 9.4,
            estimate: 100 * (1 - normalCDF(log(9.4 / 4.5) / (2 * log(5.6 / 4.5)).squareRoot())), basis: .fitted),
        // Log-normal from two quantiles: σ = (ln 24 − ln 6) / (z(0.68) − z(0.25)) = 1.21372, μ = ln 6 − σ z(0.25)
        // = 2.61040; 1 − Φ((ln 100 − μ) / σ) = 5.014.
        EstimateCase(
            name: "log-normal from two quantiles: email in 100 h", kpi: email, distribution: easiwareEmail, value: 100,
            estimate: 5.013757166930056, basis: .fitted),
        EstimateCase(
            name: "log-normal from two quantiles: email in 3 h", kpi: email, distribution: easiwareEmail, value: 3,
            estimate: 89.35414249105564, basis: .fitted),
        // Logit-normal from the quartiles 60 and 80: μ = (logit 0.6 + logit 0.8)/2, σ = (logit 0.8 − logit 0.6)/(2 · 0.67449);
        // Φ((logit 0.9 − μ)/σ) = 0.96326.
        EstimateCase(
            name: "logit-normal from two quantiles: CSAT 90 %", kpi: csat, distribution: quartileCSAT, value: 90,
            estimate: 96.3256909550956, basis: .fitted),
        // Shares "20 % under 3 min, 34 % between 3 and 4 min" chain into F(180) = 0.2, F(240) = 0.54; 200 s on
        // ln(1 + s): 1 − (0.2 + 0.34 · ln(201/181) / ln(241/181)) = 67.553.
        EstimateCase(
            name: "bands: AHT 200 s between the published shares", kpi: aht, distribution: bandedAHT, value: 200,
            estimate: 67.55337398553448, basis: .betweenPoints),
        EstimateCase(name: "bands: AHT at 4 min", kpi: aht, distribution: bandedAHT, value: 240, estimate: 46, basis: .publishedPoint),
        // Zendesk-style members 77, 82, 85, 86, 91, 96: 86 beats 3 and ties 1: 100 × 3.5 / 6.
        EstimateCase(
            name: "exact rank among published members", kpi: csat,
            distribution: ReferenceDistribution(id: "z", studyID: "s", kpi: "csat", sample: [77, 82, 85, 86, 91, 96], citation: citation),
            value: 86, estimate: 100 * 3.5 / 6, basis: .exactRank),
        EstimateCase(name: "exact rank under a published range", kpi: csat, distribution: rangedCSAT, value: 60, estimate: 0, basis: .exactRank),
    ]

    /// Φ(z), for the hand-computed cases.
    static func normalCDF(_ z: Double) -> Double { 0.5 * erfc(-z / 2.0.squareRoot()) }

    @Test(arguments: estimateCases)
    func estimateOnlyWhereTheFactsIdentifyOne(_ example: EstimateCase) throws {
        let position = try #require(Positioning.position(of: example.value, in: example.distribution, kpi: example.kpi))
        #expect(position.basis == example.basis)
        if let expected = example.estimate {
            let estimate = try #require(position.estimate)
            #expect(abs(estimate - expected) <= example.tolerance, "estimate \(estimate), expected \(expected)")
        } else {
            #expect(position.estimate == nil)
            #expect(position.model == nil)
            #expect(position.isApproximate)
        }
        #expect((position.model != nil) == (example.basis == .fitted))
    }

    @Test func aFittedEstimateCarriesItsModelAndInterval() throws {
        let position = try #require(Positioning.position(of: 9.4, in: Self.contactBabelAbandon, kpi: Self.abandon))
        let model = try #require(position.model)
        #expect(model.family == .logNormal)
        #expect(model.fittedFrom == [.quantile(value: 4.5, share: 0.5), .mean(5.6)])
        // Rounding (mean 5.55–5.65, median 4.45–4.55) moves z within about 1.06–1.16; n = 216 adds
        // ±1.96 √((1 + z²/2)/216) ≈ ±0.17: a position of about 9 to 18.
        #expect(model.low > 7 && model.low < 11, "\(model.low)")
        #expect(model.high > 16 && model.high < 21, "\(model.high)")
        #expect(model.low < position.estimate! && position.estimate! < model.high)
        #expect(position.shownWidth == model.high - model.low)
        #expect(position.isInformative)
        // Without n, only the rounding remains: a narrower interval.
        let unsized = Self.contactBabelAbandon.withSampleSize(nil)
        let rounding = try #require(Positioning.position(of: 9.4, in: unsized, kpi: Self.abandon)?.model)
        #expect(rounding.low > model.low && rounding.high < model.high)
    }

    @Test func aMeanBelowTheMedianFitsNoLogNormal() throws {
        // A log-normal's mean is above its median: these figures describe no log-normal, so no estimate.
        let skewedLeft = ReferenceDistribution(
            id: "l", studyID: "s", kpi: "abandon_rate", points: [CDFPoint(value: 6, share: 0.5)], mean: 5, citation: Self.citation)
        let position = try #require(Positioning.position(of: 9, in: skewedLeft, kpi: Self.abandon))
        #expect(position.estimate == nil)
        #expect(position.low == 0 && position.high == 50)
    }

    @Test func bandsThatDoNotChainAreFitted() throws {
        // 30 % between 2 and 3 min, 45 % between 3 and 5 min: no known point, but a log-normal through both.
        let bands = ReferenceDistribution(
            id: "b", studyID: "s", kpi: "aht",
            shares: [ShareBetween(lower: 120, upper: 180, share: 0.3), ShareBetween(lower: 180, upper: 300, share: 0.45)],
            citation: Self.citation)
        let facts = DistributionFacts(distribution: bands, kpi: Self.aht, sampleSize: nil)
        let fit = try #require(facts.fit)
        let parameters = try #require(facts.nominal)
        #expect(abs(fit.cdf(180, parameters) - fit.cdf(120, parameters) - 0.3) < 1e-6)
        #expect(abs(fit.cdf(300, parameters) - fit.cdf(180, parameters) - 0.45) < 1e-6)
        let position = try #require(Positioning.position(of: 400, in: facts))
        #expect(position.basis == .fitted)
        #expect(position.low == 0 && position.high == 100)
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
        #expect(abs(try #require(position.estimate) - expected) < 1e-9)
        #expect(position.low == position.high)
    }

    /// Half the last digit of a published figure, for the fitted interval's rounding.
    @Test(arguments: [(35.2, 0.05), (20.0, 0.5), (4.5, 0.05), (12.17, 0.005), (1000.0, 0.5)])
    func halfUnitOfAPublishedFigure(value: Double, half: Double) {
        #expect(abs(DistributionFacts.halfUnit(value) - half) < 1e-12)
    }
}

extension ReferenceDistribution {
    func withSampleSize(_ size: Int?) -> ReferenceDistribution {
        var copy = self
        copy.sampleSize = size
        return copy
    }
}

extension PositioningTests {
    /// SQM: "world-class is 80 % or more, reached by only 5 % of centres" (F(80) = 0.95) and an
    /// average of 70 %: a logit-normal through both puts a survey FCR of 60.6 % near the 8th percentile
    /// (it was placed at about the 72nd by interpolating toward 0 %).
    @Test func logitNormalFromAQuantileAndTheMean() throws {
        let sqm = ReferenceDistribution(
            id: "sqm", studyID: "sqm-fcr-2022", kpi: "fcr", points: [CDFPoint(value: 80, share: 0.95)], mean: 70, sampleSize: 500,
            citation: Self.citation)
        let fcr = Self.kpi("fcr", .percent, .higherIsBetter, .linear, 0...100)
        let facts = DistributionFacts(distribution: sqm, kpi: fcr, sampleSize: 500)
        let fit = try #require(facts.fit), parameters = try #require(facts.nominal)
        #expect(fit.family == .logitNormal)
        #expect(abs(fit.mean(parameters) - 70) < 1e-6)
        #expect(abs(fit.cdf(80, parameters) - 0.95) < 1e-6)
        let position = try #require(Positioning.position(of: 60.6, in: facts))
        #expect(position.basis == .fitted)
        #expect(abs(try #require(position.estimate) - 8.35) < 0.05)
        #expect(position.low == 0 && position.high == 95)
    }

    @Test func aRangeBoundsButIsNotInterpolated() throws {
        // "Average 68 %, range 39–91 %" with no n: within the range, no estimate; outside it, exact.
        let surveypal = ReferenceDistribution(
            id: "sp", studyID: "s", kpi: "fcr", mean: 68, range: ValueRange(minimum: 39, maximum: 91), citation: Self.citation)
        let fcr = Self.kpi("fcr", .percent, .higherIsBetter, .linear, 0...100)
        let inside = try #require(Positioning.position(of: 60.6, in: surveypal, kpi: fcr))
        #expect(inside.estimate == nil && inside.low == 0 && inside.high == 100)
        let above = try #require(Positioning.position(of: 95, in: surveypal, kpi: fcr))
        #expect(above.estimate == 100 && above.basis == .exactRank)
    }
}

extension PositioningTests {
    /// The rounding corners: a median (its share is exact) and a mean are two figures, four corners; two
    /// quantiles with rounded shares and a mean are five figures, each moved alone (ten variants).
    @Test func roundingCornersOfThePublishedFigures() {
        let two = DistributionFacts.roundingVariants(of: [.quantile(value: 4.5, share: 0.5), .mean(5.6)])
        #expect(two.count == 4)
        // One corner: median 4.45 (4.5 − 0.05), mean 5.65 (5.6 + 0.05).
        #expect(two.contains { variant in
            if case .quantile(let value, let share) = variant[0], case .mean(let mean) = variant[1] {
                return abs(value - 4.45) < 1e-12 && share == 0.5 && abs(mean - 5.65) < 1e-12
            }
            return false
        })
        let five = DistributionFacts.roundingVariants(of: [.quantile(value: 6, share: 0.36), .quantile(value: 24, share: 0.68), .mean(12.17)])
        #expect(five.count == 10)
    }
}
