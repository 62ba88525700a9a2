extension Target {
    /// Met when the value satisfies the comparator; near when it misses by no more than `tolerance`
    /// (in the KPI's unit); missed otherwise.
    package func status(of value: Double) -> TargetStatus {
        let shortfall: Double
        switch comparator {
        case .atLeast: shortfall = threshold - value
        case .atMost: shortfall = value - threshold
        case .between: shortfall = max(threshold - value, value - (upper ?? threshold))
        }
        if shortfall <= 0 { return .met }
        return shortfall <= tolerance ? .near : .missed
    }

    /// Whether a bound of the target (its threshold, or either end of a band) lies inside `interval`:
    /// the status could be another within the value's margin of error.
    package func lies(within interval: ValueInterval) -> Bool {
        interval.contains(threshold) || (comparator == .between && interval.contains(upper ?? threshold))
    }

    /// How far the value is outside the target (0 when met), in the KPI's unit.
    func distance(of value: Double) -> Double {
        switch comparator {
        case .atLeast: return max(0, threshold - value)
        case .atMost: return max(0, value - threshold)
        case .between: return max(0, threshold - value, value - (upper ?? threshold))
        }
    }
}
