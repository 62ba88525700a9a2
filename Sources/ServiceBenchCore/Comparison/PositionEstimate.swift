/// How a position's single-number estimate follows from what a study publishes.
public enum EstimateBasis: String, Sendable, Hashable, Codable {
    /// The company's value is one of the study's published points of F.
    case publishedPoint = "published-point"
    /// The value lies between two published points: F is interpolated on the KPI's scale.
    case betweenPoints = "between-points"
    /// The study publishes every member's value (or its range with n): the share the company beats is known.
    case exactRank = "exact-rank"
    /// A shape fitted on two or more statistics of the same population (`FittedModel`).
    case fitted
}

/// A position on 0–100 within one study's population: the share of the population the company does
/// better than.
///
/// `low` and `high` are the distribution-free bounds, the tightest the published facts imply without
/// assuming a shape. `estimate` is a single number only where the facts identify one (`basis`); it is
/// nil with a single point and a domain end, where the report shows the interval without a marker.
public struct PositionEstimate: Sendable, Hashable {
    /// The estimate, 0–100, or nil when the published facts identify none.
    public var estimate: Double?
    /// Lower bound, 0–100.
    public var low: Double
    /// Upper bound, 0–100.
    public var high: Double
    /// How the estimate was obtained; nil with no estimate.
    public var basis: EstimateBasis?
    /// The fitted model, for a `fitted` estimate.
    public var model: FittedModel?

    public init(estimate: Double?, low: Double, high: Double, basis: EstimateBasis? = nil, model: FittedModel? = nil) {
        self.estimate = estimate
        self.low = low
        self.high = high
        self.basis = estimate == nil ? nil : basis
        self.model = model
    }

    /// Width of the bounds in percentile points.
    public var width: Double { high - low }

    /// The interval a reader is shown, 0–100: the fitted model's own interval for a fitted estimate,
    /// the bounds otherwise.
    public var shownLow: Double { model?.low ?? low }
    public var shownHigh: Double { model?.high ?? high }
    /// Width of the shown interval, in percentile points.
    public var shownWidth: Double { shownHigh - shownLow }

    /// An interval wider than this (percentile points) makes the position "approximate": the report
    /// shows the range, not a single number.
    public static let approximateWidth = 10.0

    /// A shown interval wider than this (percentile points, half the scale) says too little: the board
    /// summary shows "no informative study" rather than such a position.
    public static let informativeWidth = 50.0

    /// Whether the report must say the position is approximate and show the range: no estimate, or an
    /// interval wider than `approximateWidth`.
    public var isApproximate: Bool { estimate == nil || shownWidth > Self.approximateWidth }

    /// Whether the position says something: an interval of at most `informativeWidth` points.
    public var isInformative: Bool { shownWidth <= Self.informativeWidth }
}

/// A shape fitted on a study's published statistics, and the interval of the position it gives.
public struct FittedModel: Sendable, Hashable {
    /// The family of shapes.
    public enum Family: String, Sendable, Hashable, Codable {
        /// log(v − min) is normal: durations and other positive, right-skewed KPIs.
        case logNormal = "log-normal"
        /// logit((v − min) / (max − min)) is normal: shares on a bounded scale (0–100 %).
        case logitNormal = "logit-normal"
    }

    public var family: Family
    /// The published statistics the shape was fitted on.
    public var fittedFrom: [PublishedStatistic]
    /// Location and scale on the transformed axis (μ, σ of the normal).
    public var location: Double
    public var scale: Double
    /// The interval of the position (0–100) from the rounding of the published figures and, where the
    /// sample size is known, their sampling error; within the distribution-free bounds.
    public var low: Double
    public var high: Double

    public init(family: Family, fittedFrom: [PublishedStatistic], location: Double, scale: Double, low: Double, high: Double) {
        self.family = family
        self.fittedFrom = fittedFrom
        self.location = location
        self.scale = scale
        self.low = low
        self.high = high
    }
}

/// One statistic a study publishes about its population, as a fitted model uses it.
public enum PublishedStatistic: Sendable, Hashable {
    /// F(value) = share (a median is share 0.5, a quartile 0.25 or 0.75).
    case quantile(value: Double, share: Double)
    /// The population's mean.
    case mean(Double)
    /// F(upper) − F(lower) = share ("34 % between 3 and 4 min").
    case shareBetween(lower: Double, upper: Double, share: Double)
    /// The smallest and largest of n members' values (each used as an order statistic).
    case range(minimum: Double, maximum: Double, count: Int)

    /// A stable name: `median`, `p25`, `mean`, `share_between`, `range`.
    public var name: String {
        switch self {
        case .quantile(_, let share):
            if share == 0.5 { return "median" }
            let percent = share * 100
            return percent == percent.rounded() ? "p\(Int(percent))" : "quantile"
        case .mean: return "mean"
        case .shareBetween: return "share_between"
        case .range: return "range"
        }
    }
}
