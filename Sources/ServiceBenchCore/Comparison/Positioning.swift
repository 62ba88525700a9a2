import Foundation

/// Positions of a value within published distributions (the brief's positioning rules).
///
/// Position = the share of the study's population the company does better than, on 0–100:
/// F(v) for a higher-is-better KPI, 1 − F(v) for a lower-is-better one.
///
/// - Bounds: the tightest that the published facts imply without assuming a shape. The known points of F
///   (published points, shares chained from them, a range's ends, else the domain's ends: F = 0 at the
///   KPI's minimum, 1 at its maximum) bracket v: F(v) ∈ [F(a), F(b)] for the neighbouring points a ≤ v ≤ b.
/// - Estimate, only where the facts identify one:
///   - at a published point, that point's F (`published-point`);
///   - every member's value published: 100 × (worse + ½ · equal) / n (`exact-rank`); below a published
///     range's minimum or above its maximum, 0 or 1;
///   - between two published points, F(a) + (F(b) − F(a)) · (s(v) − s(a)) / (s(b) − s(a)) with s the
///     KPI's scale, s(v) = v or ln(1 + v) (`between-points`);
///   - between a published point and a domain end, the fitted shape where at least two statistics of the
///     population are published (`fitted`, `DistributionFit`), kept within the bounds; else none: the
///     domain's end is no data and is never interpolated toward.
package enum Positioning {
    /// Bounds of F(value), 0–1, and its estimate where the facts identify one.
    package struct CumulativeShare: Sendable, Hashable {
        package var estimate: Double?
        package var low: Double
        package var high: Double
        package var basis: EstimateBasis?
        /// The fitted model, for a fitted estimate; its `low` and `high` are here shares of F (0–1).
        package var model: FittedModel?
    }

    /// F(value) from everything one distribution publishes (see the type's rules).
    static func cumulativeShare(of value: Double, in facts: DistributionFacts) -> CumulativeShare {
        let knots = facts.knots
        func exact(_ share: Double, _ basis: EstimateBasis) -> CumulativeShare {
            CumulativeShare(estimate: share, low: share, high: share, basis: basis)
        }
        if let knot = knots.first(where: { $0.value == value }) {
            return exact(knot.share, knot.published ? .publishedPoint : .exactRank)
        }
        // Outside the known points (below a range's minimum, above its maximum): F is 0 or 1.
        guard let upperIndex = knots.firstIndex(where: { $0.value > value }) else { return exact(knots.last?.share ?? 1, .exactRank) }
        guard upperIndex > 0 else { return exact(knots[0].share, .exactRank) }
        let lower = knots[upperIndex - 1], upper = knots[upperIndex]
        if lower.share == upper.share { return exact(lower.share, .betweenPoints) }
        if lower.published && upper.published {
            let fraction = interpolationFraction(value, from: lower.value, to: upper.value, scale: facts.kpi.scale)
            return CumulativeShare(
                estimate: lower.share + fraction * (upper.share - lower.share), low: lower.share, high: upper.share, basis: .betweenPoints)
        }
        guard let fit = facts.fit, let nominal = facts.nominal else {
            return CumulativeShare(estimate: nil, low: lower.share, high: upper.share, basis: nil)
        }
        let clamp = { (share: Double) in min(upper.share, max(lower.share, share)) }
        // The model's interval: z = (t(v) − μ) / σ over the nominal fit and its rounding corners, widened by
        // 1.96 standard errors of z where n is known, se(z) ≈ √((1 + z²/2) / n) (the normal-theory error of
        // a location and scale estimated from n members).
        let zs = ([nominal] + facts.corners).map { fit.standardized(value, $0) }
        var zLow = zs.min() ?? 0, zHigh = zs.max() ?? 0
        if let n = facts.sampleSize, n > 0 {
            func error(_ z: Double) -> Double { z.isFinite ? 1.96 * ((1 + z * z / 2) / Double(n)).squareRoot() : 0 }
            zLow -= error(zLow)
            zHigh += error(zHigh)
        }
        let estimate = clamp(fit.cdf(value, nominal))
        return CumulativeShare(
            estimate: estimate, low: lower.share, high: upper.share, basis: .fitted,
            model: FittedModel(
                family: fit.family, fittedFrom: facts.statistics, location: nominal.location, scale: nominal.scale,
                low: clamp(StandardNormal.cdf(zLow)), high: clamp(StandardNormal.cdf(zHigh))))
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
    /// `sampleSize` (the members' number) gives a fitted estimate its sampling error.
    package static func position(
        of value: Double, in distribution: ReferenceDistribution, kpi: KPIDefinition, sampleSize: Int? = nil
    ) -> PositionEstimate? {
        position(of: value, in: DistributionFacts(distribution: distribution, kpi: kpi, sampleSize: sampleSize ?? distribution.sampleSize))
    }

    /// The same from the distribution's precomputed facts.
    package static func position(of value: Double, in facts: DistributionFacts) -> PositionEstimate? {
        let kpi = facts.kpi
        guard kpi.direction.ranks else { return nil }
        if !facts.sample.isEmpty {
            let rank = percentileRank(of: value, among: facts.sample, direction: kpi.direction)
            return PositionEstimate(estimate: rank, low: rank, high: rank, basis: .exactRank)
        }
        // Something beyond the domain's ends must be known: a published point, a range, or a fitted shape.
        let bounded = facts.knots.contains(where: \.published) || facts.knots.first.map { $0.value > kpi.minimum } == true
            || facts.knots.last.map { $0.value < kpi.maximum } == true
        guard bounded || facts.fit != nil else { return nil }
        let share = cumulativeShare(of: value, in: facts)
        // Higher is better: 100 F; lower is better: 100 (1 − F), the bounds swapped.
        let higher = kpi.direction == .higherIsBetter
        func percent(_ f: Double) -> Double { 100 * (higher ? f : 1 - f) }
        let model = share.model.map { model in
            FittedModel(
                family: model.family, fittedFrom: model.fittedFrom, location: model.location, scale: model.scale,
                low: higher ? percent(model.low) : percent(model.high), high: higher ? percent(model.high) : percent(model.low))
        }
        return PositionEstimate(
            estimate: share.estimate.map(percent), low: higher ? percent(share.low) : percent(share.high),
            high: higher ? percent(share.high) : percent(share.low), basis: share.basis, model: model)
    }

    /// Percentile rank (0–100) of `value` among `values`, counting ties as half:
    /// 100 × (worse + ½ · equal) / n.
    package static func percentileRank(of value: Double, among values: [Double], direction: KPIDirection) -> Double {
        let below = values.filter { $0 < value }.count
        let equal = values.filter { $0 == value }.count
        return percentileRank(below: below, equal: equal, above: values.count - below - equal, direction: direction)
    }

    /// The same from the number of values below, at and above the company's: 100 × (worse + ½ · equal)
    /// / (below + equal + above), where worse is `below` for a higher-is-better KPI and `above` for a
    /// lower-is-better one. 50 when there is nothing to compare with.
    package static func percentileRank(below: Int, equal: Int, above: Int, direction: KPIDirection) -> Double {
        let count = below + equal + above
        guard count > 0 else { return 50 }
        let worse = direction == .lowerIsBetter ? above : below
        return 100 * (Double(worse) + 0.5 * Double(equal)) / Double(count)
    }

    /// Whether `a` is strictly better than `b` for a KPI of the given direction.
    package static func isBetter(_ a: Double, than b: Double, direction: KPIDirection) -> Bool {
        switch direction {
        case .higherIsBetter: return a > b
        case .lowerIsBetter: return a < b
        case .targetBand, .neutral: return false
        }
    }
}

