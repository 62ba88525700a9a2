import Testing
@testable import ServiceBenchCore

/// The company's own uncertainty: each formula against values computed by hand (with the formula
/// written out, z = 1.959964) and checked with SciPy 1.17 (`stats.t`, `ttest_ind_from_stats`).
@Suite struct UncertaintyFormulaTests {
    /// Wilson's interval in percent for x of n: (p̂ + z²/2n ± z√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n).
    static let wilsonCases: [(x: Int, n: Int, low: Double, high: Double)] = [
        (0, 12, 0, 24.249401),
        (12, 12, 75.750599, 100),
        (6, 12, 25.378160, 74.621840),
        (10, 12, 55.196914, 95.303486),
        (0, 12_000, 0, 0.032002),
        (10_080, 12_000, 83.333205, 84.645034),
        (12_000, 12_000, 99.967998, 100),
        (1, 1, 20.654931, 100),
    ]

    @Test(arguments: wilsonCases)
    func wilsonInterval(x: Int, n: Int, low: Double, high: Double) {
        let interval = ValueInterval.wilson(share: Double(x) / Double(n), size: n)
        #expect(abs(interval.low - low) < 1e-5)
        #expect(abs(interval.high - high) < 1e-5)
        #expect(interval.size == n)
        #expect(interval.method == .wilson)
    }

    /// NPS ± z √((p+ + p− − (p+ − p−)²) / n), points.
    static let netScoreCases: [(promoters: Double, detractors: Double, n: Int, variance: Double, low: Double, high: Double)] = [
        // d = 0.3, Var = (0.7 − 0.09) / 100 = 0.0061.
        (0.5, 0.2, 100, 0.0061, 14.692192, 45.307808),
        // d = 0.3, Var = (0.6 − 0.09) / 1200 = 0.000425.
        (0.45, 0.15, 1200, 0.000425, 25.959431, 34.040569),
        // All promoters: no spread, the interval is the value.
        (1, 0, 30, 0, 100, 100),
    ]

    @Test(arguments: netScoreCases)
    func netScoreInterval(promoters: Double, detractors: Double, n: Int, variance: Double, low: Double, high: Double) {
        #expect(abs(ValueInterval.netScoreVariance(promoters: promoters, detractors: detractors, size: n) - variance) < 1e-12)
        let interval = ValueInterval.netScore(promoters: promoters, detractors: detractors, size: n)
        #expect(abs(interval.low - low) < 1e-5)
        #expect(abs(interval.high - high) < 1e-5)
        #expect(interval.method == .npsMultinomial)
    }

    /// t₀.₉₇₅(ν): 12.7062 (ν = 1), 2.2281 (10), 2.0423 (30), 1.9600 (10⁶).
    @Test(arguments: [(1.0, 12.706204736), (10, 2.228138852), (30, 2.042272456), (1_000_000, 1.959966361)])
    func studentCriticalValue(nu: Double, expected: Double) throws {
        let t = try #require(StudentT.critical(degreesOfFreedom: nu))
        #expect(abs(t - expected) < 1e-8)
    }

    /// x̄ ± t₀.₉₇₅(n − 1) s / √n: 300 s, s = 120 s, n = 11 → ± 2.228139 × 120 / √11 = ± 80.617 s.
    @Test func meanInterval() throws {
        let interval = try #require(ValueInterval.mean(300, standardDeviation: 120, size: 11))
        #expect(abs(interval.low - (300 - 80.617_097)) < 1e-5)
        #expect(abs(interval.high - (300 + 80.617_097)) < 1e-5)
        #expect(interval.method == .studentT)
        #expect(ValueInterval.mean(300, standardDeviation: 120, size: 1) == nil)
    }

    /// A mean's interval stays inside the KPI's domain (a duration is never negative).
    @Test func meanIntervalIsClippedToTheDomain() throws {
        let aht = KPIDefinition(
            id: "aht", labelFR: "DMT", labelEN: "AHT", definitionFR: "", definitionEN: "", unit: .seconds, direction: .lowerIsBetter,
            dimension: .productivity, minimum: 0, maximum: 7200)
        let interval = try #require(ValueInterval(value: 20, sample: MeasurementSample(size: 3, spread: .standardDeviation(30)), kpi: aht))
        #expect(interval.low == 0)
        #expect(interval.high > 20)
    }

    /// n alone gives a share its interval, not NPS (it needs the promoters and detractors) nor a mean
    /// (it needs the standard deviation); a KPI that is no statistic of counted events has none.
    @Test(arguments: [("csat", true), ("nps", false), ("aht", false), ("calls_offered", false), ("occupancy", false)])
    func intervalFromSizeAlone(kpi: String, expected: Bool) {
        let definition = KPIDefinition(
            id: kpi, labelFR: kpi, labelEN: kpi, definitionFR: "", definitionEN: "", unit: .percent, direction: .higherIsBetter,
            dimension: .satisfaction, minimum: -100, maximum: 100)
        #expect((ValueInterval(value: 50, sample: MeasurementSample(size: 200), kpi: definition) != nil) == expected)
    }

    /// The sample standard deviation from exact sums: 2, 4, 4, 4, 5, 5, 7, 9 → s = √(32/7).
    @Test func standardDeviationFromSums() throws {
        let values: [Int128] = [2, 4, 4, 4, 5, 5, 7, 9]
        let s = try #require(MeasurementSample.standardDeviation(count: values.count, sum: values.reduce(0, +), sumOfSquares: values.reduce(0) { $0 + $1 * $1 }))
        #expect(abs(s - (32.0 / 7).squareRoot()) < 1e-12)
        #expect(MeasurementSample.standardDeviation(count: 1, sum: 5, sumOfSquares: 25) == nil)
        // A week of milliseconds, a million times: no cancellation (s = 0 exactly).
        let week = Int128(604_800_000)
        #expect(MeasurementSample.standardDeviation(count: 1_000_000, sum: week * 1_000_000, sumOfSquares: week * week * 1_000_000) == 0)
    }

    /// Two-proportion z = (p₂ − p₁) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)), p = erfc(|z|/√2).
    static let proportionCases: [(p1: Double, n1: Int, p2: Double, n2: Int, z: Double, p: Double, significant: Bool)] = [
        // 80 % → 84 % of 500 each: p̄ = 0.82, z = 0.04 / 0.024298 = 1.6462.
        (0.80, 500, 0.84, 500, 1.646216, 0.099719, false),
        // The same shares of 2,000 each: z = 3.2924.
        (0.80, 2000, 0.84, 2000, 3.292432, 0.000993, true),
        // Of 12 each: noise.
        (0.84, 12, 0.86, 12, 0.137199, 0.890874, false),
        // Both 100 %: no spread, no change.
        (1, 40, 1, 50, 0, 1, false),
    ]

    @Test(arguments: proportionCases)
    func twoProportionTest(p1: Double, n1: Int, p2: Double, n2: Int, z: Double, p: Double, significant: Bool) {
        let test = ChangeTest.twoProportion(previous: (p1, n1), current: (p2, n2))
        #expect(abs(test.statistic - z) < 1e-5)
        #expect(abs(test.pValue - p) < 1e-6)
        #expect(test.significant == significant)
        #expect(test.method == .twoProportionZ)
    }

    /// NPS difference: z = (d₂ − d₁) / √(Var₁ + Var₂). From +20 (40 % / 20 % of 400) to +30 (50 % /
    /// 20 % of 500): Var₁ = (0.6 − 0.04)/400 = 0.0014, Var₂ = (0.7 − 0.09)/500 = 0.00122, z = 0.1 /
    /// √0.00262 = 1.95366 — just under 1.96, p = 0.0507: within the margin. Ten times fewer answers: z = 0.618.
    static let netScoreChangeCases: [(previous: (Double, Double, Int), current: (Double, Double, Int), z: Double, p: Double, significant: Bool)] = [
        ((0.40, 0.20, 400), (0.50, 0.20, 500), 1.953662, 0.050741, false),
        ((0.40, 0.20, 40), (0.50, 0.20, 50), 0.617802, 0.536706, false),
        ((0.40, 0.20, 800), (0.50, 0.20, 1000), 2.762895, 0.005729, true),
    ]

    @Test(arguments: netScoreChangeCases)
    func netScoreDifferenceTest(previous: (Double, Double, Int), current: (Double, Double, Int), z: Double, p: Double, significant: Bool) {
        let test = ChangeTest.netScore(previous: previous, current: current)
        #expect(abs(test.statistic - z) < 1e-5)
        #expect(abs(test.pValue - p) < 1e-5)
        #expect(test.significant == significant)
    }

    /// Welch: t = (x̄₂ − x̄₁) / √(s₁²/n₁ + s₂²/n₂), ν by Welch–Satterthwaite; p two-sided from Student's t
    /// (SciPy `ttest_ind_from_stats(equal_var=False)` gives the same).
    static let welchCases: [(previous: (Double, Double, Int), current: (Double, Double, Int), t: Double, nu: Double, p: Double, significant: Bool)] = [
        // 10 (s 2, n 10) → 12 (s 4, n 20): t = 2 / √1.2 = 1.825742, ν = 1.44 / 0.051462 = 27.9818.
        ((10, 2, 10), (12, 4, 20), 1.825742, 27.981818, 0.078580, false),
        // AHT 300 s (s 120, n 400) → 320 s (s 130, n 450).
        ((300, 120, 400), (320, 130, 450), 2.331966, 846.784945, 0.019936, true),
    ]

    @Test(arguments: welchCases)
    func welchTest(previous: (Double, Double, Int), current: (Double, Double, Int), t: Double, nu: Double, p: Double, significant: Bool) throws {
        let test = try #require(ChangeTest.welch(previous: previous, current: current))
        #expect(abs(test.statistic - t) < 1e-5)
        #expect(abs((test.degreesOfFreedom ?? 0) - nu) < 1e-5)
        #expect(abs(test.pValue - p) < 1e-6)
        #expect(test.significant == significant)
        #expect(test.method == .welchT)
    }

    /// The test needs both periods' samples and what the statistic needs: else it is unknown (nil).
    @Test func testNeedsBothSamples() {
        let share = MeasurementSample(size: 500)
        #expect(ChangeTest(kpi: "csat", current: (84, share), previous: (80, share))?.method == .twoProportionZ)
        #expect(ChangeTest(kpi: "csat", current: (84, share), previous: (80, nil)) == nil)
        #expect(ChangeTest(kpi: "nps", current: (30, share), previous: (20, share)) == nil)
        #expect(ChangeTest(kpi: "aht", current: (320, share), previous: (300, share)) == nil)
        #expect(ChangeTest(kpi: "calls_offered", current: (320, share), previous: (300, share)) == nil)
        #expect(ChangeTest(kpi: "service_level_20s", current: (84, share), previous: (80, share)) != nil)
    }

    /// A target bound inside the value's interval: met, but within the margin of error.
    @Test(arguments: [
        (TargetComparator.atLeast, 80.0, 80.5, true), (.atLeast, 80, 86, false), (.atMost, 60, 59, true), (.atMost, 60, 40, false),
    ])
    func targetWithinMargin(comparator: TargetComparator, threshold: Double, value: Double, expected: Bool) {
        let target = Target(id: "t", profile: "all", kpi: "k", comparator: comparator, threshold: threshold, tolerance: 2, citation: Citation(reference: "r", quote: "q"))
        let interval = ValueInterval(low: value - 2, high: value + 2, size: 100, method: .wilson)
        #expect(target.lies(within: interval) == expected)
    }

    /// A change within the margin of error is no worsening; an unknown one still is.
    @Test(arguments: [(0.04, true), (0.06, false), (nil, true)] as [(Double?, Bool)])
    func worseningNeedsSignificance(pValue: Double?, expected: Bool) {
        let test = pValue.map { ChangeTest(method: .twoProportionZ, statistic: -2, pValue: $0) }
        let trend = Trend(previousPeriod: Period(year: 2026, quarter: 1), previous: 80, delta: -3, change: .worsened, test: test)
        #expect(trend.isWorsening == expected)
        #expect(trend.isWithinMargin == (pValue == 0.06))
    }
}
