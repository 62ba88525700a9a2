import ServiceBenchCore

/// Writes an ingestion's KPI table as the long CSV that `report` reads (`company,period,kpi,value`)
/// or as JSON with the data quality. Same table → same bytes.
public enum KPITableFormatter {
    /// A value as text: integers without a decimal point, others in Swift's shortest round-trip form.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func csv(_ table: KPITable) -> String {
        var out = "company,period,kpi,value\n"
        for m in table.measurements {
            out += "\(csvField(m.company)),\(m.period),\(m.kpi),\(number(m.value))\n"
        }
        return out
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    public static func json(_ table: KPITable) -> String {
        var out = "{\n  \"measurements\": ["
        for (index, m) in table.measurements.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "    {\"company\": \(jsonString(m.company)), \"period\": \(jsonString(m.period.description)), \"kpi\": \(jsonString(m.kpi)), \"value\": \(number(m.value))}"
        }
        out += table.measurements.isEmpty ? "],\n" : "\n  ],\n"
        out += "  \"data_quality\": ["
        for (index, quality) in table.quality.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "    {\"source\": \(jsonString(quality.source)), \"records_read\": \(quality.recordsRead), \"rejected\": \(quality.rejectedCount), \"rejections\": ["
            for (reasonIndex, reason) in quality.rejections.keys.sorted().enumerated() {
                guard let entry = quality.rejections[reason] else { continue }
                out += reasonIndex == 0 ? "" : ", "
                let examples = entry.examples.map { example in
                    "{\"line\": \(example.location.line ?? 0), \"column\": \(example.location.column ?? 0), \"message\": \(jsonString(example.message))}"
                }
                out += "{\"reason\": \(jsonString(reason)), \"count\": \(entry.count), \"examples\": [\(examples.joined(separator: ", "))]}"
            }
            out += "], \"notes\": [\(quality.notes.map(jsonString).joined(separator: ", "))]}"
        }
        out += table.quality.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    /// One line per input with rejected records, for standard error.
    public static func rejectionSummary(_ table: KPITable) -> [String] {
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
