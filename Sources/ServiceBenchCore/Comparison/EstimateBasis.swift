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
