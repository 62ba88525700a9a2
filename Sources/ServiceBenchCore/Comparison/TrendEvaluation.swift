extension Trend {
    /// The change from `previous` to `value`, judged by the KPI's direction: for a higher-is-better KPI
    /// a rise is an improvement, for a lower-is-better one a fall. For a target-band KPI, moving closer
    /// to the band (given by `band`) is an improvement; without a band the change has no direction.
    /// `test` says whether the change is beyond the samples' noise (`ChangeTest`).
    package init(value: Double, previous: Measurement, direction: KPIDirection, band: Target? = nil, test: ChangeTest? = nil) {
        self.init(
            previousPeriod: previous.period, previous: previous.value, delta: value - previous.value,
            change: Self.change(from: previous.value, to: value, direction: direction, band: band), test: test)
    }

    /// Whether going from `before` to `after` is better, worse, the same, or a move without a better
    /// direction, for a KPI of `direction` (and its band target, for a target-band KPI).
    static func change(from before: Double, to after: Double, direction: KPIDirection, band: Target?) -> TrendChange {
        let delta = after - before
        guard delta != 0 else { return .unchanged }
        switch direction {
        case .higherIsBetter: return delta > 0 ? .improved : .worsened
        case .lowerIsBetter: return delta < 0 ? .improved : .worsened
        case .neutral: return .changed
        case .targetBand:
            guard let band else { return .changed }
            let distanceBefore = band.distance(of: before)
            let distanceAfter = band.distance(of: after)
            return distanceAfter < distanceBefore ? .improved : distanceAfter > distanceBefore ? .worsened : .unchanged
        }
    }

    /// The trend of `value` with the series of the input up to it (`history`, oldest first, the
    /// reported period last) and the change since the same period of the year before.
    package init(
        value: Double, previous: Measurement, history: [Measurement], lastYear: Measurement?, direction: KPIDirection, band: Target? = nil,
        test: ChangeTest? = nil
    ) {
        self.init(value: value, previous: previous, direction: direction, band: band, test: test)
        if history.count >= Self.minimumSeries { series = history.map { Point(period: $0.period, value: $0.value) } }
        yearOverYear = lastYear.map { last in
            YearOverYear(
                period: last.period, value: last.value, delta: value - last.value,
                change: Self.change(from: last.value, to: value, direction: direction, band: band))
        }
    }
}
