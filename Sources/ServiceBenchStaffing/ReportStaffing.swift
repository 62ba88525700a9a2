import ServiceBenchCore
import ServiceBenchIngest

/// The staffing what-if of a report: agents needed to reach the profile's service-level target.
///
/// - From raw calls: per hour of the day, the average weekday (Monday–Friday) volume and handle time
///   observed in the reported period (calls ÷ weekday dates with calls), the agents Erlang C needs for it, beside the service level
///   observed in that hour.
/// - From a KPI table alone: one row at the period's average hourly volume (`calls_offered` over the
///   opening hours of `OpeningHours`) and its `aht`: a floor, since peak hours need more.
package enum ReportStaffing {
    /// Monday to Friday (0 = Monday in `HourOfWeekCalls.weekday`).
    static let weekdays = 0..<5

    /// The what-ifs of a run, by company name, and the warnings the command prints (a company whose
    /// what-if cannot be computed, an hour whose load cannot be planned).
    package struct Outcome {
        package var data: [String: StaffingReportData] = [:]
        package var warnings: [String] = []
    }

    /// The what-if for each comparison that has what it needs, by company name. A company whose
    /// what-if cannot be computed gets none, with a warning: the rest of its report does not depend on it.
    /// `openingHours`: the service's week, for the average-volume what-if of a KPI table.
    /// `clientTargets`: the client's own targets by KPI, which replace the profile's service-level target.
    package static func data(
        for comparisons: [CompanyComparison], calls: [CallGroupDetail], reference: ReferenceData,
        openingHours: OpeningHours = OpeningHours(), clientTargets: [String: Target] = [:]
    ) -> Outcome {
        var outcome = Outcome()
        for comparison in comparisons {
            guard let target = serviceLevelTarget(for: comparison, reference: reference, clientTargets: clientTargets) else { continue }
            let detail = calls.first { $0.company == comparison.company.name && $0.period == comparison.period && $0.queue == nil }
            do throws(StaffingError) {
                if let detail, let data = try hourly(detail, target: target, warnings: &outcome.warnings) {
                    outcome.data[comparison.company.name] = data
                } else if let data = try average(comparison, target: target, openingHours: openingHours, warnings: &outcome.warnings) {
                    outcome.data[comparison.company.name] = data
                }
            } catch {
                outcome.warnings.append("warning: no staffing what-if for '\(comparison.company.name)': \(error)")
            }
        }
        return outcome
    }

    /// The service-level target (`service_level_<T>s` ≥ P), the client's own first, else the
    /// profile's: share 0–1 and T in seconds.
    static func serviceLevelTarget(
        for comparison: CompanyComparison, reference: ReferenceData, clientTargets: [String: Target] = [:]
    ) -> (share: Double, seconds: Double)? {
        for kpi in reference.kpis where kpi.id.hasPrefix("service_level_") && kpi.id.hasSuffix("s") {
            guard let seconds = Double(kpi.id.dropFirst("service_level_".count).dropLast()),
                let target = clientTargets[kpi.id], target.comparator == .atLeast
            else { continue }
            return (target.threshold / 100, seconds)
        }
        let profile = comparison.profile?.id ?? comparison.company.profile
        for kpi in reference.kpis where kpi.id.hasPrefix("service_level_") && kpi.id.hasSuffix("s") {
            guard let seconds = Double(kpi.id.dropFirst("service_level_".count).dropLast()),
                let target = reference.targets(for: kpi.id, profile: profile).first(where: { $0.comparator == .atLeast })
            else { continue }
            return (target.threshold / 100, seconds)
        }
        return nil
    }

    /// Per hour of the day, the weekday hours summed over Monday–Friday and planned by
    /// `WeeklyStaffingPlanner` over the number of open weekdays: the weekday dates of the period with
    /// at least one call (a quarter from a Thursday to a Tuesday has 64, not 13 weeks × 5; a holiday
    /// without calls is not a day of zero volume). That gives the average working day; an hour with
    /// calls but no answered call takes the day's AHT. An hour whose load is beyond the staffing
    /// search is kept, shown as unreachable, with a warning.
    static func hourly(
        _ detail: CallGroupDetail, target: (share: Double, seconds: Double), warnings: inout [String]
    ) throws(StaffingError) -> StaffingReportData? {
        let openWeekdays = weekdays.reduce(0) { $0 + detail.openDaysByWeekday[$1] }
        guard openWeekdays > 0 else { return nil }
        let thresholdIndex = detail.serviceLevelThresholds.firstIndex(of: Int(target.seconds))
        let hours: [HourOfWeekVolume] = (0..<24).compactMap { hour in
            let buckets = detail.hoursOfWeek.filter { weekdays.contains($0.weekday) && $0.hour == hour }
            let offered = buckets.reduce(0) { $0 + $1.offered }
            guard offered > 0 else { return nil }
            let observed = thresholdIndex.map { index in
                Double(buckets.reduce(0) { $0 + $1.answeredWithin[index] }) / Double(offered)
            }
            // Hour `hour` of the first day of the week stands for that hour of the average weekday.
            return HourOfWeekVolume(
                hourOfWeek: hour, callsOffered: Double(offered), callsAnswered: Double(buckets.reduce(0) { $0 + $1.answered }),
                handleSeconds: buckets.reduce(0.0) { $0 + $1.handleSeconds }, observedServiceLevel: observed)
        }
        var days = [Double](repeating: 0, count: 7)
        days[0] = Double(openWeekdays)
        let plan = try WeeklyStaffingPlanner.plan(
            hours: hours, daysByWeekday: days, policy: StaffingPolicy(targetShare: target.share, targetSeconds: target.seconds))
        var unreachable: [String] = []
        let rows: [StaffingReportData.Row] = plan.prefix(24).compactMap { hour in
            guard hour.callsPerHour > 0, let aht = hour.ahtSeconds, let staffing = hour.staffing else { return nil }
            let label = (hour.hourOfWeek < 10 ? "0" : "") + "\(hour.hourOfWeek):00"
            if staffing.agents == nil { unreachable.append(label) }
            return StaffingReportData.Row(
                label: label, calls: hour.callsPerHour, averageHandleSeconds: aht, agentsNeeded: staffing.agents,
                observedServiceLevel: hour.observedServiceLevel.map { 100 * $0 })
        }
        guard !rows.isEmpty else { return nil }
        if !unreachable.isEmpty {
            warnings.append("warning: staffing what-if for '\(detail.company)': the target is unreachable at \(unreachable.joined(separator: ", ")) (the load needs more than \(StaffingPlanner.maximumAgents) agents); shown as unreachable")
        }
        return StaffingReportData(
            rows: rows, targetShare: 100 * target.share, targetSeconds: target.seconds,
            basis: .weekdayHours(weeks: detail.weeksCovered, days: openWeekdays))
    }

    static func average(
        _ comparison: CompanyComparison, target: (share: Double, seconds: Double), openingHours: OpeningHours,
        warnings: inout [String]
    ) throws(StaffingError) -> StaffingReportData? {
        guard let calls = comparison.results.first(where: { $0.kpi.id == "calls_offered" })?.value,
            let aht = comparison.results.first(where: { $0.kpi.id == "aht" })?.value, calls > 0, aht > 0
        else { return nil }
        let whatIf = try AverageVolumeWhatIf.plan(
            callsOffered: calls, period: comparison.period, ahtSeconds: aht,
            policy: StaffingPolicy(targetShare: target.share, targetSeconds: target.seconds), openingHours: openingHours)
        if whatIf.staffing.agents == nil {
            warnings.append("warning: staffing what-if for '\(comparison.company.name)': the target is unreachable at \(whatIf.callsPerHour) calls an hour (the load needs more than \(StaffingPlanner.maximumAgents) agents); shown as unreachable")
        }
        // The service level the table reports at the target's threshold, if it has it.
        let observed = comparison.results.first { $0.kpi.id == "service_level_\(Int(target.seconds))s" }?.value
        let row = StaffingReportData.Row(
            label: "", calls: whatIf.callsPerHour, averageHandleSeconds: aht, agentsNeeded: whatIf.staffing.agents,
            observedServiceLevel: observed)
        let opening = whatIf.openingHours
        return StaffingReportData(
            rows: [row], targetShare: 100 * target.share, targetSeconds: target.seconds,
            basis: .averageVolume(
                callsOffered: calls, openHours: whatIf.openHours, daysPerWeek: opening.daysPerWeek,
                hoursPerDay: opening.hoursPerDay))
    }
}
