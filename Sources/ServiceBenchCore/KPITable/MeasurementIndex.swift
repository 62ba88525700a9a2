/// Measurements indexed by company, period and KPI, for the comparison's many look-ups.
public struct MeasurementIndex: Sendable {
    private var values: [String: [Period: [String: Measurement]]] = [:]
    /// Peer values of each (period, KPI), the company names alongside.
    private var byPeriodAndKPI: [PeriodKPI: [(company: String, value: Double)]] = [:]

    struct PeriodKPI: Hashable {
        var period: Period
        var kpi: String
    }

    public init(_ measurements: [Measurement]) {
        for measurement in measurements {
            values[measurement.company, default: [:]][measurement.period, default: [:]][measurement.kpi] = measurement
        }
        for (company, periods) in values {
            for (period, kpis) in periods {
                for (kpi, measurement) in kpis where measurement.option == nil {
                    byPeriodAndKPI[PeriodKPI(period: period, kpi: kpi), default: []].append((company, measurement.value))
                }
            }
        }
    }

    /// The company's measurements in `period`, by KPI id.
    public func measurements(of company: String, in period: Period) -> [String: Measurement] {
        values[company]?[period] ?? [:]
    }

    /// The periods the company has values for, oldest first.
    public func periods(of company: String) -> [Period] {
        (values[company].map { Array($0.keys) } ?? []).sorted()
    }

    public func contains(company: String) -> Bool { values[company] != nil }

    /// Companies with at least one value in `period`, sorted.
    public func companies(in period: Period) -> [String] {
        values.filter { $0.value[period] != nil }.map(\.key).sorted()
    }

    /// Every company's value of `kpi` in `period` (numeric values only, practices with options left out).
    public func values(of kpi: String, in period: Period) -> [(company: String, value: Double)] {
        byPeriodAndKPI[PeriodKPI(period: period, kpi: kpi)] ?? []
    }

    /// The company's latest value of `kpi` before `period`, among periods of the same granularity.
    public func previous(of kpi: String, for company: String, before period: Period) -> Measurement? {
        guard let periods = values[company] else { return nil }
        return periods
            .filter { $0.key < period && $0.key.granularity == period.granularity && $0.value[kpi] != nil }
            .max { $0.key < $1.key }?
            .value[kpi]
    }
}
