import Foundation

/// The 95 % margin of error of a company's own value, from its sample (`MeasurementSample`): the
/// range the value of the process behind it lies in, given how many events it was counted on.
public struct ValueInterval: Sendable, Hashable {
    /// How the interval was computed.
    public enum Method: String, Sendable, Hashable {
        /// A share: Wilson's score interval.
        case wilson
        /// NPS: the normal interval with the multinomial variance of promoters, passives and detractors.
        case npsMultinomial = "nps-multinomial"
        /// A mean: Student's t interval with the sample standard deviation.
        case studentT = "student-t"
    }

    /// Bounds in the KPI's unit (percent 0–100 for a share, points for NPS).
    public var low: Double
    public var high: Double
    /// n, the events the value was counted on.
    public var size: Int
    public var method: Method

    public init(low: Double, high: Double, size: Int, method: Method) {
        self.low = low
        self.high = high
        self.size = size
        self.method = method
    }

    /// z = Φ⁻¹(0.975) ≈ 1.959964, the normal quantile of a two-sided 95 % interval.
    public static let z = StandardNormal.quantile(0.975)

    /// The interval of `value` of `kpi` from its sample; nil when the KPI is no statistic of counted
    /// events or when the sample does not give what its interval needs (NPS without its shares of
    /// promoters and detractors, a mean without its standard deviation): none is invented.
    public init?(value: Double, sample: MeasurementSample, kpi: KPIDefinition) {
        guard sample.size >= 1, let statistic = SampleStatistic.of(kpi.id) else { return nil }
        switch (statistic, sample.spread) {
        case (.share, _):
            self = Self.wilson(share: value / 100, size: sample.size)
        case (.netScore, .netScore(let promoters, let detractors)):
            self = Self.netScore(promoters: promoters, detractors: detractors, size: sample.size)
        case (.mean, .standardDeviation(let deviation)):
            guard let interval = Self.mean(value, standardDeviation: deviation, size: sample.size) else { return nil }
            self = interval
            low = max(low, kpi.minimum)
            high = min(high, kpi.maximum)
        default:
            return nil
        }
    }

    /// Wilson's score interval of a share p̂ (0–1) of n events, returned in percent:
    /// (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n). It stays inside 0–100 % and is not
    /// empty at p̂ = 0 or 1 (x = 0 of n = 12 gives 0–24.2 %).
    public static func wilson(share: Double, size n: Int) -> ValueInterval {
        let p = min(1, max(0, share)), count = Double(n), z2 = z * z
        let denominator = 1 + z2 / count
        let centre = (p + z2 / (2 * count)) / denominator
        let half = z * (p * (1 - p) / count + z2 / (4 * count * count)).squareRoot() / denominator
        return ValueInterval(low: 100 * max(0, centre - half), high: 100 * min(1, centre + half), size: n, method: .wilson)
    }

    /// NPS = 100 (p+ − p−) ± 100 z √Var, Var = (p+ + p− − (p+ − p−)²) / n the multinomial variance
    /// of one answer's score (+1, 0, −1) over n; points, clipped to −100…100.
    public static func netScore(promoters: Double, detractors: Double, size n: Int) -> ValueInterval {
        let score = promoters - detractors
        let half = z * netScoreVariance(promoters: promoters, detractors: detractors, size: n).squareRoot()
        return ValueInterval(low: max(-100, 100 * (score - half)), high: min(100, 100 * (score + half)), size: n, method: .npsMultinomial)
    }

    /// Var(NPS) on the −1…1 scale: (p+ + p− − (p+ − p−)²) / n.
    public static func netScoreVariance(promoters: Double, detractors: Double, size n: Int) -> Double {
        let score = promoters - detractors
        return max(0, promoters + detractors - score * score) / Double(n)
    }

    /// x̄ ± t₀.₉₇₅(n − 1) · s / √n, in the unit of x̄; nil for n < 2.
    public static func mean(_ mean: Double, standardDeviation s: Double, size n: Int) -> ValueInterval? {
        guard n >= 2, s.isFinite, s >= 0, let t = StudentT.critical(degreesOfFreedom: Double(n - 1)) else { return nil }
        let half = t * s / Double(n).squareRoot()
        return ValueInterval(low: mean - half, high: mean + half, size: n, method: .studentT)
    }

    /// Whether `value` lies inside the interval (bounds included).
    public func contains(_ value: Double) -> Bool { low <= value && value <= high }
}
