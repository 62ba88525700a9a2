import Foundation
import ServiceBenchCore

/// The Erlang A model (M/M/N+M, Palm 1946; Garnett, Mandelbaum & Reiman 2002): Poisson arrivals,
/// exponential handle times (mean h seconds), N agents, and callers who hang up after an exponential
/// patience (mean θ seconds) if nobody has answered them by then.
///
/// Method. Time is measured in handle times, r = h/θ, A = λ·h. The offered wait V (how long a caller
/// who never hangs up would wait) has an atom P(V = 0) and, for x > 0, the density
/// f(x) = π_{N−1} · A · e^{ψ(x)}, ψ(x) = A·(1 − e^{−r·x})/r − N·x (Baccelli–Hébuterne; Zeltyn &
/// Mandelbaum 2005), with π_{N−1} = 1 / (1/B(N−1, A) + F), F = A ∫₀^∞ e^{ψ}. A caller is answered when
/// their patience outlasts V, with probability e^{−r·V}. Hence, with D = 1/B(N−1, A) + F:
/// - P(wait) = F / D;
/// - P(abandon) = A ∫₀^∞ (1 − e^{−r x}) e^{ψ(x)} dx / D;
/// - SL(t) = P(answered within t) = (1/B(N−1, A) + A ∫₀^{t/h} e^{ψ(x) − r x} dx) / D, over **all**
///   arrivals (an abandoned call is never "answered within t");
/// - ASA = mean wait of the answered calls = h · A ∫₀^∞ x e^{ψ(x) − r x} dx / D / (1 − P(abandon));
/// - occupancy = A · (1 − P(abandon)) / N.
/// ψ is concave, so each integral is computed by `LogConcaveQuadrature` in log space and the ratios
/// are formed from logarithms: no overflow for N up to 10,000 and loads of thousands of erlangs, and
/// no factorials (B comes from the Erlang B recurrence). The expansion of the same integrals as the
/// birth–death chain's stationary sums is checked against this in the tests.
package enum ErlangA {
    /// The figures for `agents` agents at `load` erlangs, average handle time `ahtSeconds` (> 0),
    /// mean patience `patienceSeconds` (> 0) and target answer time `targetSeconds` (≥ 0).
    package static func row(agents: Int, load: Double, ahtSeconds: Double, patienceSeconds: Double, targetSeconds: Double) -> StaffingRow {
        let blockingBelow = agents > 0 ? ErlangB.blocking(servers: agents - 1, load: load) : 1
        return row(agents: agents, load: load, erlangBBelow: blockingBelow, ahtSeconds: ahtSeconds, patienceSeconds: patienceSeconds, targetSeconds: targetSeconds)
    }

    /// The same, given B(agents − 1, load) already computed.
    static func row(agents: Int, load: Double, erlangBBelow: Double, ahtSeconds: Double, patienceSeconds: Double, targetSeconds: Double) -> StaffingRow {
        if load <= 0 {
            return StaffingRow(agents: agents, serviceLevel: 1, asaSeconds: 0, waitProbability: 0, occupancy: 0, abandonRate: 0, isStable: true)
        }
        guard agents > 0 else {
            // Nobody answers: every caller waits until they hang up.
            return StaffingRow(agents: 0, serviceLevel: 0, asaSeconds: nil, waitProbability: 1, occupancy: 0, abandonRate: 1, isStable: true)
        }
        let n = Double(agents)
        guard erlangBBelow > 0 else {
            // B(N−1, A) below 10⁻³⁰⁸: the probability of waiting is nil to double precision.
            return StaffingRow(agents: agents, serviceLevel: 1, asaSeconds: 0, waitProbability: 0, occupancy: load / n, abandonRate: 0, isStable: true)
        }
        let r = ahtSeconds / patienceSeconds
        let logLoad = log(load)
        let logInverseB = -log(erlangBBelow)

        let waiting = queueDensity(load: load, agents: n, r: r, extraDecay: 0)
        let answered = queueDensity(load: load, agents: n, r: r, extraDecay: r)
        let logF = logLoad + waiting.logIntegral()
        let logAbandon = logLoad + waiting.logIntegral(weight: { x in -expm1(-r * x) })
        let logAnsweredWithin = logLoad + answered.logIntegral(upTo: targetSeconds / ahtSeconds)
        let logAnsweredWait = logLoad + answered.logIntegral(weight: { x in x })

        let logD = logAddExp(logInverseB, logF)
        let waitProbability = exp(logF - logD)
        let abandonRate = exp(logAbandon - logD)
        let serviceLevel = min(1, exp(logInverseB - logD) + exp(logAnsweredWithin - logD))
        let answeredShare = 1 - abandonRate
        let asa = answeredShare > 0 ? ahtSeconds * exp(logAnsweredWait - logD) / answeredShare : nil
        return StaffingRow(
            agents: agents, serviceLevel: serviceLevel, asaSeconds: asa, waitProbability: waitProbability,
            occupancy: min(1, load * answeredShare / n), abandonRate: abandonRate, isStable: true)
    }

    /// ψ(x) − extraDecay·x with its mode and scale: ψ'(x) = A e^{−r x} − N − extraDecay, ψ'' = −A r e^{−r x}.
    ///
    /// Written with g(u) = u − 1 + e^{−u} ≥ 0 so that nothing cancels: with k = N + extraDecay and
    /// σ = A − k the slope at 0, ψ(x) = σ·x − A·g(r x)/r; when σ > 0 the mode is m = ln(A/k)/r, where
    /// A·e^{−r m} = k, and ψ(m + d) − ψ(m) = −k·g(r d)/r.
    private static func queueDensity(load: Double, agents: Double, r: Double, extraDecay: Double) -> LogConcaveQuadrature {
        let k = agents + extraDecay
        let slopeAtZero = load - k
        if slopeAtZero > 0 {
            let mode = log1p(slopeAtZero / k) / r
            return LogConcaveQuadrature(
                logPeak: slopeAtZero * mode - load * expDeficit(r * mode) / r,
                relativeLogDensity: { x in -k * expDeficit(r * (x - mode)) / r },
                mode: mode, scale: 1 / (r * k).squareRoot())
        }
        let curvatureScale = 1 / (load * r).squareRoot()
        return LogConcaveQuadrature(
            logPeak: 0,
            relativeLogDensity: { x in slopeAtZero * x - load * expDeficit(r * x) / r },
            mode: 0, scale: slopeAtZero < 0 ? min(-1 / slopeAtZero, curvatureScale) : curvatureScale)
    }

    /// g(u) = u − 1 + e^{−u} = u²/2 − u³/6 + …, accurate for small |u| (series below 0.1).
    static func expDeficit(_ u: Double) -> Double {
        guard abs(u) < 0.1 else { return u + expm1(-u) }
        var term = u * u / 2
        var sum = term
        for power in 3...14 {
            term *= -u / Double(power)
            sum += term
        }
        return sum
    }

    /// ln(e^a + e^b), exact when either is infinite.
    private static func logAddExp(_ a: Double, _ b: Double) -> Double {
        let high = max(a, b)
        let low = min(a, b)
        if high == .infinity || low == -.infinity { return high }
        return high + log1p(exp(low - high))
    }
}
