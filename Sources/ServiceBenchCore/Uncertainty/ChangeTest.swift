import Foundation

/// Whether a change since the previous period is beyond the noise of the two samples: a two-sided test
/// at the 5 % level, by the statistic the KPI is (`SampleStatistic`).
public struct ChangeTest: Sendable, Hashable {
    public enum Method: String, Sendable, Hashable {
        /// Shares: z = (p₂ − p₁) / √(p̄(1 − p̄)(1/n₁ + 1/n₂)), p̄ = (x₁ + x₂) / (n₁ + n₂) the pooled share.
        case twoProportionZ = "two-proportion-z"
        /// NPS: z = (d₂ − d₁) / √(Var₁ + Var₂), each Var the multinomial one (`ValueInterval.netScoreVariance`).
        case netScoreZ = "nps-difference-z"
        /// Means: Welch's t = (x̄₂ − x̄₁) / √(s₁²/n₁ + s₂²/n₂) with the Welch–Satterthwaite degrees of freedom.
        case welchT = "welch-t"
    }

    public var method: Method
    /// z or t, signed as the change (current − previous); ±∞ when both samples have no spread and differ.
    public var statistic: Double
    /// Welch's degrees of freedom; nil for the z-tests.
    public var degreesOfFreedom: Double?
    /// The two-sided p-value, 0–1.
    public var pValue: Double

    /// The test's level: a change is significant when p < 0.05 (|z| > 1.96 for the z-tests).
    public static let level = 0.05

    public var significant: Bool { pValue < Self.level }

    public init(method: Method, statistic: Double, degreesOfFreedom: Double? = nil, pValue: Double) {
        self.method = method
        self.statistic = statistic
        self.degreesOfFreedom = degreesOfFreedom
        self.pValue = pValue
    }

    /// The test of the change of `kpi` from `previous` to `current` (values with their samples); nil
    /// when the KPI is no statistic of counted events or either sample lacks what the test needs.
    public init?(kpi: String, current: (value: Double, sample: MeasurementSample?), previous: (value: Double, sample: MeasurementSample?)) {
        guard let statistic = SampleStatistic.of(kpi), let now = current.sample, let before = previous.sample,
            now.size >= 1, before.size >= 1
        else { return nil }
        switch (statistic, now.spread, before.spread) {
        case (.share, _, _):
            self = Self.twoProportion(previous: (previous.value / 100, before.size), current: (current.value / 100, now.size))
        case (.netScore, .netScore(let promotersNow, let detractorsNow), .netScore(let promotersBefore, let detractorsBefore)):
            self = Self.netScore(
                previous: (promotersBefore, detractorsBefore, before.size), current: (promotersNow, detractorsNow, now.size))
        case (.mean, .standardDeviation(let deviationNow), .standardDeviation(let deviationBefore)):
            guard let test = Self.welch(previous: (previous.value, deviationBefore, before.size), current: (current.value, deviationNow, now.size)) else {
                return nil
            }
            self = test
        default:
            return nil
        }
    }

    /// The two-proportion z-test of shares (0–1) of n events each.
    public static func twoProportion(previous: (share: Double, size: Int), current: (share: Double, size: Int)) -> ChangeTest {
        let n1 = Double(previous.size), n2 = Double(current.size)
        let pooled = (previous.share * n1 + current.share * n2) / (n1 + n2)
        let standardError = (pooled * (1 - pooled) * (1 / n1 + 1 / n2)).squareRoot()
        return zTest(.twoProportionZ, difference: current.share - previous.share, standardError: standardError)
    }

    /// The z-test of two NPS, each from its shares of promoters and detractors (0–1) over n answers.
    public static func netScore(
        previous: (promoters: Double, detractors: Double, size: Int), current: (promoters: Double, detractors: Double, size: Int)
    ) -> ChangeTest {
        let variance = ValueInterval.netScoreVariance(promoters: previous.promoters, detractors: previous.detractors, size: previous.size)
            + ValueInterval.netScoreVariance(promoters: current.promoters, detractors: current.detractors, size: current.size)
        let difference = (current.promoters - current.detractors) - (previous.promoters - previous.detractors)
        return zTest(.netScoreZ, difference: difference, standardError: variance.squareRoot())
    }

    /// Welch's t-test of two means with their sample standard deviations; nil when a sample has fewer
    /// than two values. ν = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)).
    public static func welch(
        previous: (mean: Double, standardDeviation: Double, size: Int), current: (mean: Double, standardDeviation: Double, size: Int)
    ) -> ChangeTest? {
        guard previous.size >= 2, current.size >= 2 else { return nil }
        let v1 = previous.standardDeviation * previous.standardDeviation / Double(previous.size)
        let v2 = current.standardDeviation * current.standardDeviation / Double(current.size)
        let difference = current.mean - previous.mean
        let variance = v1 + v2
        guard variance > 0 else { return degenerate(.welchT, difference: difference) }
        let nu = variance * variance / (v1 * v1 / Double(previous.size - 1) + v2 * v2 / Double(current.size - 1))
        let t = difference / variance.squareRoot()
        // ν ≥ min(n₁, n₂) − 1 ≥ 1, so the tail is defined.
        let p = StudentT.twoSidedTail(t, degreesOfFreedom: max(1, nu)) ?? 1
        return ChangeTest(method: .welchT, statistic: t, degreesOfFreedom: nu, pValue: p)
    }

    /// z = difference / standard error, p = erfc(|z| / √2).
    static func zTest(_ method: Method, difference: Double, standardError: Double) -> ChangeTest {
        guard standardError > 0 else { return degenerate(method, difference: difference) }
        let z = difference / standardError
        return ChangeTest(method: method, statistic: z, pValue: erfc(abs(z) / 2.0.squareRoot()))
    }

    /// Both samples without spread (all answers alike): any difference is certain, none is none.
    static func degenerate(_ method: Method, difference: Double) -> ChangeTest {
        difference == 0
            ? ChangeTest(method: method, statistic: 0, pValue: 1)
            : ChangeTest(method: method, statistic: difference > 0 ? .infinity : -.infinity, pValue: 0)
    }
}
