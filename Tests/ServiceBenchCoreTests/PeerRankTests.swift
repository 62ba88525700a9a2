import Testing
import ServiceBenchCore

/// Percentile rank in the peer panel: 100 × (worse + ½ · equal) / (n − 1), the company left out.
@Suite struct PeerRankTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var value: Double
        var others: [Double]
        var direction: KPIDirection
        var rank: Int
        var percentile: Double
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "best of 5, higher is better", value: 95, others: [80, 85, 90, 92], direction: .higherIsBetter, rank: 1, percentile: 100),
        Case(name: "worst of 5, higher is better", value: 70, others: [80, 85, 90, 92], direction: .higherIsBetter, rank: 5, percentile: 0),
        Case(name: "ties count as half", value: 20, others: [10, 20, 20, 30], direction: .higherIsBetter, rank: 2, percentile: 50),
        Case(name: "lower is better, best", value: 12, others: [20, 30, 45, 60, 90], direction: .lowerIsBetter, rank: 1, percentile: 100),
        Case(name: "lower is better, 3rd of 6", value: 30, others: [20, 25, 45, 60, 90], direction: .lowerIsBetter, rank: 3, percentile: 60),
        Case(name: "everyone tied", value: 50, others: [50, 50, 50], direction: .lowerIsBetter, rank: 1, percentile: 50),
        Case(name: "one peer", value: 40, others: [50], direction: .higherIsBetter, rank: 2, percentile: 0),
    ]

    @Test(arguments: cases)
    func percentileRankCountsTiesAsHalf(_ example: Case) {
        let rank = ComparisonEngine.peerRank(of: example.value, among: example.others, direction: example.direction)
        #expect(rank.rank == example.rank)
        #expect(rank.count == example.others.count + 1)
        #expect(abs(rank.percentile - example.percentile) < 1e-9)
    }

    @Test(arguments: [(1, true), (3, true), (4, false), (11, false)])
    /// n counts the company: 4 others make a panel of 5, which is not small.
    func panelsOfFewerThanFiveAreFlagged(others: Int, small: Bool) {
        let rank = ComparisonEngine.peerRank(of: 1, among: Array(repeating: 2, count: others), direction: .higherIsBetter)
        #expect(rank.isSmallPanel == small)
    }
}
