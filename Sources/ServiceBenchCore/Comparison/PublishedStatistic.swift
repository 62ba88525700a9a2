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
            guard percent > 0, percent < 100, percent == percent.rounded() else { return "quantile" }
            return "p\(Int(percent))"
        case .mean: return "mean"
        case .shareBetween: return "share_between"
        case .range: return "range"
        }
    }
}
