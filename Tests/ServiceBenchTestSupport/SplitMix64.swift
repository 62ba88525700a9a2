import Foundation

/// SplitMix64 (Steele, Lea & Flood 2014): a small, seedable generator, so that the randomised tests
/// (fuzzing, simulation) draw the same values on every run and every machine (`next()` does; what the
/// standard library derives from it, `Int.random(in:using:)`, may change with the Swift version).
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform on [0, 1), 53 random bits.
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Exponentially distributed with `rate` (mean 1/rate), by inversion: −ln(1 − U)/rate.
    public mutating func exponential(rate: Double) -> Double { -log1p(-uniform()) / rate }
}
