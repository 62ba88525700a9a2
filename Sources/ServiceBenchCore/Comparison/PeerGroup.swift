/// Which companies of the panel a company is ranked against (`report --peers`): those of the same
/// period sharing its service profile, its sector or its size, or all of them.
///
/// A group of fewer than `PeerGroup.minimumSize` companies (the company included), or one the company
/// cannot be placed in because its profile, sector or size is unknown, falls back to `all`: profile,
/// sector and size are independent of each other, so `all` is the only group sure to hold the
/// narrower one (falling back from a profile to a sector would compare on something else, not on more).
public enum PeerGroup: String, Sendable, CaseIterable, Codable {
    case sameProfile = "same-profile"
    case sameSector = "same-sector"
    case sameSize = "same-size"
    case all

    /// The fewest companies, the company included, a group may have before it falls back: the size
    /// under which a peer panel is called small (`PeerRank.minimumPanel`).
    public static let minimumSize = PeerRank.minimumPanel

    /// The group a too-small one falls back to; nil for `all`.
    public var fallback: PeerGroup? { self == .all ? nil : .all }

    /// The company's key in this group (its profile, sector or size), compared without regard to case
    /// or surrounding spaces; nil for `all`, or when the company does not say.
    /// `profile` is the profile whose targets apply (`--profile`, else the company's own).
    func key(of company: CompanyInfo, profile: String?) -> String? {
        let text: String?
        switch self {
        case .sameProfile: text = profile
        case .sameSector: text = company.sector
        case .sameSize: text = company.size
        case .all: return nil
        }
        guard let trimmed = text?.trimmingWhitespace().lowercased(), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

/// The peer group a company was ranked in: the one asked for, or the wider one it fell back to, and
/// how many companies it holds.
public struct PeerGroupChoice: Sendable, Hashable {
    /// Why the group asked for was not used.
    public enum Fallback: Sendable, Hashable {
        /// It held `size` companies (the company included), fewer than `PeerGroup.minimumSize`.
        case tooSmall(size: Int)
        /// The company's profile, sector or size (whichever the group shares) is not known.
        case unknownKey
    }

    public var requested: PeerGroup
    public var used: PeerGroup
    /// The profile, sector or size the companies of the group used share (as the input writes it,
    /// lower-cased); nil for `all`.
    public var key: String?
    /// The companies of the group used with a value in the period, the company included.
    public var size: Int
    /// Nil when the group asked for was used.
    public var fallback: Fallback?

    public init(requested: PeerGroup, used: PeerGroup, key: String? = nil, size: Int, fallback: Fallback? = nil) {
        self.requested = requested
        self.used = used
        self.key = key
        self.size = size
        self.fallback = fallback
    }

    /// The group asked for, when the company fell back from it; nil otherwise.
    public var fellBackFrom: PeerGroup? { fallback == nil ? nil : requested }
}
