import ServiceBenchCore

/// Which export column holds each field ServiceBench reads. Written on the command line as
/// `--columns enter_ts=StartTime,answer_ts=AnswerTime,queue=Skill`: field names on the left (the
/// default column names of the kind of export), the export's header on the right, matched without
/// regard to case or surrounding spaces. A field mapped to an empty name (`outcome=`) is absent.
/// Fields not named keep their default column name.
package struct ColumnMapping: Sendable, Hashable {
    /// Header name by field name.
    package var names: [String: String]

    package init(_ names: [String: String] = [:]) {
        self.names = names
    }

    /// Parses `field=Header,field=Header`. Returns nil, with the offending part, when malformed.
    package static func parse(_ text: String) -> Result<ColumnMapping, MappingSyntaxError> {
        var names: [String: String] = [:]
        for part in text.split(separator: ",", omittingEmptySubsequences: true) {
            guard let equals = part.firstIndex(of: "=") else { return .failure(MappingSyntaxError(part: String(part))) }
            let field = String(part[..<equals]).trimmingWhitespace().lowercased()
            let header = String(part[part.index(after: equals)...]).trimmingWhitespace()
            guard !field.isEmpty else { return .failure(MappingSyntaxError(part: String(part))) }
            names[field] = header
        }
        return .success(ColumnMapping(names))
    }

    /// The header name for `field`: the mapped one, or the field name itself.
    func header(for field: String) -> String {
        names[field] ?? field
    }

    package struct MappingSyntaxError: Error, Sendable {
        package var part: String
    }
}
