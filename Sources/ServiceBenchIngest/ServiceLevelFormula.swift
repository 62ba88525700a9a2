/// The published variants of the service level at threshold T, numbered as in ICMI's "Service Level
/// Calculations" (also callcentrehelper.com 206890). With A = answered, Ab = abandoned, O = offered
/// (every call that entered the queue: answered, abandoned, timed out, left), A_T = answered within T,
/// Ab_T = abandoned within T (wait ≤ T), Ab_<S = abandoned before the short-abandon threshold S.
/// All results are percentages 0–100.
package enum ServiceLevelFormula: String, Sendable, CaseIterable {
    /// ICMI #3, the default: A_T / O. Every abandon counts against the service level.
    case offered
    /// ICMI #2: A_T / A. Ignores abandons (discouraged by ICMI).
    case answered
    /// ICMI #1: (A_T + Ab_T) / O. Abandons within T count as met.
    case abandonsWithinMet = "abandons-within-met"
    /// ICMI #4: A_T / (O − Ab_T). Abandons within T count neither way.
    case excludeAbandonsWithin = "exclude-abandons-within"
    /// ICMI #5 family: A_T / (O − Ab_<S). Only short abandons (wait < S, `--short-abandon`) are left out.
    case excludeShortAbandons = "exclude-short-abandons"

    /// The formula in words, for the data quality notes and the report's methodology.
    package var explanation: String {
        switch self {
        case .offered: return "answered within T / offered (ICMI #3)"
        case .answered: return "answered within T / answered (ICMI #2, abandons ignored)"
        case .abandonsWithinMet: return "(answered within T + abandoned within T) / offered (ICMI #1)"
        case .excludeAbandonsWithin: return "answered within T / (offered − abandoned within T) (ICMI #4)"
        case .excludeShortAbandons: return "answered within T / (offered − abandoned before S s) (ICMI #5 family)"
        }
    }

    /// The service level in percent, or nil when the denominator is zero.
    package func value(offered: Int, answered: Int, answeredWithin: Int, abandonedWithin: Int, shortAbandons: Int) -> Double? {
        let numerator: Int
        switch self {
        case .offered, .answered, .excludeAbandonsWithin, .excludeShortAbandons: numerator = answeredWithin
        case .abandonsWithinMet: numerator = answeredWithin + abandonedWithin
        }
        let denominator = denominator(offered: offered, answered: answered, abandonedWithin: abandonedWithin, shortAbandons: shortAbandons)
        guard denominator > 0 else { return nil }
        return 100 * Double(numerator) / Double(denominator)
    }

    /// The calls the service level is a share of (its n): offered, answered, offered − abandoned
    /// within T, or offered − short abandons.
    package func denominator(offered: Int, answered: Int, abandonedWithin: Int, shortAbandons: Int) -> Int {
        switch self {
        case .offered, .abandonsWithinMet: return offered
        case .answered: return answered
        case .excludeAbandonsWithin: return offered - abandonedWithin
        case .excludeShortAbandons: return offered - shortAbandons
        }
    }
}
