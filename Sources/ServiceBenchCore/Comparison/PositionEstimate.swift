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
