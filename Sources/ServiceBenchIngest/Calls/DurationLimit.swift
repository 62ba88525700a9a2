/// The longest duration a call record may state or imply: one week, 604,800 s. A wait, talk time,
/// wrap-up, CONNECT holdtime or ring time beyond it is a `duration-too-long` bad record (a wrong
/// column, a unit mix-up, a clock jump), never a figure. The bound also keeps every sum exact: each
/// call adds at most two weeks of milliseconds (1.21 × 10⁹) to sums held in `Int128`.
enum DurationLimit {
    static let maximumSeconds: Int64 = 604_800
    static let maximumMilliseconds: Int64 = maximumSeconds * 1000

    /// Whether `milliseconds` (≥ 0) is within the bound.
    @inline(__always) static func allows(milliseconds: Int64) -> Bool { milliseconds <= maximumMilliseconds }

    /// The message of a `duration-too-long` record: what (`wait`, `wrap-up` …) lasted how long.
    static func message(_ what: String, milliseconds: Int64, fix: String) -> String {
        let seconds = milliseconds / 1000
        return "\(what) of \(seconds) s is longer than the \(maximumSeconds) s (one week) a call record may last; \(fix)"
    }
}
