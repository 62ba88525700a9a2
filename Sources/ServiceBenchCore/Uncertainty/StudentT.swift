import Foundation

/// Student's t distribution with ν degrees of freedom (ν real, as Welch's are), for the margin of
/// error of a mean and Welch's test.
enum StudentT {
    /// The two-sided tail P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, ½), I the regularized incomplete beta
    /// function; nil for ν < 1 or a t that is not a number.
    static func twoSidedTail(_ t: Double, degreesOfFreedom nu: Double) -> Double? {
        guard nu >= 1, !t.isNaN else { return nil }
        if t.isInfinite { return 0 }
        return regularizedIncompleteBeta(nu / (nu + t * t), a: nu / 2, b: 0.5)
    }

    /// The critical value t such that P(|T| ≥ t) = `tail` (0.05 gives t₀.₉₇₅: 12.706 for ν = 1,
    /// 2.228 for ν = 10, 1.960 as ν → ∞), by bisection on `twoSidedTail` to 10⁻¹²; nil for ν < 1.
    static func critical(tail: Double = 0.05, degreesOfFreedom nu: Double) -> Double? {
        guard nu >= 1, tail > 0, tail < 1 else { return nil }
        // t₀.₉₇₅ is 12.71 at ν = 1 and falls with ν; 1000 bounds every tail down to 10⁻⁶ at ν = 1.
        var low = 0.0, high = 1000.0
        while high - low > 1e-12 * max(1, low) {
            let middle = (low + high) / 2
            guard let p = twoSidedTail(middle, degreesOfFreedom: nu) else { return nil }
            if p > tail { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }

    /// I_x(a, b) = B(x; a, b) / B(a, b), by the continued fraction of Numerical Recipes (`betacf`,
    /// modified Lentz), on the side of x where it converges fast.
    static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let front = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x))
        if x < (a + 1) / (a + b + 2) {
            return front * continuedFraction(x, a: a, b: b) / a
        }
        return 1 - front * continuedFraction(1 - x, a: b, b: a) / b
    }

    private static func continuedFraction(_ x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300, epsilon = 1e-15
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for step in 1...100_000 {
            let m = Double(step), m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let change = d * c
            h *= change
            if abs(change - 1) < epsilon { break }
        }
        return h
    }
}
