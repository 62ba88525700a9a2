/// A position within one study's population, on 0–100: the share of the population the company does
/// better than. Published studies give only a few points of the distribution, so the position is an
/// interval [low, high] bounded by the neighbouring points, with an interpolated estimate inside it.
public struct PositionEstimate: Sendable, Hashable, Codable {
    /// Interpolated estimate, 0–100.
    public var estimate: Double
    /// Lower bound, 0–100.
    public var low: Double
    /// Upper bound, 0–100.
    public var high: Double

    public init(estimate: Double, low: Double, high: Double) {
        self.estimate = estimate
        self.low = low
        self.high = high
    }

    /// Width of the interval in percentile points.
    public var width: Double { high - low }

    /// An interval wider than this (percentile points) makes the position "approximate": the report
    /// shows the range, not a single number.
    public static let approximateWidth = 10.0

    /// Whether the report must say the position is approximate and show the range.
    public var isApproximate: Bool { width > Self.approximateWidth }
}

/// The company's position in one study's distribution of one KPI.
///
/// The study and the distribution (their texts and points, about 350 bytes) are held once, in a
/// `ReferenceSource` the engine shares between every company placed against them, not copied into
/// each position: a 10,000-company panel has some 900,000 positions.
public struct ReferencePosition: Sendable, Hashable {
    private let source: ReferenceSource
    public var study: Study { source.study }
    public var distribution: ReferenceDistribution { source.distribution }
    /// Nil when the study gives no distribution points (a mean alone).
    public var position: PositionEstimate?
    /// The study's named band the value falls in (SQM "good"), if it has bands.
    public var band: String?

    public init(study: Study, distribution: ReferenceDistribution, position: PositionEstimate?, band: String?) {
        self.init(source: ReferenceSource(study: study, distribution: distribution), position: position, band: band)
    }

    init(source: ReferenceSource, position: PositionEstimate?, band: String?) {
        self.source = source
        self.position = position
        self.band = band
    }

    public static func == (lhs: ReferencePosition, rhs: ReferencePosition) -> Bool {
        lhs.study == rhs.study && lhs.distribution == rhs.distribution && lhs.position == rhs.position && lhs.band == rhs.band
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(study)
        hasher.combine(distribution)
        hasher.combine(position)
        hasher.combine(band)
    }
}

/// A study and one of its distributions, shared by the positions computed against them.
final class ReferenceSource: Sendable {
    let study: Study
    let distribution: ReferenceDistribution

    init(study: Study, distribution: ReferenceDistribution) {
        self.study = study
        self.distribution = distribution
    }
}

/// Met, near (within the target's tolerance) or missed.
public enum TargetStatus: String, Sendable, Codable {
    case met, near, missed
}

public struct TargetResult: Sendable, Hashable {
    public var target: Target
    public var status: TargetStatus

    public init(target: Target, status: TargetStatus) {
        self.target = target
        self.status = status
    }
}

/// Rank in the peer panel for the same period.
public struct PeerRank: Sendable, Hashable, Codable {
    /// 1 = best; ties share the better rank.
    public var rank: Int
    /// Number of companies ranked, the company included.
    public var count: Int
    /// 100 × (worse + ½ · equal) / (n − 1), the company itself left out; 0–100.
    public var percentile: Double
    /// Fewer than `PeerRank.minimumPanel` companies: shown with a warning.
    public var isSmallPanel: Bool { count < Self.minimumPanel }

    public static let minimumPanel = 5

    public init(rank: Int, count: Int, percentile: Double) {
        self.rank = rank
        self.count = count
        self.percentile = percentile
    }
}

/// Whether a change is for the better, judged by the KPI's direction.
public enum TrendChange: String, Sendable, Codable {
    case improved, worsened, unchanged
    /// Moved, but the KPI has no better direction (a band KPI with no band target).
    case changed
}

/// Change since the previous period in the input.
public struct Trend: Sendable, Hashable {
    public var previousPeriod: Period
    public var previous: Double
    /// value − previous, in the KPI's unit.
    public var delta: Double
    public var change: TrendChange

    public init(previousPeriod: Period, previous: Double, delta: Double, change: TrendChange) {
        self.previousPeriod = previousPeriod
        self.previous = previous
        self.delta = delta
        self.change = change
    }
}

/// Everything known about one measured KPI of a company in a period.
public struct KPIComparison: Sendable, Hashable {
    public var kpi: KPIDefinition
    public var value: Double
    public var option: String?
    public var target: TargetResult?
    public var references: [ReferencePosition]
    public var peers: PeerRank?
    public var trend: Trend?

    public init(
        kpi: KPIDefinition, value: Double, option: String? = nil, target: TargetResult?, references: [ReferencePosition],
        peers: PeerRank?, trend: Trend?
    ) {
        self.kpi = kpi
        self.value = value
        self.option = option
        self.target = target
        self.references = references
        self.peers = peers
        self.trend = trend
    }
}

/// A KPI the company does not measure, against the share of brands that do.
public struct UnmeasuredKPI: Sendable, Hashable {
    public var kpi: KPIDefinition
    /// The adoption rates published for it, with their studies.
    public var adoption: [(rate: AdoptionRate, study: Study)]

    public init(kpi: KPIDefinition, adoption: [(rate: AdoptionRate, study: Study)]) {
        self.kpi = kpi
        self.adoption = adoption
    }

    public static func == (lhs: UnmeasuredKPI, rhs: UnmeasuredKPI) -> Bool {
        lhs.kpi == rhs.kpi && lhs.adoption.map(\.rate) == rhs.adoption.map(\.rate)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(kpi) }
}

/// The comparison of one company in one period: the input of every output format.
public struct CompanyComparison: Sendable {
    public var company: CompanyInfo
    public var period: Period
    /// The profile whose targets were used, nil when none applies.
    public var profile: ServiceProfile?
    /// Measured KPIs and practices, in catalogue order.
    public var results: [KPIComparison]
    /// KPIs of the catalogue not measured, with their adoption rates where published.
    public var unmeasured: [UnmeasuredKPI]
    /// Number of companies in the peer panel for this period, the company included.
    public var panelSize: Int
    public var quality: [DataQuality]

    public init(
        company: CompanyInfo, period: Period, profile: ServiceProfile?, results: [KPIComparison],
        unmeasured: [UnmeasuredKPI], panelSize: Int, quality: [DataQuality]
    ) {
        self.company = company
        self.period = period
        self.profile = profile
        self.results = results
        self.unmeasured = unmeasured
        self.panelSize = panelSize
        self.quality = quality
    }
}
