/// The unit a KPI's values are stored in. Percentages are on 0–100.
public enum KPIUnit: String, Sendable, CaseIterable, Codable {
    case count
    /// 0–100.
    case percent
    case seconds
    case hours
    case days
    /// Contacts per agent hour.
    case perHour = "per_hour"
    case euros = "EUR"
    /// NPS points, −100 to 100.
    case points
    /// A score on a bounded scale (CES 1–7).
    case score
    /// A practice answered yes or no.
    case boolean
    /// A practice answered with one of a few named options.
    case category

    /// The short symbol printed after a value (`%`, `s`, `h`); empty for counts.
    public var symbol: String {
        switch self {
        case .count, .boolean, .category: return ""
        case .percent: return "%"
        case .seconds: return "s"
        case .hours: return "h"
        case .days: return "d"
        case .perHour: return "/h"
        case .euros: return "€"
        case .points: return "pts"
        case .score: return ""
        }
    }
}

/// Which way is better for a KPI.
public enum KPIDirection: String, Sendable, Codable {
    case higherIsBetter = "higher"
    case lowerIsBetter = "lower"
    /// Neither: the KPI should stay inside a band (occupancy 75–85 %).
    case targetBand = "band"
    /// Neither better nor worse: a volume that gives context (calls offered).
    case neutral

    /// Whether one value can be better than another (false for a band or a neutral KPI).
    public var ranks: Bool { self == .higherIsBetter || self == .lowerIsBetter }
}

/// The scale on which positions are interpolated between two published points.
public enum InterpolationScale: String, Sendable, Codable {
    case linear
    /// Logarithmic, on log(1 + v), for durations: going from 10 s to 20 s is as far as from 60 s to 120 s,
    /// and 0 stays finite.
    case logarithmic = "log"
}

/// The shape fitted on a study's statistics of a KPI, where it publishes two or more (`DistributionFit`).
public enum ShapeFamily: String, Sendable, Codable {
    /// Durations and other positive, right-skewed KPIs (an abandonment rate).
    case logNormal = "log-normal"
    /// Shares on a bounded scale.
    case logitNormal = "logit-normal"
    /// No shape: only published points, ranks and bounds.
    case none

    /// The default for a KPI: log-normal on a logarithmic scale or an unbounded positive unit, logit-normal
    /// for a percentage, NPS points and scores, none for practices.
    static func defaultFor(unit: KPIUnit, scale: InterpolationScale) -> ShapeFamily {
        if scale == .logarithmic { return .logNormal }
        switch unit {
        case .percent, .points, .score: return .logitNormal
        case .count, .seconds, .hours, .days, .perHour, .euros: return .logNormal
        case .boolean, .category: return .none
        }
    }

    /// The fitted model's family, nil for `none`.
    public var family: FittedModel.Family? {
        switch self {
        case .logNormal: return .logNormal
        case .logitNormal: return .logitNormal
        case .none: return nil
        }
    }
}

/// A variant of a KPI that changes what it measures (relationship or transactional NPS): figures of
/// different variants are not comparable.
public struct KPIVariant: Sendable, Hashable, Codable {
    /// `relationship`, `transactional`, `internal`, `survey`, `repeat-contact`, `top-2-box`, …
    public var id: String
    /// "NPS relationnel", "relationship NPS".
    public var labelFR: String
    public var labelEN: String

    public init(id: String, labelFR: String, labelEN: String) {
        self.id = id
        self.labelFR = labelFR
        self.labelEN = labelEN
    }
}

/// The five dimensions of the Easiware benchmark, and the two the newer KPIs add.
public enum Dimension: String, Sendable, CaseIterable, Codable {
    /// Backlog (encours): what waits for an answer.
    case backlog
    /// Inbound flow: volume and accessibility.
    case inbound
    /// Handling performance: delays, resolution.
    case handling
    /// Productivity: handle time, occupancy, cost.
    case productivity
    /// Satisfaction: CSAT, NPS, CES.
    case satisfaction
    /// Quality: monitoring scores on calls and written answers.
    case quality
    /// Channels and digital: channel mix, self-care.
    case digital
    /// Outbound sales.
    case outbound
    /// Practices: what a service measures and how it is organised.
    case practices
}

/// Measure (a number per period) or practice (a yes/no or a choice).
public enum KPIKind: String, Sendable, Codable {
    case measure
    case practice
}

/// One KPI of the catalogue (`benchmarks-data/catalogue.xml`).
public struct KPIDefinition: Sendable, Hashable, Codable {
    /// Stable snake_case id (`answer_rate`).
    public var id: String
    public var kind: KPIKind
    public var labelFR: String
    public var labelEN: String
    public var definitionFR: String
    public var definitionEN: String
    public var unit: KPIUnit
    public var direction: KPIDirection
    public var dimension: Dimension
    public var scale: InterpolationScale
    /// The lowest possible value, in `unit` (F = 0 there).
    public var minimum: Double
    /// The highest possible value, in `unit` (F = 1 there). For durations a practical cap.
    public var maximum: Double
    /// For a `category` practice, the allowed options (`none`, `partial`, `full`).
    public var options: [String]
    /// A headline KPI goes on the one-page board summary.
    public var headline: Bool
    /// The shape fitted on a study's statistics (catalogue `model`, or the unit's default).
    public var shape: ShapeFamily
    /// The variants that change what the KPI measures; empty for most KPIs.
    public var variants: [KPIVariant]
    /// The variant a company's value is taken to be when nothing says which (catalogue `default-variant`).
    public var defaultVariant: String?
    /// A volume (a count of contacts, tickets or calls, catalogue `volume="true"`): it tells the
    /// company's size, not its performance, so it is never ranked among peers.
    public var isVolume: Bool
    /// The volume KPI this count is ranked per 1,000 of among peers (catalogue `ranked-per`:
    /// `backlog_open` per 1,000 `tickets_created`); nil when the value itself is ranked.
    public var rankedPer: String?

    public init(
        id: String, kind: KPIKind = .measure, labelFR: String, labelEN: String, definitionFR: String,
        definitionEN: String, unit: KPIUnit, direction: KPIDirection, dimension: Dimension,
        scale: InterpolationScale = .linear, minimum: Double, maximum: Double, options: [String] = [],
        headline: Bool = false, shape: ShapeFamily? = nil, variants: [KPIVariant] = [], defaultVariant: String? = nil,
        isVolume: Bool = false, rankedPer: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.labelFR = labelFR
        self.labelEN = labelEN
        self.definitionFR = definitionFR
        self.definitionEN = definitionEN
        self.unit = unit
        self.direction = direction
        self.dimension = dimension
        self.scale = scale
        self.minimum = minimum
        self.maximum = maximum
        self.options = options
        self.headline = headline
        self.shape = shape ?? ShapeFamily.defaultFor(unit: unit, scale: scale)
        self.variants = variants
        self.defaultVariant = defaultVariant
        self.isVolume = isVolume
        self.rankedPer = rankedPer
    }

    /// The family of the shape fitted on a study's statistics, nil when none is.
    public var modelFamily: FittedModel.Family? { shape.family }

    /// Whether a company's value can be ranked among peers: a measure with a better direction that is
    /// no volume (a count ranked per a volume is ranked by that rate).
    public var isRankedAmongPeers: Bool { kind == .measure && direction.ranks && !isVolume }

    /// The variant with this id.
    public func variant(_ id: String) -> KPIVariant? { variants.first { $0.id == id } }

    /// Whether `value` lies in the KPI's domain [minimum, maximum].
    public func contains(_ value: Double) -> Bool {
        value >= minimum && value <= maximum
    }
}
