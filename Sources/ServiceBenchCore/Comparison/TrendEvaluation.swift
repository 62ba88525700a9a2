extension Trend {
    /// The change from `previous` to `value`, judged by the KPI's direction: for a higher-is-better KPI
    /// a rise is an improvement, for a lower-is-better one a fall. For a target-band KPI, moving closer
    /// to the band (given by `band`) is an improvement; without a band the change has no direction.
    /// `test` says whether the change is beyond the samples' noise (`ChangeTest`).
    public init(value: Double, previous: Measurement, direction: KPIDirection, band: Target? = nil, test: ChangeTest? = nil) {
        let delta = value - previous.value
        let change: TrendChange
        if delta == 0 {
            change = .unchanged
        } else {
            switch direction {
            case .higherIsBetter: change = delta > 0 ? .improved : .worsened
            case .lowerIsBetter: change = delta < 0 ? .improved : .worsened
            case .neutral:
                change = .changed
            case .targetBand:
                if let band {
                    let before = band.distance(of: previous.value)
                    let after = band.distance(of: value)
                    change = after < before ? .improved : after > before ? .worsened : .unchanged
                } else {
                    change = .changed
                }
            }
        }
        self.init(previousPeriod: previous.period, previous: previous.value, delta: delta, change: change, test: test)
    }
}
