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
    /// The interval of the position (0–100; of F, 0–1, in `Positioning.CumulativeShare`) from the
    /// rounding of the published figures and, where the sample size is known, their sampling error;
    /// within the distribution-free bounds.
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
