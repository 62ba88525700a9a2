import Testing
import ServiceBenchCore

@Suite struct TargetAndTrendTests {
    static let citation = Citation(reference: "test", quote: "test")

    static func target(_ comparator: TargetComparator, _ threshold: Double, upper: Double? = nil, tolerance: Double) -> Target {
        Target(id: "t", profile: "all", kpi: "k", comparator: comparator, threshold: threshold, upper: upper, tolerance: tolerance, citation: citation)
    }

    static let statusCases: [(Target, Double, TargetStatus)] = [
        // Answer rate ≥ 95 % for a technical hotline, near within 2 points.
        (target(.atLeast, 95, tolerance: 2), 96.0, TargetStatus.met),
        (target(.atLeast, 95, tolerance: 2), 95.0, .met),
        (target(.atLeast, 95, tolerance: 2), 93.5, .near),
        (target(.atLeast, 95, tolerance: 2), 92.9, .missed),
        // Waiting time ≤ 60 s, near within 10 s.
        (target(.atMost, 60, tolerance: 10), 45, .met),
        (target(.atMost, 60, tolerance: 10), 70, .near),
        (target(.atMost, 60, tolerance: 10), 71, .missed),
        // Occupancy in 75–85 %, near within 5 points.
        (target(.between, 75, upper: 85, tolerance: 5), 80, .met),
        (target(.between, 75, upper: 85, tolerance: 5), 88, .near),
        (target(.between, 75, upper: 85, tolerance: 5), 60, .missed),
    ]

    @Test(arguments: statusCases)
    func targetStatus(target: Target, value: Double, expected: TargetStatus) {
        #expect(target.status(of: value) == expected)
    }

    static let previous = Measurement(company: "A", period: Period(year: 2026, quarter: 1), kpi: "k", value: 50)

    static let trendCases: [(KPIDirection, Double, TrendChange)] = [
        (KPIDirection.higherIsBetter, 55.0, TrendChange.improved),
        (.higherIsBetter, 45, .worsened),
        (.lowerIsBetter, 45, .improved),
        (.lowerIsBetter, 55, .worsened),
        (.lowerIsBetter, 50, .unchanged),
        (.higherIsBetter, 50, .unchanged),
        (.targetBand, 55, .changed),
    ]

    @Test(arguments: trendCases)
    func trendIsJudgedByDirection(direction: KPIDirection, value: Double, expected: TrendChange) {
        let trend = Trend(value: value, previous: Self.previous, direction: direction)
        #expect(trend.change == expected)
        #expect(trend.delta == value - 50)
        #expect(trend.previousPeriod == Period(year: 2026, quarter: 1))
    }

    @Test(arguments: [(60.0, TrendChange.improved), (45, .worsened), (95, .worsened), (40, .worsened)])
    func bandTrendMovesTowardsTheBand(value: Double, expected: TrendChange) {
        // From 50 % occupancy (10 points under a 60–80 % band).
        let band = Self.target(.between, 60, upper: 80, tolerance: 5)
        #expect(Trend(value: value, previous: Self.previous, direction: .targetBand, band: band).change == expected)
    }
}
