import Foundation

/// A two-parameter shape fitted on the statistics one study publishes about one population.
///
/// The population's values v are assumed normal on a transformed axis t(v), with location μ and scale σ:
/// - log-normal: t(v) = ln(v − min), for durations and other positive, right-skewed KPIs;
/// - logit-normal: t(v) = ln(u / (1 − u)) with u = (v − min) / (max − min), for shares on a bounded scale;
///
/// so that F(v) = Φ((t(v) − μ) / σ). μ and σ are those that make the model reproduce the published
/// statistics, each compared in shares of the population (F units):
/// - a quantile (v, p): Φ((t(v) − μ) / σ) − p;
/// - a share s between a and b: F(b) − F(a) − s;
/// - a mean m: 0.4 · (t(model mean) − t(m)), the gap between the model's and the published mean on the
///   transformed axis, weighed as a share through φ(0) ≈ 0.4 (log-normal mean = min + e^(μ + σ²/2);
///   logit-normal mean = min + (max − min) · E[expit(μ + σZ)]). A gap of shares, F(m) − F(model mean),
///   would vanish for a logit-normal split into two spikes at the domain's ends;
/// - a range min–max of n members: the two order statistics as quantiles at Blom's plotting positions
///   (i − 0.375) / (n + 0.25), i = 1 and n.
///
/// With two statistics the model reproduces them exactly; with more, the sum of squared residuals is
/// minimised (Nelder–Mead on μ and ln σ). A fit whose largest residual exceeds `tolerance` does not
/// describe the published facts (a mean below the median for a log-normal) and is refused.
struct DistributionFit: Sendable, Hashable {
    let family: FittedModel.Family
    /// The KPI's domain, in its unit.
    let minimum: Double
    let maximum: Double

    struct Parameters: Sendable, Hashable {
        /// μ, on the transformed axis.
        var location: Double
        /// σ > 0, on the transformed axis.
        var scale: Double
    }

    /// The weight of a mean's residual on the transformed axis, φ(0) = 1/√(2π) ≈ 0.4: a share per unit of t
    /// near the centre of a unit normal.
    static let meanWeight = 1 / (2 * Double.pi).squareRoot()

    /// Largest residual, in shares of the population (0–1), of an accepted fit: 2.5 points.
    static let tolerance = 0.025

    /// t(v); −∞ at or below the domain's minimum, +∞ at or above a logit-normal's maximum.
    func transform(_ value: Double) -> Double {
        switch family {
        case .logNormal:
            return value > minimum ? log(value - minimum) : -.infinity
        case .logitNormal:
            let u = (value - minimum) / (maximum - minimum)
            if u <= 0 { return -.infinity }
            if u >= 1 { return .infinity }
            return log(u / (1 - u))
        }
    }

    /// z = (t(v) − μ) / σ, the standardised position of v in the model.
    func standardized(_ value: Double, _ parameters: Parameters) -> Double {
        (transform(value) - parameters.location) / parameters.scale
    }

    /// F(v) in the model, 0–1.
    func cdf(_ value: Double, _ parameters: Parameters) -> Double {
        StandardNormal.cdf(standardized(value, parameters))
    }

    /// The model's mean, in the KPI's unit.
    func mean(_ parameters: Parameters) -> Double {
        let (mu, sigma) = (parameters.location, parameters.scale)
        switch family {
        case .logNormal:
            return minimum + exp(mu + sigma * sigma / 2)
        case .logitNormal:
            return minimum + (maximum - minimum) * StandardNormal.expectation { 1 / (1 + exp(-(mu + sigma * $0))) }
        }
    }

    /// The statistics this family can use: a quantile or mean at a finite point of the axis, a quantile
    /// strictly inside (0, 1), a share with its ends in order, a range with its n.
    func usable(_ statistics: [PublishedStatistic]) -> [PublishedStatistic] {
        statistics.filter { statistic in
            switch statistic {
            case .quantile(let value, let share): return share > 0 && share < 1 && transform(value).isFinite
            case .mean(let value): return transform(value).isFinite
            case .shareBetween(let lower, let upper, let share): return lower < upper && share > 0 && share < 1
            case .range(let low, let high, let count): return count >= 2 && low < high && transform(low).isFinite && transform(high).isFinite
            }
        }
    }

    /// Blom's plotting position of the i-th of n order statistics: (i − 0.375) / (n + 0.25).
    static func plottingPosition(_ i: Int, of n: Int) -> Double {
        (Double(i) - 0.375) / (Double(n) + 0.25)
    }

    /// The residuals of `parameters` against `statistics`, in shares of the population.
    func residuals(_ statistics: [PublishedStatistic], _ parameters: Parameters) -> [Double] {
        var residuals: [Double] = []
        for statistic in statistics {
            switch statistic {
            case .quantile(let value, let share):
                residuals.append(cdf(value, parameters) - share)
            case .mean(let value):
                residuals.append(Self.meanWeight * (transform(mean(parameters)) - transform(value)))
            case .shareBetween(let lower, let upper, let share):
                residuals.append(cdf(upper, parameters) - cdf(lower, parameters) - share)
            case .range(let low, let high, let count):
                residuals.append(cdf(low, parameters) - Self.plottingPosition(1, of: count))
                residuals.append(cdf(high, parameters) - Self.plottingPosition(count, of: count))
            }
        }
        return residuals
    }

    /// The fitted parameters, or nil when fewer than two usable statistics are given or no shape of the
    /// family reproduces them within `tolerance`.
    func fit(_ statistics: [PublishedStatistic], from start: Parameters? = nil) -> Parameters? {
        let statistics = usable(statistics)
        let count = statistics.reduce(0) { count, statistic in
            if case .range = statistic { return count + 2 }
            return count + 1
        }
        guard count >= 2 else { return nil }
        let initial = start ?? startingPoint(statistics)
        let objective: (Double, Double) -> Double = { location, logScale in
            let parameters = Parameters(location: location, scale: exp(logScale))
            return self.residuals(statistics, parameters).reduce(0) { $0 + $1 * $1 }
        }
        var best = NelderMead.minimize(objective, from: (initial.location, log(initial.scale)), step: (0.5, 0.5))
        // A restart from the optimum with a small simplex polishes a long, narrow valley.
        best = NelderMead.minimize(objective, from: best, step: (0.05, 0.05))
        let parameters = Parameters(location: best.0, scale: exp(best.1))
        guard parameters.location.isFinite, parameters.scale.isFinite, parameters.scale > 1e-4, parameters.scale < 50 else { return nil }
        let largest = residuals(statistics, parameters).map(abs).max() ?? .infinity
        guard largest <= Self.tolerance else { return nil }
        return parameters
    }

    /// A start near the answer: the line through the quantiles (t = μ + σ z), or for a log-normal from
    /// a quantile and the mean, σ = z + √(z² + 2 (ln(m − min) − t(q))), μ = t(q) − σ z.
    private func startingPoint(_ statistics: [PublishedStatistic]) -> Parameters {
        var pairs: [(z: Double, t: Double)] = []
        var meanValue: Double?
        for statistic in statistics {
            switch statistic {
            case .quantile(let value, let share): pairs.append((StandardNormal.quantile(share), transform(value)))
            case .range(let low, let high, let count):
                pairs.append((StandardNormal.quantile(Self.plottingPosition(1, of: count)), transform(low)))
                pairs.append((StandardNormal.quantile(Self.plottingPosition(count, of: count)), transform(high)))
            case .mean(let value): meanValue = value
            case .shareBetween: break
            }
        }
        if pairs.count >= 2 {
            let meanZ = pairs.map(\.z).reduce(0, +) / Double(pairs.count)
            let meanT = pairs.map(\.t).reduce(0, +) / Double(pairs.count)
            let sxx = pairs.reduce(0) { $0 + ($1.z - meanZ) * ($1.z - meanZ) }
            let sxy = pairs.reduce(0) { $0 + ($1.z - meanZ) * ($1.t - meanT) }
            let slope = sxx > 0 ? sxy / sxx : 1
            if slope > 0 { return Parameters(location: meanT - slope * meanZ, scale: slope) }
        }
        if let pair = pairs.first, let meanValue {
            if family == .logitNormal {
                // Centre on the mean, the scale from the quantile: σ = (t(q) − t(m)) / z.
                let location = transform(meanValue)
                let scale = pair.z != 0 ? (pair.t - location) / pair.z : 0
                if scale > 0 { return Parameters(location: location, scale: scale) }
            }
            if family == .logNormal {
                let gap = log(meanValue - minimum) - pair.t
                let discriminant = pair.z * pair.z + 2 * gap
                if discriminant > 0 {
                    let sigma = pair.z + discriminant.squareRoot()
                    if sigma > 0 { return Parameters(location: pair.t - sigma * pair.z, scale: sigma) }
                }
            }
            return Parameters(location: pair.t, scale: 1)
        }
        if let pair = pairs.first { return Parameters(location: pair.t, scale: 1) }
        if let meanValue { return Parameters(location: transform(meanValue), scale: 1) }
        return Parameters(location: 0, scale: 1)
    }
}
