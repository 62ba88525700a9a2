import Testing
@testable import ServiceBenchCore

/// The priorities never count a change within the margin of error as worsening.
@Suite struct PriorityMarginTests {
    /// CSAT from 84 % to 80 %: of 12 answers each it is noise (z = −0.26), of 2,000 each it is not (z = −3.29);
    /// without the samples it cannot be told and counts as before.
    @Test(arguments: [(12, false), (2000, true), (nil, true)] as [(Int?, Bool)])
    func worsenedCountsOnlyBeyondTheMargin(answers: Int?, expected: Bool) {
        let test = answers.map { ChangeTest.twoProportion(previous: (0.84, $0), current: (0.80, $0)) }
        let result = KPIComparison(
            kpi: PriorityRankerTests.kpi("csat"), value: 80, target: nil, references: [], peers: nil,
            trend: Trend(previousPeriod: Period(year: 2025, quarter: 4), previous: 84, delta: -4, change: .worsened, test: test))
        let priorities = PriorityRanker.priorities(for: PriorityRankerTests.comparison([result]), headline: [])
        #expect(priorities.contains { $0.reasons.contains(.worsened) } == expected)
    }
}
