import ServiceBenchCore
import ServiceBenchIngest

/// The JSON `contact_reasons` of a company: one object per source with reasons (tickets, then
/// calls) for the period of its results, or null when its exports give none. Each object:
///
/// - `period`, `channel_source` (`tickets` or `calls`), `total` (contacts of the period),
///   `unspecified` (those with a blank reason), `classified` (= total − unspecified),
///   `previous_period` (the period before in the input, or null);
/// - `reasons`, most first (ties by name), every one of them: `reason`, `count`, `share` and
///   `cumulative_share` (percent 0–100 of `classified`), `in_top_80`, tickets' `resolved`,
///   `median_resolution_hours` and `mean_resolution_hours`, calls' `answered` and `aht_seconds`
///   (null for the other source), `previous_count` (null without a previous period) and `change`
///   (share now − share then, points; null without one);
/// - `top_80`: the names of the reasons that make 80 % of the volume (`ContactReasonPareto`).
enum ContactReasonsJSON {
    static func value(_ detail: IngestDetail?, period: Period) -> JSONValue {
        let groups = ReportModelBuilder.reasonGroups(detail, period: period)
        guard !groups.isEmpty else { return .null }
        return .array(groups.map { object(ContactReasonPareto($0)) })
    }

    static func object(_ pareto: ContactReasonPareto) -> JSONValue {
        let group = pareto.group
        let count = { (value: Int?) in value.map { JSONValue.number(Double($0)) } ?? .null }
        return .object([
            ("period", .string(group.period.description)),
            ("channel_source", .string(group.source.rawValue)),
            ("total", .number(Double(group.total))),
            ("unspecified", .number(Double(group.unspecified))),
            ("classified", .number(Double(group.classified))),
            ("previous_period", .optional(group.previousPeriod?.description)),
            ("reasons", .array(pareto.rows.map { row in
                .object([
                    ("reason", .string(row.reason.reason)),
                    ("count", .number(Double(row.reason.count))),
                    ("share", .number(row.share)),
                    ("cumulative_share", .number(row.cumulativeShare)),
                    ("in_top_80", .bool(row.inTop80)),
                    ("resolved", count(row.reason.resolved)),
                    ("median_resolution_hours", .optional(row.reason.medianResolutionHours)),
                    ("mean_resolution_hours", .optional(row.reason.meanResolutionHours)),
                    ("answered", count(row.reason.answered)),
                    ("aht_seconds", .optional(row.reason.averageHandleSeconds)),
                    ("previous_count", count(row.reason.previousCount)),
                    ("change", .optional(row.change)),
                ])
            })),
            ("top_80", .array(pareto.top80.map(JSONValue.string))),
        ])
    }
}
