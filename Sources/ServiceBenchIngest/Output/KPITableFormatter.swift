import ServiceBenchCore

/// Writes an ingestion's KPI table as the long CSV that `report` reads (`company,period,kpi,value`,
/// by `LongKPITableWriter`) or as JSON with the data quality. Same table → same bytes.
package enum KPITableFormatter {
    /// A value as text: integers without a decimal point, others in Swift's shortest round-trip form.
    package static func number(_ value: Double) -> String {
        LongKPITableWriter.number(value)
    }

    /// The long CSV that `report` reads, written by ServiceBenchCore beside its reader.
    package static func csv(_ table: KPITable) -> String {
        LongKPITableWriter.csv(table)
    }

    /// The measurements (`company`, `period`, `kpi`, `value`, and `n`, the answers, calls or tickets a
    /// share or a mean was counted on, null for other KPIs), the data quality of every input, and the
    /// tickets' and surveys' detail per period (`TicketGroupDetail`, `SurveyGroupDetail`: volumes by
    /// channel and contact reason, with the tickets whose reason is blank, responses by score group).
    package static func json(_ table: KPITable, detail: IngestDetail = IngestDetail()) -> String {
        JSONValue.object([
            ("measurements", .array(table.measurements.map { measurement in
                .object([
                    ("company", .string(measurement.company)),
                    ("period", .string(measurement.period.description)),
                    ("kpi", .string(measurement.kpi)),
                    ("value", .exactNumber(measurement.value)),
                    ("n", measurement.sample.map { .exactNumber(Double($0.size)) } ?? .null),
                ])
            })),
            ("data_quality", .array(table.quality.map(\.jsonValue))),
            ("tickets", .array(detail.tickets.map { group in
                .object([
                    ("company", .string(group.company)), ("period", .string(group.period.description)),
                    ("created", .number(Double(group.created))), ("resolved", .number(Double(group.resolved))),
                    ("by_channel", .array(group.byChannel.map { .object([("channel", .string($0.channel)), ("count", .number(Double($0.count)))]) })),
                    ("contact_reasons", .array(group.contactReasons.map { .object([("reason", .string($0.reason)), ("count", .number(Double($0.count)))]) })),
                    ("contact_reasons_unspecified", group.reasons.map { .number(Double($0.unspecified)) } ?? .null),
                    ("median_first_response_hours", .optional(group.medianFirstResponseHours)),
                    ("open_at_end", .number(Double(group.openAtEnd))), ("mean_open_age_days", .optional(group.meanOpenAgeDays)),
                ])
            })),
            ("surveys", .array(detail.surveys.map { group in
                .object([
                    ("company", .string(group.company)), ("period", .string(group.period.description)),
                    ("csat_responses", .number(Double(group.csatResponses))), ("nps_responses", .number(Double(group.npsResponses))),
                    ("promoters", .number(Double(group.promoters))), ("passives", .number(Double(group.passives))),
                    ("detractors", .number(Double(group.detractors))), ("ces7_responses", .number(Double(group.ces7Responses))),
                    ("ces5_responses", .number(Double(group.ces5Responses))),
                    ("by_channel", .array(group.byChannel.map { .object([("channel", .string($0.channel)), ("count", .number(Double($0.count)))]) })),
                ])
            })),
        ]).serialized()
    }

    /// One line per input with rejected records, for standard error.
    package static func rejectionSummary(_ table: KPITable) -> [String] {
        table.quality.compactMap { quality in
            guard quality.rejectedCount > 0 else { return nil }
            let reasons = quality.rejections.keys.sorted().compactMap { reason -> String? in
                guard let entry = quality.rejections[reason] else { return nil }
                let first = entry.examples.first.map { " (first at \($0.location))" } ?? ""
                return "\(reason) \(entry.count)\(first)"
            }
            return "\(quality.source): skipped \(quality.rejectedCount) of \(quality.recordsRead) records: \(reasons.joined(separator: ", "))"
        }
    }
}
