import Testing
@testable import ServiceBenchCore

/// The quarters of a KPI on one chart and its change year over year, from the input's periods.
@Suite struct TrendSeriesTests {
    static func measurement(_ period: Period, _ value: Double, kpi: String = "answer_rate") -> Measurement {
        Measurement(company: "X", period: period, kpi: kpi, value: value)
    }

    static let quarters: [(Period, Double)] = [
        (Period(year: 2025, quarter: 1), 80), (Period(year: 2025, quarter: 2), 82), (Period(year: 2025, quarter: 3), 85),
        (Period(year: 2025, quarter: 4), 84), (Period(year: 2026, quarter: 1), 81), (Period(year: 2026, month: 3), 70),
    ]

    @Test func theSeriesHoldsEveryPeriodOfTheSameGranularityUpToTheReportedOne() {
        let index = MeasurementIndex(Self.quarters.map { Self.measurement($0.0, $0.1) })
        let series = index.series(of: "answer_rate", for: "X", through: Period(year: 2025, quarter: 4))
        #expect(series.map(\.value) == [80, 82, 85, 84])
        #expect(index.series(of: "answer_rate", for: "Y", through: Period(year: 2025, quarter: 4)).isEmpty)
    }

    @Test(arguments: [
        (Period(year: 2026, quarter: 1), Optional(80.0)), (Period(year: 2025, quarter: 4), nil), (Period(year: 2026, month: 3), nil),
        (Period(year: 2026), nil),
    ])
    func theSamePeriodOfTheYearBefore(period: Period, expected: Double?) {
        let index = MeasurementIndex(Self.quarters.map { Self.measurement($0.0, $0.1) })
        #expect(index.samePeriodLastYear(of: "answer_rate", for: "X", before: period)?.value == expected)
    }

    /// 2026-Q1 at 81 against 80 a year before is better for a higher-is-better KPI, though worse than
    /// 2025-Q4 (84); three periods or more make a series, two do not.
    @Test func theTrendCarriesTheSeriesAndTheYearOverYearChange() {
        let history = Self.quarters.prefix(5).map { Self.measurement($0.0, $0.1) }
        let trend = Trend(
            value: 81, previous: history[3], history: Array(history), lastYear: history[0], direction: .higherIsBetter)
        #expect(trend.change == .worsened)
        #expect(trend.series.map(\.value) == [80, 82, 85, 84, 81])
        #expect(trend.yearOverYear == Trend.YearOverYear(period: Period(year: 2025, quarter: 1), value: 80, delta: 1, change: .improved))
        let short = Trend(value: 81, previous: history[3], history: Array(history.suffix(2)), lastYear: nil, direction: .lowerIsBetter)
        #expect(short.series.isEmpty)
        #expect(short.yearOverYear == nil)
        #expect(short.change == .improved)
    }
}
