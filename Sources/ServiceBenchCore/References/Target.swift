/// How a target compares a value with its threshold.
public enum TargetComparator: String, Sendable, Codable {
    /// value ≥ threshold.
    case atLeast = "at-least"
    /// value ≤ threshold.
    case atMost = "at-most"
    /// threshold ≤ value ≤ upper.
    case between
}

/// Where a target comes from: the bundled targets of a service profile, or the client's own
/// (`--targets FILE`), which replace the profile's KPI by KPI.
public enum TargetOrigin: String, Sendable, Codable {
    case profile
    case client
}

/// A target or norm for a KPI in one service profile, with its source and tolerance.
public struct Target: Sendable, Hashable, Codable {
    public var id: String
    /// The service profile (`technical-hotline`, `general-inbound`, `outbound-sales`), or `all`.
    public var profile: String
    public var kpi: String
    public var comparator: TargetComparator
    /// In the KPI's unit.
    public var threshold: Double
    /// Upper bound, for `between`.
    public var upper: Double?
    /// How far from the threshold (in the KPI's unit) still counts as "near".
    public var tolerance: Double
    /// The study the target comes from, if any.
    public var studyID: String?
    public var citation: Citation
    /// The profile's bundled target, or the client's own.
    public var origin: TargetOrigin

    public init(
        id: String, profile: String, kpi: String, comparator: TargetComparator, threshold: Double,
        upper: Double? = nil, tolerance: Double, studyID: String? = nil, citation: Citation, origin: TargetOrigin = .profile
    ) {
        self.origin = origin
        self.id = id
        self.profile = profile
        self.kpi = kpi
        self.comparator = comparator
        self.threshold = threshold
        self.upper = upper
        self.tolerance = tolerance
        self.studyID = studyID
        self.citation = citation
    }
}

/// A service profile that selects targets.
public struct ServiceProfile: Sendable, Hashable, Codable {
    public var id: String
    public var labelFR: String
    public var labelEN: String
    /// The KPIs that go on this profile's board summary, in order.
    public var headlineKPIs: [String]

    public init(id: String, labelFR: String, labelEN: String, headlineKPIs: [String]) {
        self.id = id
        self.labelFR = labelFR
        self.labelEN = labelEN
        self.headlineKPIs = headlineKPIs
    }
}
