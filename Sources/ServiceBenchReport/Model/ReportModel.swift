import ServiceBenchCore

/// The report of one company, ready for the templates: a tree of plain values (strings, numbers,
/// booleans, arrays and dictionaries), never markup.
public struct ReportModel {
    public let companyName: String
    public let period: Period
    /// The values the templates read, by key.
    public let context: [String: Any]

    init(companyName: String, period: Period, context: [String: Any]) {
        self.companyName = companyName
        self.period = period
        self.context = context
    }
}
