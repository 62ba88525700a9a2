import Foundation

/// Positions of a value within published distributions (the brief's positioning rules).
///
/// Position = the share of the study's population the company does better than, on 0–100:
/// F(v) for a higher-is-better KPI, 1 − F(v) for a lower-is-better one. Between two known points of F
/// the position is only bounded by them; the domain ends count as points (F = 0 at the KPI's minimum,
/// F = 1 at its maximum). The estimate interpolates F between the neighbouring points on the KPI's
/// scale (linear, or on log(1 + v) for durations).
public enum Positioning {
    /// Bounds and estimate of F(value), each 0–1.
    public struct CumulativeShare: Sendable, Hashable {
        public var estimate: Double
        public var low: Double
        public var high: Double
    }

    /// F(value) from known points of a cumulative distribution, with the domain ends as extra points.
    ///
    /// At a known point the interval is that point. Points must be increasing in value (the reference
    /// data checks guarantee it).
    public static func cumulativeShare(
        of value: Double, points: [CDFPoint], minimum: Double, maximum: Double, scale: InterpolationScale
    ) -> CumulativeShare {
        var knots: [CDFPoint] = []
        if points.first.map({ $0.value > minimum }) ?? true { knots.append(CDFPoint(value: minimum, share: 0)) }
        knots.append(contentsOf: points)
        if points.last.map({ $0.value < maximum }) ?? true { knots.append(CDFPoint(value: maximum, share: 1)) }

        if let exact = knots.first(where: { $0.value == value }) {
            return CumulativeShare(estimate: exact.share, low: exact.share, high: exact.share)
        }
        guard let upperIndex = knots.firstIndex(where: { $0.value > value }) else {
            let share = knots.last?.share ?? 1
            return CumulativeShare(estimate: share, low: share, high: share)
        }
        guard upperIndex > 0 else {
            let share = knots[0].share
            return CumulativeShare(estimate: share, low: share, high: share)
        }
        let lower = knots[upperIndex - 1]
        let upper = knots[upperIndex]
        let fraction = interpolationFraction(value, from: lower.value, to: upper.value, scale: scale)
        let estimate = lower.share + fraction * (upper.share - lower.share)
        return CumulativeShare(estimate: estimate, low: lower.share, high: upper.share)
    }

    /// Where `value` lies between `a` and `b` (0 at a, 1 at b) on the given scale.
    static func interpolationFraction(_ value: Double, from a: Double, to b: Double, scale: InterpolationScale) -> Double {
        let transform: (Double) -> Double
        switch scale {
        case .linear: transform = { $0 }
        // log(1 + v) keeps 0 finite; only used for non-negative durations.
        case .logarithmic: transform = { log1p(max(0, $0)) }
        }
        let span = transform(b) - transform(a)
        guard span > 0 else { return 0 }
        return min(1, max(0, (transform(value) - transform(a)) / span))
    }

    /// The company's position (0–100) within `distribution`, or nil when the distribution gives no
    /// position (a mean alone) or the KPI has no better direction (a target band, a neutral volume).
    public static func position(of value: Double, in distribution: ReferenceDistribution, kpi: KPIDefinition) -> PositionEstimate? {
        guard kpi.direction.ranks else { return nil }
        if !distribution.points.isEmpty {
            let share = cumulativeShare(
                of: value, points: distribution.points, minimum: kpi.minimum, maximum: kpi.maximum, scale: kpi.scale)
            switch kpi.direction {
            case .higherIsBetter:
                return PositionEstimate(estimate: 100 * share.estimate, low: 100 * share.low, high: 100 * share.high)
            case .lowerIsBetter, .targetBand, .neutral:
                return PositionEstimate(
                    estimate: 100 * (1 - share.estimate), low: 100 * (1 - share.high), high: 100 * (1 - share.low))
            }
        }
        if !distribution.sample.isEmpty {
            let rank = percentileRank(of: value, among: distribution.sample, direction: kpi.direction)
            return PositionEstimate(estimate: rank, low: rank, high: rank)
        }
        return nil
    }

    /// Percentile rank (0–100) of `value` among `values`, counting ties as half:
    /// 100 × (worse + ½ · equal) / n.
    public static func percentileRank(of value: Double, among values: [Double], direction: KPIDirection) -> Double {
        let below = values.filter { $0 < value }.count
        let equal = values.filter { $0 == value }.count
        return percentileRank(below: below, equal: equal, above: values.count - below - equal, direction: direction)
    }

    /// The same from the number of values below, at and above the company's: 100 × (worse + ½ · equal)
    /// / (below + equal + above), where worse is `below` for a higher-is-better KPI and `above` for a
    /// lower-is-better one. 50 when there is nothing to compare with.
    public static func percentileRank(below: Int, equal: Int, above: Int, direction: KPIDirection) -> Double {
        let count = below + equal + above
        guard count > 0 else { return 50 }
        let worse = direction == .lowerIsBetter ? above : below
        return 100 * (Double(worse) + 0.5 * Double(equal)) / Double(count)
    }

    /// Whether `a` is strictly better than `b` for a KPI of the given direction.
    public static func isBetter(_ a: Double, than b: Double, direction: KPIDirection) -> Bool {
        switch direction {
        case .higherIsBetter: return a > b
        case .lowerIsBetter: return a < b
        case .targetBand, .neutral: return false
        }
    }
}

