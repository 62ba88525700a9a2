import ServiceBenchCore

/// The targets a company's breakdown rows are held against: those of its comparison
/// (`comparison.results[…].target`, the client's own targets included), by KPI id, with the KPI's
/// definition for its unit.
struct BreakdownTargets {
    private var results: [String: KPIComparison] = [:]

    init(_ comparison: CompanyComparison) {
        for result in comparison.results where results[result.kpi.id] == nil { results[result.kpi.id] = result }
    }

    /// The company's target for `kpi`, nil when it has none.
    func target(_ kpi: String) -> Target? { results[kpi]?.target?.target }

    /// The KPI's definition, when the company measures it.
    func definition(_ kpi: String) -> KPIDefinition? { results[kpi]?.kpi }

    /// The status of a row's `value` of `kpi` against the company's target; nil without a target or
    /// a value.
    func status(_ kpi: String, _ value: Double?) -> TargetStatus? {
        guard let value, let target = target(kpi) else { return nil }
        return target.status(of: value)
    }
}
