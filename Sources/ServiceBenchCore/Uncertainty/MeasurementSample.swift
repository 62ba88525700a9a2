/// What a KPI's value was computed from, when the input knows it: the number of counted events the
/// value is a share or a mean of, and what its margin of error needs besides (`ValueInterval`).
///
/// n counts, per KPI (`SampleStatistic.of`): answers for CSAT, NPS, CES and QA scores; surveys sent
/// for the survey response rate (the share's denominator); calls offered for the answer rate, the
/// abandonment rate and the service level (or the service-level formula's denominator); answered
/// calls for ASA, AHT and the transfer rate; tickets for the email and FCR KPIs and the digital share.
public struct MeasurementSample: Sendable, Hashable {
    /// n, the number of counted events (≥ 1).
    public var size: Int
    /// What else is known of the sample.
    public var spread: Spread

    /// Besides n: the NPS's shares, or a mean's standard deviation.
    public enum Spread: Sendable, Hashable {
        /// Nothing else (a KPI table's `n`): enough for a share, not for NPS or a mean.
        case none
        /// NPS: the shares of promoters (p+) and detractors (p−), each on 0–1.
        case netScore(promoters: Double, detractors: Double)
        /// A mean: the sample standard deviation s = √(Σ (x − x̄)² / (n − 1)), in the KPI's unit.
        case standardDeviation(Double)
    }

    public init(size: Int, spread: Spread = .none) {
        self.size = size
        self.spread = spread
    }

    /// The sample standard deviation from exact integer sums, √((n·Σx² − (Σx)²) / (n · (n − 1))), in
    /// the unit of x; nil for fewer than two values. The numerator is computed exactly in `Int128`
    /// when it fits (no cancellation), else in `Double`.
    public static func standardDeviation(count: Int, sum: Int128, sumOfSquares: Int128) -> Double? {
        guard count >= 2 else { return nil }
        let n = Int128(count)
        let (scaled, overflowA) = n.multipliedReportingOverflow(by: sumOfSquares)
        let (square, overflowB) = sum.multipliedReportingOverflow(by: sum)
        let numerator: Double
        if !overflowA && !overflowB {
            numerator = Double(scaled - square)
        } else {
            let mean = Double(sum) / Double(count)
            numerator = Double(count) * (Double(sumOfSquares) - mean * Double(sum))
        }
        return (max(0, numerator) / (Double(count) * Double(count - 1))).squareRoot()
    }
}
