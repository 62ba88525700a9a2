import Foundation

/// What one study's distribution of one KPI says about F, the share of its population at or below a
/// value: the known points for the distribution-free bounds, and the fitted shape with the fits of the
/// published figures' rounding corners. Computed once per distribution and shared by every company
/// placed in it (`Positioning.position(of:in:)` then costs a few evaluations of Φ).
package struct DistributionFacts: Sendable {
    /// A known value of F: a published point, a range's end, or a domain end.
    struct Knot: Sendable, Hashable {
        var value: Double
        var share: Double
        /// False for the domain's ends, which are no data, and for a range's ends (the extreme members:
        /// F is 0 below the smallest and 1 above the largest, but interpolating between them would assume
        /// the members spread evenly): never interpolated toward.
        var published: Bool
    }

    let kpi: KPIDefinition
    /// Increasing in value, from the lowest possible value (F = 0) to the highest (F = 1).
    let knots: [Knot]
    /// Every member's value, when the study publishes them all.
    let sample: [Double]
    /// The statistics a shape can be fitted on (`DistributionFit`).
    let statistics: [PublishedStatistic]
    /// The number of members the figures are about, for the sampling error of a fitted position.
    let sampleSize: Int?
    let fit: DistributionFit?
    let nominal: DistributionFit.Parameters?
    /// The fits with each published figure moved by ± half its last digit (every corner for up to three
    /// figures, one figure at a time beyond).
    let corners: [DistributionFit.Parameters]

    /// - Parameters:
    ///   - sampleSize: the number of members, nil when unknown (no sampling error then).
    package init(distribution: ReferenceDistribution, kpi: KPIDefinition, sampleSize: Int?) {
        self.kpi = kpi
        self.sample = distribution.sample
        self.sampleSize = sampleSize
        self.knots = Self.knots(distribution, kpi: kpi)

        var statistics: [PublishedStatistic] = distribution.points.map { .quantile(value: $0.value, share: $0.share) }
        if let mean = distribution.mean { statistics.append(.mean(mean)) }
        statistics += distribution.shares.map { .shareBetween(lower: $0.lower, upper: $0.upper, share: $0.share) }
        // A range is two order statistics of n members: used with n, beside at least one other statistic.
        if let range = distribution.range, let sampleSize, !statistics.isEmpty {
            statistics.append(.range(minimum: range.minimum, maximum: range.maximum, count: sampleSize))
        }
        let fit = distribution.sample.isEmpty ? kpi.modelFamily.map { DistributionFit(family: $0, minimum: kpi.minimum, maximum: kpi.maximum) } : nil
        let used = fit?.usable(statistics) ?? []
        self.statistics = used
        let nominal = fit?.fit(used)
        self.fit = nominal == nil ? nil : fit
        self.nominal = nominal
        if let fit, let nominal {
            self.corners = Self.roundingVariants(of: used).compactMap { fit.fit($0, from: nominal) }
        } else {
            self.corners = []
        }
    }

    /// The published points, the points that shares between two values chain into from a known point,
    /// and the range's or the domain's ends.
    static func knots(_ distribution: ReferenceDistribution, kpi: KPIDefinition) -> [Knot] {
        var published = distribution.points.map { Knot(value: $0.value, share: $0.share, published: true) }
        // "34 % between 3 and 4 min" gives F(4 min) when F(3 min) is known (or 3 min is the domain's
        // minimum), and so on along contiguous shares.
        var known: [Double: Double] = Dictionary(published.map { ($0.value, $0.share) }, uniquingKeysWith: { first, _ in first })
        if known[kpi.minimum] == nil { known[kpi.minimum] = 0 }
        var pending = distribution.shares.sorted { ($0.lower, $0.upper) < ($1.lower, $1.upper) }
        var progress = true
        while progress {
            progress = false
            for (index, share) in pending.enumerated() {
                guard let start = known[share.lower] else { continue }
                if known[share.upper] == nil {
                    let value = min(1, start + share.share)
                    known[share.upper] = value
                    published.append(Knot(value: share.upper, share: value, published: true))
                }
                pending.remove(at: index)
                progress = true
                break
            }
        }
        published.sort { $0.value < $1.value }
        var knots: [Knot] = []
        let lowest = distribution.range?.minimum ?? kpi.minimum
        let highest = distribution.range?.maximum ?? kpi.maximum
        if published.first.map({ $0.value > lowest }) ?? true {
            knots.append(Knot(value: lowest, share: 0, published: false))
        }
        knots.append(contentsOf: published)
        if published.last.map({ $0.value < highest }) ?? true {
            knots.append(Knot(value: highest, share: 1, published: false))
        }
        return knots
    }

    /// Half the last digit of a published figure: 35.2 → 0.05, 20 → 0.5.
    static func halfUnit(_ value: Double) -> Double {
        for digits in 0...6 {
            let scaled = abs(value) * pow(10, Double(digits))
            if abs(scaled - scaled.rounded()) < 1e-6 * max(1, scaled) { return 0.5 * pow(10, -Double(digits)) }
        }
        return 0.5e-6
    }

    /// Half the last digit of a published share (0–1), published as a percentage: 0.68 → 0.005. The
    /// median's and the quartiles' shares are exact by definition.
    static func halfUnitOfShare(_ share: Double) -> Double {
        [0.25, 0.5, 0.75].contains(share) ? 0 : halfUnit(share * 100) / 100
    }

    /// Which published number of a statistic is moved.
    enum Figure: Sendable {
        case value, share, minimum, maximum
    }

    /// The published numbers of a statistic that were rounded, with half their last digit: a quantile's
    /// value and share, a mean, a share between two values (its ends are the study's cut points), a
    /// range's ends.
    static func roundedFigures(of statistic: PublishedStatistic) -> [(figure: Figure, half: Double)] {
        switch statistic {
        case .quantile(let value, let share): return [(.value, halfUnit(value)), (.share, halfUnitOfShare(share))]
        case .mean(let value): return [(.value, halfUnit(value))]
        case .shareBetween(_, _, let share): return [(.share, halfUnitOfShare(share))]
        case .range(let minimum, let maximum, _): return [(.minimum, halfUnit(minimum)), (.maximum, halfUnit(maximum))]
        }
    }

    /// `statistic` with one of its figures moved by `delta`.
    static func moved(_ statistic: PublishedStatistic, _ figure: Figure, by delta: Double) -> PublishedStatistic {
        switch (statistic, figure) {
        case (.quantile(let value, let share), .value): return .quantile(value: value + delta, share: share)
        case (.quantile(let value, let share), .share): return .quantile(value: value, share: share + delta)
        case (.mean(let value), .value): return .mean(value + delta)
        case (.shareBetween(let lower, let upper, let share), .share): return .shareBetween(lower: lower, upper: upper, share: share + delta)
        case (.range(let minimum, let maximum, let count), .minimum): return .range(minimum: minimum + delta, maximum: maximum, count: count)
        case (.range(let minimum, let maximum, let count), .maximum): return .range(minimum: minimum, maximum: maximum + delta, count: count)
        default: return statistic
        }
    }

    /// The statistics with their figures moved by ± half their last digit: all 2^k corners for k ≤ 3
    /// figures, else each figure alone up and down (2k variants).
    static func roundingVariants(of statistics: [PublishedStatistic]) -> [[PublishedStatistic]] {
        var moves: [(index: Int, figure: Figure, half: Double)] = []
        for (index, statistic) in statistics.enumerated() {
            for rounded in roundedFigures(of: statistic) where rounded.half > 0 {
                moves.append((index, rounded.figure, rounded.half))
            }
        }
        var signSets: [[Double]] = []
        if moves.count <= 3 {
            for mask in 0..<(1 << moves.count) {
                signSets.append((0..<moves.count).map { mask & (1 << $0) == 0 ? -1 : 1 })
            }
        } else {
            for index in moves.indices {
                for sign in [-1.0, 1.0] {
                    signSets.append(moves.indices.map { $0 == index ? sign : 0 })
                }
            }
        }
        return signSets.map { signs in
            var moved = statistics
            for (move, sign) in zip(moves, signs) where sign != 0 {
                moved[move.index] = Self.moved(moved[move.index], move.figure, by: sign * move.half)
            }
            return moved
        }
    }
}
