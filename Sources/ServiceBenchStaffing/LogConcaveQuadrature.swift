import Foundation
import ServiceBenchCore

/// Integrates `weight(x) · exp(ψ(x))` over [0, ∞) (or [0, upper]) when ψ is concave, in log space:
/// the result is returned as its natural logarithm, so integrands whose peak is e^(10⁹) or e^(−10⁹)
/// neither overflow nor underflow.
///
/// Method: the peak `mode` and a length `scale` are given by the caller; the window is widened from
/// the mode by doubling until the log-density has dropped by `logDrop` (46, so the tails left out
/// weigh less than e^(−46) ≈ 10⁻²⁰ of the peak times the window), then integrated by adaptive
/// Gauss–Kronrod 7/15 (QUADPACK QK15 nodes) on `exp(ψ − ψ(mode))`, splitting a panel
/// until its Kronrod and Gauss estimates agree to 10⁻¹³ of the total.
struct LogConcaveQuadrature {
    /// ψ(mode), the log-density's peak value.
    var logPeak: Double
    /// ψ(x) − ψ(mode) (≤ 0), computed without cancellation by the caller.
    var relativeLogDensity: (Double) -> Double
    /// Where ψ peaks on [0, ∞) (0 when ψ decreases from 0).
    var mode: Double
    /// A length over which ψ changes by about 1 near the mode (1/|ψ'| or 1/√|ψ''|).
    var scale: Double

    static let logDrop = 46.0
    static let relativeTolerance = 1e-13

    /// The window [low, high] outside which exp(ψ − ψ(mode)) < e^(−logDrop).
    var window: (low: Double, high: Double) {
        var step = scale
        var high = mode + step
        var guardCount = 0
        while relativeLogDensity(high) > -Self.logDrop, guardCount < 200 {
            step *= 2
            high = mode + step
            guardCount += 1
        }
        var low = 0.0
        if mode > 0 {
            step = scale
            low = max(0, mode - step)
            guardCount = 0
            while low > 0, relativeLogDensity(low) > -Self.logDrop, guardCount < 200 {
                step *= 2
                low = max(0, mode - step)
                guardCount += 1
            }
        }
        return (low, high)
    }

    /// ln ∫₀^upper weight(x)·e^(ψ(x)) dx; −∞ when the integral is 0 (upper at or below the window).
    func logIntegral(upTo upper: Double = .infinity, weight: (Double) -> Double = { _ in 1 }) -> Double {
        let (low, fullHigh) = window
        let high = min(fullHigh, upper)
        guard high > low else { return -.infinity }
        let panelCount = max(1, min(64, Int(((high - low) / (4 * scale)).rounded(.up))))
        let width = (high - low) / Double(panelCount)
        let normalised: (Double) -> Double = { x in weight(x) * exp(relativeLogDensity(x)) }
        var panels: [(a: Double, b: Double, kronrod: Double, error: Double)] = []
        var total = 0.0
        for index in 0..<panelCount {
            let a = low + Double(index) * width
            let b = index == panelCount - 1 ? high : a + width
            let (kronrod, error) = Self.gaussKronrod(normalised, a, b)
            panels.append((a, b, kronrod, error))
            total += kronrod
        }
        // Refine the panel with the largest error until every panel is within tolerance.
        var iterations = 0
        while iterations < 2_000 {
            let tolerance = Self.relativeTolerance * max(abs(total), .leastNormalMagnitude) / Double(panels.count)
            guard let worst = panels.indices.max(by: { panels[$0].error < panels[$1].error }),
                panels[worst].error > tolerance
            else { break }
            let panel = panels[worst]
            // A panel narrower than a few ulps of its position cannot be split further.
            guard panel.b - panel.a > 1e-12 * max(1, abs(panel.b)) else { break }
            let middle = 0.5 * (panel.a + panel.b)
            let left = Self.gaussKronrod(normalised, panel.a, middle)
            let right = Self.gaussKronrod(normalised, middle, panel.b)
            total += left.value + right.value - panel.kronrod
            panels[worst] = (panel.a, middle, left.value, left.error)
            panels.append((middle, panel.b, right.value, right.error))
            iterations += 1
        }
        let sum = panels.reduce(0.0) { $0 + $1.kronrod }
        return sum > 0 ? logPeak + log(sum) : -.infinity
    }

    // QUADPACK QK15: Kronrod abscissae (the odd ones are the 7-point Gauss nodes) and weights.
    private static let nodes: [Double] = [
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
        0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0,
    ]
    private static let kronrodWeights: [Double] = [
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
        0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
    ]
    private static let gaussWeights: [Double] = [
        0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327,
    ]

    /// The 15-point Kronrod estimate of ∫_a^b f and its difference from the 7-point Gauss estimate.
    private static func gaussKronrod(_ f: (Double) -> Double, _ a: Double, _ b: Double) -> (value: Double, error: Double) {
        let centre = 0.5 * (a + b)
        let half = 0.5 * (b - a)
        let fc = f(centre)
        var kronrod = fc * kronrodWeights[7]
        var gauss = fc * gaussWeights[3]
        for index in 0..<7 {
            let dx = half * nodes[index]
            let pair = f(centre - dx) + f(centre + dx)
            kronrod += kronrodWeights[index] * pair
            if index % 2 == 1 { gauss += gaussWeights[index / 2] * pair }
        }
        return (kronrod * half, abs((kronrod - gauss) * half))
    }
}
