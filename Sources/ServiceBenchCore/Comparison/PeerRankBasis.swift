/// A peer rank of a rate rather than of the value itself: a count ranked per 1,000 of a volume of the
/// same period (`backlog_open` per 1,000 `tickets_created`, catalogue `ranked-per`), so that companies
/// of different sizes are not ranked by their size.
public struct PeerRate: Sendable, Hashable, Codable {
    /// The volume KPI's id (`tickets_created`).
    public var base: String
    /// The company's value ÷ base × 1,000.
    public var value: Double

    public init(base: String, value: Double) {
        self.base = base
        self.value = value
    }
}

/// Why a measured KPI with a better direction has no peer rank, where the reader should be told.
public enum UnrankedReason: String, Sendable, Hashable, Codable {
    /// A volume (calls offered, tickets created): it tells the company's size, not its performance.
    case volume
    /// Ranked per 1,000 of a volume the company does not report for the period (or reports as 0).
    case baseUnknown = "base-unknown"
    /// Ranked per 1,000 of a volume, and no peer of the group reports both.
    case noPeerRate = "no-peer-rate"
}
