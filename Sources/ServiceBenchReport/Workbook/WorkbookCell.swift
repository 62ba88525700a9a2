import ServiceBenchCore

/// One cell of a sheet of the workbook (`--format xlsx`), or one field of the KPIs table as CSV
/// (`--format csv`). An absent figure is `.empty`, never 0.
enum WorkbookCell: Sendable {
    case empty
    /// Text, written as text whatever it starts with (never a formula; see `WorkbookText`).
    case text(String)
    /// A figure in a KPI's unit, as the JSON gives it (rounded to 6 decimals). The workbook writes a
    /// percentage (0–100) as a fraction with a percent format (91.2 → 0.912, shown `91.2%`), a
    /// duration (seconds, hours, days) as Excel's duration, a number of days with the `[h]:mm:ss`
    /// format (41 s → 41/86,400, shown `0:00:41`); the CSV writes the figure in the KPI's unit.
    case figure(Double, KPIUnit)
    /// A change in a KPI's unit (a trend's delta), shown with its sign: a percentage's as a fraction
    /// (`+2.1%`), a duration's in seconds (`-14 s`: Excel shows no negative time); the CSV writes it
    /// in the KPI's unit.
    case change(Double, KPIUnit)
    /// Any other number, shown in `style` (a percentile 0–100, a count, a p-value).
    case number(Double, NumberStyle)
    case bool(Bool)

    /// How a number that is not a KPI figure is shown.
    enum NumberStyle: Sendable {
        /// `#,##0`: counts, ranks, sample sizes.
        case integer
        /// `0`: years.
        case year
        /// `0.0`: percentiles 0–100.
        case decimal1
        /// `0.0000`: p-values, test statistics.
        case decimal4
    }

    /// `.figure(value, unit)` rounded to 6 decimals as the JSON, or `.empty` for nil.
    static func figure(_ value: Double?, in unit: KPIUnit) -> WorkbookCell {
        guard let value, value.isFinite else { return .empty }
        return .figure(JSONValue.rounded(value), unit)
    }

    /// `.change(value, unit)` rounded to 6 decimals as the JSON, or `.empty` for nil.
    static func change(_ value: Double?, in unit: KPIUnit) -> WorkbookCell {
        guard let value, value.isFinite else { return .empty }
        return .change(JSONValue.rounded(value), unit)
    }

    /// `.number(value, style)` rounded to 6 decimals as the JSON, or `.empty` for nil.
    static func number(_ value: Double?, as style: NumberStyle) -> WorkbookCell {
        guard let value, value.isFinite else { return .empty }
        return .number(JSONValue.rounded(value), style)
    }

    static func integer(_ value: Int?) -> WorkbookCell { value.map { .number(Double($0), .integer) } ?? .empty }

    /// `.text(text)`, or `.empty` for nil or an empty text.
    static func optionalText(_ text: String?) -> WorkbookCell {
        guard let text, !text.isEmpty else { return .empty }
        return .text(text)
    }

    static func optionalBool(_ value: Bool?) -> WorkbookCell { value.map { .bool($0) } ?? .empty }
}
