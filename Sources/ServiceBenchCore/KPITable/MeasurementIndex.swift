/// Measurements indexed by company, period and KPI, for the comparison's many look-ups.
package struct MeasurementIndex: Sendable {
    private var values: [String: [Period: [String: Measurement]]] = [:]
    /// Every company's numeric value of each (period, KPI), sorted ascending.
    private var sortedByPeriodAndKPI: [PeriodKPI: [Double]] = [:]
    /// The companies with at least one value in each period.
    private var companiesByPeriod: [Period: Set<String>] = [:]

    struct PeriodKPI: Hashable {
        var period: Period
        var kpi: String
    }

    package init(_ measurements: [Measurement]) {
        for measurement in measurements {
            values[measurement.company, default: [:]][measurement.period, default: [:]][measurement.kpi] = measurement
        }
        for (company, periods) in values {
            for (period, kpis) in periods {
                companiesByPeriod[period, default: []].insert(company)
                for (kpi, measurement) in kpis where measurement.option == nil {
                    sortedByPeriodAndKPI[PeriodKPI(period: period, kpi: kpi), default: []].append(measurement.value)
                }
            }
        }
        for key in sortedByPeriodAndKPI.keys { sortedByPeriodAndKPI[key]?.sort() }
    }

    /// The company's measurements in `period`, by KPI id.
    package func measurements(of company: String, in period: Period) -> [String: Measurement] {
        values[company]?[period] ?? [:]
    }

    /// The periods the company has values for, oldest first.
    package func periods(of company: String) -> [Period] {
        (values[company].map { Array($0.keys) } ?? []).sorted()
    }

    package func contains(company: String) -> Bool { values[company] != nil }

    /// Number of companies with at least one value in `period`, `company` left out.
    package func companyCount(in period: Period, excluding company: String) -> Int {
        guard let companies = companiesByPeriod[period] else { return 0 }
        return companies.count - (companies.contains(company) ? 1 : 0)
    }

    /// Every company's numeric value of `kpi` in `period`, sorted ascending (practices with options
    /// left out).
    package func sortedValues(of kpi: String, in period: Period) -> [Double] {
        sortedByPeriodAndKPI[PeriodKPI(period: period, kpi: kpi)] ?? []
    }

    /// How many values of `kpi` in `period` lie below, at and above `value`, `company`'s own value
    /// left out: two binary searches in the sorted values.
    package func counts(around value: Double, of kpi: String, in period: Period, excluding company: String) -> (below: Int, equal: Int, above: Int) {
        let sorted = sortedValues(of: kpi, in: period)
        var below = Self.firstIndex(in: sorted) { $0 >= value }
        var equal = Self.firstIndex(in: sorted) { $0 > value } - below
        var above = sorted.count - below - equal
        if let own = values[company]?[period]?[kpi], own.option == nil {
            if own.value < value { below -= 1 } else if own.value == value { equal -= 1 } else { above -= 1 }
        }
        return (below, equal, above)
    }

    /// The first index whose element satisfies `predicate` (which must be false then true along `sorted`).
    private static func firstIndex(in sorted: [Double], where predicate: (Double) -> Bool) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if predicate(sorted[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The company's latest value of `kpi` before `period`, among periods of the same granularity.
    package func previous(of kpi: String, for company: String, before period: Period) -> Measurement? {
        guard let periods = values[company] else { return nil }
        return periods
            .filter { $0.key < period && $0.key.granularity == period.granularity && $0.value[kpi] != nil }
            .max { $0.key < $1.key }?
            .value[kpi]
    }

    /// The company's values of `kpi` in every period of `period`'s granularity up to and including
    /// it, oldest first.
    package func series(of kpi: String, for company: String, through period: Period) -> [Measurement] {
        guard let periods = values[company] else { return [] }
        return periods
            .filter { $0.key <= period && $0.key.granularity == period.granularity }
            .sorted { $0.key < $1.key }
            .compactMap { $0.value[kpi] }
    }

    /// The company's value of `kpi` in the same period of the year before (`2025-Q3` for `2026-Q3`,
    /// `2025-03` for `2026-03`); nil for a year, or when it is not in the input.
    package func samePeriodLastYear(of kpi: String, for company: String, before period: Period) -> Measurement? {
        guard period.granularity != .year else { return nil }
        var earlier = period
        earlier.year -= 1
        return values[company]?[earlier]?[kpi]
    }
}
