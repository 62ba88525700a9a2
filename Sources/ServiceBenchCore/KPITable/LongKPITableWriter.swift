/// Writes a KPI table as the long CSV (`company,period,kpi,value`) that `KPITableReader` reads back:
/// the one writer of that format, beside its reader, quoting by `CSVRules` (a field holding `,`, `"`,
/// CR or LF is quoted, its quotes doubled). Same table → same bytes.
package enum LongKPITableWriter {
    /// The header: the long layout's column names as `KPITableLayout` reads them.
    package static let header = ["company", "period", "kpi", "value"]

    /// A value as text: integers without a decimal point, others in Swift's shortest round-trip form.
    package static func number(_ value: Double) -> String {
        JSONValue.exact(value)
    }

    /// `text` as one CSV field.
    package static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The table's measurements, one line each, LF line ends, `.` as the decimal mark.
    package static func csv(_ table: KPITable) -> String {
        var out = header.joined(separator: ",") + "\n"
        for m in table.measurements {
            out += "\(field(m.company)),\(m.period),\(m.kpi),\(number(m.value))\n"
        }
        return out
    }
}
