/// One known point of a cumulative distribution: a share `share` (0–1) of the study's population has a
/// value at or below `value` (in the KPI's unit). "50 % of brands answer within 30 s" is (30, 0.50).
public struct CDFPoint: Sendable, Hashable, Codable {
    public var value: Double
    /// F(value), 0–1.
    public var share: Double

    public init(value: Double, share: Double) {
        self.value = value
        self.share = share
    }
}

/// A named band of values (SQM: FCR 70–79 % is "good").
public struct ValueBand: Sendable, Hashable, Codable {
    public var label: String
    /// Inclusive lower bound, nil when open.
    public var lower: Double?
    /// Inclusive upper bound, nil when open.
    public var upper: Double?

    public init(label: String, lower: Double?, upper: Double?) {
        self.label = label
        self.lower = lower
        self.upper = upper
    }

    public func contains(_ value: Double) -> Bool {
        (lower.map { value >= $0 } ?? true) && (upper.map { value <= $0 } ?? true)
    }
}

/// A share of a population whose values lie between two values: "34 % between 3 and 4 min" is
/// (180, 240, 0.34), F(upper) − F(lower) = share.
public struct ShareBetween: Sendable, Hashable, Codable {
    /// In the KPI's unit.
    public var lower: Double
    public var upper: Double
    /// 0–1.
    public var share: Double

    public init(lower: Double, upper: Double, share: Double) {
        self.lower = lower
        self.upper = upper
        self.share = share
    }
}

/// The smallest and largest value among the members of a study's population ("occupancy ranged from
/// 62 % to 91 %").
public struct ValueRange: Sendable, Hashable, Codable {
    public var minimum: Double
    public var maximum: Double

    public init(minimum: Double, maximum: Double) {
        self.minimum = minimum
        self.maximum = maximum
    }
}

/// The published figures of one study for one KPI (and optionally one segment of its population).
///
/// Positions are computed from everything published: `points` (cumulative distribution points, which
/// include the median and quartiles), `sample` (every member's value, as Zendesk's CSAT by industry),
/// `mean`, `shares` ("34 % between 3 and 4 min") and `range` (min–max, with `sampleSize`), see
/// `Positioning`.
public struct ReferenceDistribution: Sendable, Hashable, Codable {
    public var id: String
    public var studyID: String
    public var kpi: String
    /// The segment of the study's population ("≤ 50 employees", "Retail"), nil for the whole sample.
    public var segment: String?
    /// The company sizes, sectors and profiles a segment's figures apply to (empty = not restricted
    /// on that key). A segment with no key at all applies to no company (a region, say).
    public var segmentKeys: SegmentKeys
    /// Known points of F, increasing in value and in share.
    public var points: [CDFPoint]
    /// Every member's value, when the study publishes them all (a distribution over industries).
    public var sample: [Double]
    /// What the members of `sample` are ("industries").
    public var sampleUnit: String?
    /// The mean, when published.
    public var mean: Double?
    /// Named bands (SQM's FCR bands).
    public var bands: [ValueBand]
    /// Shares of the population between two values.
    public var shares: [ShareBetween]
    /// The smallest and largest member's value, when published.
    public var range: ValueRange?
    /// The number of members these figures are about, when it differs from the study's sample size
    /// (a segment); nil = the study's.
    public var sampleSize: Int?
    /// Who the figures are about, when it differs from the study's population; nil = the study's.
    public var population: Population?
    /// The KPI's variant the study measured (`relationship` NPS), for a KPI with variants; `unknown`
    /// when the study does not say.
    public var variant: String?
    /// The formula variant where it matters (service level, abandonment), in English.
    public var formulaVariant: String?
    /// The same in French.
    public var formulaVariantFR: String?
    public var citation: Citation
    /// A caveat printed with the figure, in English.
    public var note: String?
    /// The same in French.
    public var noteFR: String?
    /// The project's own statement of the figures, in French and in English (each figure as published),
    /// nil when the data gives none (the citation's quote stands alone then).
    public var statementFR: String?
    public var statementEN: String?

    public init(
        id: String, studyID: String, kpi: String, segment: String? = nil, segmentKeys: SegmentKeys = SegmentKeys(), points: [CDFPoint] = [],
        sample: [Double] = [], sampleUnit: String? = nil, mean: Double? = nil, bands: [ValueBand] = [],
        shares: [ShareBetween] = [], range: ValueRange? = nil, sampleSize: Int? = nil, population: Population? = nil,
        variant: String? = nil, formulaVariant: String? = nil, formulaVariantFR: String? = nil, citation: Citation,
        note: String? = nil, noteFR: String? = nil, statementFR: String? = nil, statementEN: String? = nil
    ) {
        self.id = id
        self.studyID = studyID
        self.kpi = kpi
        self.segment = segment
        self.segmentKeys = segmentKeys
        self.points = points
        self.sample = sample
        self.sampleUnit = sampleUnit
        self.mean = mean
        self.bands = bands
        self.shares = shares
        self.range = range
        self.sampleSize = sampleSize
        self.population = population
        self.variant = variant
        self.formulaVariant = formulaVariant
        self.formulaVariantFR = formulaVariantFR ?? formulaVariant
        self.citation = citation
        self.note = note
        self.noteFR = noteFR ?? note
        self.statementFR = statementFR
        self.statementEN = statementEN
    }

    /// The median, when it is one of the known points (F = 0.5) or follows from the sample.
    public var median: Double? {
        if let point = points.first(where: { $0.share == 0.5 }) { return point.value }
        guard !sample.isEmpty else { return nil }
        let sorted = sample.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The formula variant in French (`french`) or English.
    public func formulaVariant(french: Bool) -> String? { french ? formulaVariantFR : formulaVariant }

    /// The statement of the figures in French (`french`) or English.
    public func statement(french: Bool) -> String? { french ? statementFR : statementEN }

    /// The caveat in French (`french`) or English.
    public func note(french: Bool) -> String? { french ? noteFR : note }

    /// Whether a position can be computed from this distribution (bounds at least).
    public var givesPosition: Bool { !points.isEmpty || !sample.isEmpty || range != nil || !shares.isEmpty }
}

/// The company facts that select a segment's figures.
public struct SegmentKeys: Sendable, Hashable, Codable {
    public var sizes: [String]
    public var sectors: [String]
    public var profiles: [String]

    public init(sizes: [String] = [], sectors: [String] = [], profiles: [String] = []) {
        self.sizes = sizes
        self.sectors = sectors
        self.profiles = profiles
    }

    public var isEmpty: Bool { sizes.isEmpty && sectors.isEmpty && profiles.isEmpty }

    /// Whether a company of this size, sector and profile belongs to the segment: every key the
    /// segment lists must hold the company's value.
    public func match(size: String?, sector: String?, profile: String?) -> Bool {
        guard !isEmpty else { return false }
        func holds(_ allowed: [String], _ value: String?) -> Bool {
            allowed.isEmpty || value.map { allowed.contains($0.lowercased()) } ?? false
        }
        return holds(sizes, size) && holds(sectors, sector) && holds(profiles, profile)
    }
}
