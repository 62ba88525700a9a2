/// The company's position in one study's distribution of one KPI, and whether it is a position at all.
///
/// The study and the distribution (their texts and points, about 350 bytes) and the distribution's fitted
/// shape are held once, in a `ReferenceSource` the engine shares between every company placed against
/// them, not copied into each position: a 10,000-company panel has some 900,000 positions.
public struct ReferencePosition: Sendable, Hashable {
    private let source: ReferenceSource
    public var study: Study { source.study }
    public var distribution: ReferenceDistribution { source.distribution }
    /// Nil when the study gives no distribution points (a mean alone), or when it is not comparable.
    public var position: PositionEstimate?
    /// The study's named band the value falls in (SQM "good"), if it has bands.
    public var band: String?
    /// False when the study measures something else than the company's value (another variant of the
    /// KPI, industry averages): the reference is context, with no position.
    public var comparable: Bool
    /// Why it is not comparable, in English ("not comparable: relationship NPS"); nil when comparable.
    public var comparabilityNote: String?
    /// The study's variant of the KPI, for a KPI with variants (nil when the study does not say).
    public var studyVariant: KPIVariant?
    /// How the study's region relates to the company's country.
    public var region: RegionMatch

    public init(
        study: Study, distribution: ReferenceDistribution, position: PositionEstimate?, band: String?,
        comparable: Bool = true, comparabilityNote: String? = nil, studyVariant: KPIVariant? = nil, region: RegionMatch = .other
    ) {
        self.init(
            source: ReferenceSource(study: study, distribution: distribution, facts: nil), position: position, band: band,
            comparable: comparable, comparabilityNote: comparabilityNote, studyVariant: studyVariant, region: region)
    }

    init(
        source: ReferenceSource, position: PositionEstimate?, band: String?, comparable: Bool, comparabilityNote: String?,
        studyVariant: KPIVariant?, region: RegionMatch
    ) {
        self.source = source
        self.position = position
        self.band = band
        self.comparable = comparable
        self.comparabilityNote = comparabilityNote
        self.studyVariant = studyVariant
        self.region = region
    }

    /// Who the figures are about: the distribution's population, else the study's.
    public var population: Population { distribution.population ?? study.population }

    public static func == (lhs: ReferencePosition, rhs: ReferencePosition) -> Bool {
        lhs.study == rhs.study && lhs.distribution == rhs.distribution && lhs.position == rhs.position && lhs.band == rhs.band
            && lhs.comparable == rhs.comparable && lhs.comparabilityNote == rhs.comparabilityNote && lhs.region == rhs.region
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(study)
        hasher.combine(distribution)
        hasher.combine(position)
        hasher.combine(band)
        hasher.combine(comparable)
    }
}

/// A study and one of its distributions, with what the distribution says about F, shared by the
/// positions computed against them.
final class ReferenceSource: Sendable {
    let study: Study
    let distribution: ReferenceDistribution
    /// Nil for a position built outside the engine.
    let facts: DistributionFacts?

    init(study: Study, distribution: ReferenceDistribution, facts: DistributionFacts?) {
        self.study = study
        self.distribution = distribution
        self.facts = facts
    }
}

/// Met, near (within the target's tolerance) or missed.
public enum TargetStatus: String, Sendable, Codable {
    case met, near, missed
}

public struct TargetResult: Sendable, Hashable {
    public var target: Target
    public var status: TargetStatus
    /// Whether a bound of the target lies inside the value's 95 % interval, so that the status could
    /// be another within the margin of error ("met, within the margin of error"); nil when the value
    /// has no interval.
    public var withinMargin: Bool?

    public init(target: Target, status: TargetStatus, withinMargin: Bool? = nil) {
        self.target = target
        self.status = status
        self.withinMargin = withinMargin
    }

    /// Met, but by less than the margin of error.
    public var isMetWithinMargin: Bool { status == .met && withinMargin == true }
}

/// Rank in the peer panel for the same period.
public struct PeerRank: Sendable, Hashable, Codable {
    /// 1 = best; ties share the better rank.
    public var rank: Int
    /// Number of companies ranked, the company included.
    public var count: Int
    /// 100 × (worse + ½ · equal) / (n − 1), the company itself left out; 0–100.
    public var percentile: Double
    /// The rate ranked, for a count ranked per 1,000 of a volume; nil when the value itself is ranked.
    public var rate: PeerRate?
    /// Fewer than `PeerRank.minimumPanel` companies: shown with a warning.
    public var isSmallPanel: Bool { count < Self.minimumPanel }

    public static let minimumPanel = 5

    public init(rank: Int, count: Int, percentile: Double, rate: PeerRate? = nil) {
        self.rank = rank
        self.count = count
        self.percentile = percentile
        self.rate = rate
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
    /// One period's value of the KPI, in its unit.
    public struct Point: Sendable, Hashable {
        public var period: Period
        public var value: Double

        public init(period: Period, value: Double) {
            self.period = period
            self.value = value
        }
    }

    /// The change since the same period of the year before (a seasonal business is judged against
    /// last winter, not last autumn).
    public struct YearOverYear: Sendable, Hashable {
        public var period: Period
        public var value: Double
        /// current − value, in the KPI's unit.
        public var delta: Double
        public var change: TrendChange

        public init(period: Period, value: Double, delta: Double, change: TrendChange) {
            self.period = period
            self.value = value
            self.delta = delta
            self.change = change
        }
    }

    public var previousPeriod: Period
    public var previous: Double
    /// value − previous, in the KPI's unit.
    public var delta: Double
    public var change: TrendChange
    /// Every period of the input up to the reported one, oldest first, when there are at least
    /// `Trend.minimumSeries`; empty otherwise.
    public var series: [Point] = []
    public var yearOverYear: YearOverYear?

    /// The periods a series needs before it is charted.
    public static let minimumSeries = 3
    /// The test of the change against the noise of the two periods' samples; nil when either
    /// period's sample is unknown (or the KPI is no share or mean of counted events).
    public var test: ChangeTest?

    public init(previousPeriod: Period, previous: Double, delta: Double, change: TrendChange, test: ChangeTest? = nil) {
        self.previousPeriod = previousPeriod
        self.previous = previous
        self.delta = delta
        self.change = change
        self.test = test
    }

    /// Whether the change is beyond the margin of error (p < 0.05); nil when it cannot be told.
    public var significant: Bool? { test?.significant }

    /// Improved or worsened, but within the margin of error: the report says so rather than
    /// "improved" or "worsened".
    public var isWithinMargin: Bool { (change == .improved || change == .worsened) && significant == false }

    /// Worsened, and not within the margin of error (beyond it, or not known to be within it).
    public var isWorsening: Bool { change == .worsened && significant != false }
}

/// Everything known about one measured KPI of a company in a period.
public struct KPIComparison: Sendable, Hashable {
    public var kpi: KPIDefinition
    public var value: Double
    public var option: String?
    /// The variant of the KPI the value is (stated by the input, known from the raw export, else the
    /// catalogue's default); nil for a KPI without variants.
    public var variant: KPIVariant?
    /// Whether `variant` is the catalogue's default, nothing in the input having said which.
    public var variantIsDefault: Bool
    public var target: TargetResult?
    /// Every study with figures for the KPI, best first (`ReferenceOrdering`).
    public var references: [ReferencePosition]
    public var peers: PeerRank?
    /// Why there is no peer rank (a volume, a rate whose base is unknown); nil when ranked, or when
    /// the KPI is not one that ranks (a practice, a band) or no peer measures it.
    public var unranked: UnrankedReason?
    public var trend: Trend?
    /// n, the events the value was counted on, when known.
    public var sampleSize: Int?
    /// The value's 95 % margin of error, when its sample gives one.
    public var interval: ValueInterval?

    public init(
        kpi: KPIDefinition, value: Double, option: String? = nil, variant: KPIVariant? = nil, variantIsDefault: Bool = false,
        target: TargetResult?, references: [ReferencePosition], peers: PeerRank?, trend: Trend?,
        sampleSize: Int? = nil, interval: ValueInterval? = nil, unranked: UnrankedReason? = nil
    ) {
        self.unranked = unranked
        self.kpi = kpi
        self.value = value
        self.option = option
        self.variant = variant
        self.variantIsDefault = variantIsDefault
        self.target = target
        self.references = references
        self.peers = peers
        self.trend = trend
        self.sampleSize = sampleSize
        self.interval = interval
    }

    /// The best reference that gives a position: the first comparable one with a position, nil when none.
    public var bestReference: ReferencePosition? {
        references.first { $0.comparable && $0.position != nil }
    }

    /// Whether the best reference's interval is at most `PositionEstimate.informativeWidth` points wide;
    /// when false the board summary shows "no informative study".
    public var hasInformativeReference: Bool { bestReference?.position?.isInformative ?? false }
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
    /// Number of companies in the peer group the company is ranked in (`peerGroup`) for this period,
    /// the company included.
    public var panelSize: Int
    /// The peer group asked for and the one used (`report --peers`).
    public var peerGroup: PeerGroupChoice
    public var quality: [DataQuality]

    /// `peerGroup` nil: the whole panel of `panelSize` companies, as asked.
    public init(
        company: CompanyInfo, period: Period, profile: ServiceProfile?, results: [KPIComparison],
        unmeasured: [UnmeasuredKPI], panelSize: Int, quality: [DataQuality], peerGroup: PeerGroupChoice? = nil
    ) {
        self.peerGroup = peerGroup ?? PeerGroupChoice(requested: .all, used: .all, size: panelSize)
        self.company = company
        self.period = period
        self.profile = profile
        self.results = results
        self.unmeasured = unmeasured
        self.panelSize = panelSize
        self.quality = quality
    }
}
