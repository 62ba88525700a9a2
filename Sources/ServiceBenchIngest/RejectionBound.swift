import ServiceBenchCore

/// The most records `--skip-invalid` may skip in one file: `IngestOptions.maximumRejectedFraction`
/// of the records read (1 % by default). Beyond it the figures would rest on a part of the export
/// chosen by what could not be read (a 3CX export whose `Unanswered` calls are all skipped shows a
/// 100 % answer rate), so the ingestion fails (exit 65) with the counts by reason and the first examples.
enum RejectionBound {
    /// Throws when `quality` rejected more than the bound allows.
    static func check(_ quality: DataQuality, options: IngestOptions) throws(IngestError) {
        let rejected = quality.rejectedCount
        guard rejected > 0 else { return }
        let allowed = Int((Double(quality.recordsRead) * options.maximumRejectedFraction).rounded(.down))
        guard rejected > allowed else { return }
        var lines: [String] = []
        for reason in quality.rejections.keys.sorted() {
            guard let entry = quality.rejections[reason] else { continue }
            lines.append("  \(reason): \(entry.count)")
            for example in entry.examples { lines.append("    \(example.location): \(example.message)") }
        }
        let percent = Self.percent(Double(rejected) * 100 / Double(max(1, quality.recordsRead)))
        throw IngestError(
            .badRecord,
            """
            \(rejected) of \(quality.recordsRead) records (\(percent) %) cannot be read, more than --max-rejected \(Self.percent(options.maximumRejectedFraction * 100)) % allows: \
            the figures would rest on the records that happen to be readable. Fix the mapping (--preset, --columns, --time-format) \
            or raise --max-rejected if these records really are to be left out.
            \(lines.joined(separator: "\n"))
            """,
            at: SourceLocation(file: quality.source), reason: "too-many-rejected")
    }

    /// A percentage with at most two decimals, without trailing zeros (`1`, `0.5`, `12.34`).
    static func percent(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        let whole = Int(hundredths / 100)
        let fraction = Int(hundredths) % 100
        if fraction == 0 { return "\(whole)" }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
