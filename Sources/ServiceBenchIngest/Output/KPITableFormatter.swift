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
    /// share or a mean was counted on, null for other KPIs) and the data quality of every input.
    package static func json(_ table: KPITable) -> String {
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
