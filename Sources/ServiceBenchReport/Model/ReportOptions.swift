import ServiceBenchCore

/// What the user chose for a report: the kind of document, language, markup format, title and date.
public struct ReportOptions: Sendable {
    /// A company's report (A4, with an index page for a panel), or its board deck (16:9 slides).
    public enum Document: String, Sendable {
        case report
        case deck
    }

    public var document: Document
    public var language: ReportLanguage
    public var format: MarkupFormat
    /// The report title; nil gives the default title of the language.
    public var title: String?
    /// The report date, `YYYY-MM-DD` as given by the user; nil prints no date (no clock is read).
    public var date: String?

    public init(
        document: Document = .report, language: ReportLanguage = .fr, format: MarkupFormat = .html, title: String? = nil, date: String? = nil
    ) {
        self.document = document
        self.language = language
        self.format = format
        self.title = title
        self.date = date
    }

    /// Checks that `text` is a real calendar date written `YYYY-MM-DD`, and returns its parts.
    public static func parseDate(_ text: String) throws(ReportError) -> (year: Int, month: Int, day: Int) {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            let slice = bytes[range]
            guard slice.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return slice.reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10),
            (1...12).contains(month), day >= 1
        else {
            throw ReportError(.invalidOption, "--date '\(text)' is not a date; write it YYYY-MM-DD, for example 2026-03-31")
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else {
            throw ReportError(.invalidOption, "--date '\(text)' does not exist (month \(month) has \(lengths[month - 1]) days); write a real date YYYY-MM-DD")
        }
        return (year, month, day)
    }
}
