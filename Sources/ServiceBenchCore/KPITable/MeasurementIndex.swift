/// Measurements indexed by company, period and KPI, for the comparison's many look-ups; and, for the
/// peer ranks, each KPI's ranked values sorted per peer group and period, so that a company's rank is
/// two binary searches whatever the panel's size (10,000 companies × 36 KPIs: no linear filter).
package struct MeasurementIndex: Sendable {
    private var values: [String: [Period: [String: Measurement]]] = [:]
    /// The ranked value (`rankedValue`) of every company with one, sorted ascending, by group, period
    /// and KPI. Group 0 is every company; groups 1… the companies sharing one key of `groups`.
    private var sortedByGroup: [GroupPeriodKPI: [Double]] = [:]
    /// The number of companies with at least one value in each (group, period).
    private var companyCounts: [GroupPeriod: Int] = [:]
    /// Each group key's number (1…).
    private var groupNumbers: [String: Int] = [:]
    /// The group number of each company that has a key.
    private var groupOfCompany: [String: Int] = [:]
    /// The KPIs ranked per 1,000 of a volume, with that volume's KPI id (catalogue `ranked-per`).
    private let ratesPer: [String: String]
    /// The KPIs never ranked (volumes, practices, KPIs with no better direction).
    private let unranked: Set<String>

    struct GroupPeriodKPI: Hashable {
        var group: Int
        var period: Period
        var kpi: String
    }

    struct GroupPeriod: Hashable {
        var group: Int
        var period: Period
    }

    /// `groups`: each company's peer-group key (its profile, sector or size, `PeerGroup.key`); the
    /// companies without one are only in the group of all. `ranking`: the catalogue, which says how
    /// each KPI is ranked (`rankedPer`, and the KPIs never ranked); empty = every KPI's value is ranked.
    package init(_ measurements: [Measurement], groups: [String: String] = [:], ranking catalogue: [KPIDefinition] = []) {
        var ratesPer: [String: String] = [:]
        var unranked = Set<String>()
        for kpi in catalogue {
            if let base = kpi.rankedPer { ratesPer[kpi.id] = base }
            if !kpi.isRankedAmongPeers { unranked.insert(kpi.id) }
        }
        self.ratesPer = ratesPer
        self.unranked = unranked
        for measurement in measurements {
            values[measurement.company, default: [:]][measurement.period, default: [:]][measurement.kpi] = measurement
        }
        for (company, key) in groups {
            let number = groupNumbers[key] ?? (groupNumbers.count + 1)
            groupNumbers[key] = number
            groupOfCompany[company] = number
        }
        for (company, periods) in values {
            let group = groupOfCompany[company]
            for (period, kpis) in periods {
                companyCounts[GroupPeriod(group: 0, period: period), default: 0] += 1
                if let group { companyCounts[GroupPeriod(group: group, period: period), default: 0] += 1 }
                for kpi in kpis.keys where !unranked.contains(kpi) {
                    guard let value = Self.rankedValue(of: kpi, in: kpis, per: ratesPer[kpi]) else { continue }
                    sortedByGroup[GroupPeriodKPI(group: 0, period: period, kpi: kpi), default: []].append(value)
                    if let group { sortedByGroup[GroupPeriodKPI(group: group, period: period, kpi: kpi), default: []].append(value) }
                }
            }
        }
        for key in sortedByGroup.keys { sortedByGroup[key]?.sort() }
    }

    /// What a company's `kpi` is ranked by among peers, from its measurements of one period: the value
    /// itself, or for a KPI ranked per 1,000 of a volume (`base`) value ÷ base × 1,000 where both are
    /// known and the base is above 0; nil when there is none (a practice's option, a missing base).
    package static func rankedValue(of kpi: String, in measurements: [String: Measurement], per base: String?) -> Double? {
        guard let measurement = measurements[kpi], measurement.option == nil else { return nil }
        guard let base else { return measurement.value }
        guard let volume = measurements[base], volume.option == nil, volume.value > 0 else { return nil }
        return measurement.value / volume.value * 1000
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

    /// The group number of `key` (0 for nil, the group of all); nil for a key no company has.
    private func groupNumber(_ key: String?) -> Int? {
        guard let key else { return 0 }
        return groupNumbers[key]
    }

    /// Whether `company` is in group `number` with at least one value in `period`.
    private func isMember(_ company: String, of number: Int, in period: Period) -> Bool {
        guard values[company]?[period] != nil else { return false }
        return number == 0 || groupOfCompany[company] == number
    }

    /// Number of companies with at least one value in `period`, `company` left out: of the group whose
    /// key is `group` (`PeerGroup.key`), or of every company for nil.
    package func companyCount(in period: Period, group: String? = nil, excluding company: String) -> Int {
        guard let number = groupNumber(group), let count = companyCounts[GroupPeriod(group: number, period: period)] else { return 0 }
        return count - (isMember(company, of: number, in: period) ? 1 : 0)
    }

    /// The ranked values of `kpi` in `period` (`rankedValue`: per 1,000 of its base for a KPI ranked
    /// so), of the group whose key is `group` or of every company for nil, sorted ascending.
    package func sortedValues(of kpi: String, in period: Period, group: String? = nil) -> [Double] {
        guard let number = groupNumber(group) else { return [] }
        return sortedByGroup[GroupPeriodKPI(group: number, period: period, kpi: kpi)] ?? []
    }

    /// How many ranked values of `kpi` in `period`, in the group whose key is `group` (nil: every
    /// company), lie below, at and above `value`, `company`'s own left out: two binary searches in the
    /// sorted values. `value` is a ranked value too (per 1,000 of the base for a KPI ranked so).
    package func counts(
        around value: Double, of kpi: String, in period: Period, group: String? = nil, excluding company: String
    ) -> (below: Int, equal: Int, above: Int) {
        let sorted = sortedValues(of: kpi, in: period, group: group)
        var below = Self.firstIndex(in: sorted) { $0 >= value }
        var equal = Self.firstIndex(in: sorted) { $0 > value } - below
        var above = sorted.count - below - equal
        if let number = groupNumber(group), isMember(company, of: number, in: period), !unranked.contains(kpi),
            let own = values[company]?[period].flatMap({ Self.rankedValue(of: kpi, in: $0, per: ratesPer[kpi]) })
        {
            if own < value { below -= 1 } else if own == value { equal -= 1 } else { above -= 1 }
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
