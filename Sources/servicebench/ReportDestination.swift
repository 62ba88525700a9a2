import Foundation
import ServiceBenchCore

/// Where `report` writes, and in which format, from `--output` and `--format`:
///
/// - no `--output` (or `-`): standard output, in `--format` (json by default);
/// - a name ending in `.html` (or `.htm`), `.xhtml`, `.json`, `.txt`, `.xlsx` or `.csv`: that file, in that format
///   (`--format` may be left out; one that contradicts the extension is a usage error);
/// - a character device or FIFO (`/dev/null`, a named pipe): written in place, in `--format`;
/// - an existing directory, or a name that does not exist yet: a directory (created when missing);
/// - an existing file whose name has none of those extensions: a usage error (its name does not
///   say its format, and a directory cannot take its place).
struct ReportDestination: Equatable {
    enum Target: Equatable {
        case standardOutput
        case file(String)
        case directory(String)
    }

    var format: ReportFormat
    var target: Target

    /// `fallback` is the format when neither `--format` nor the extension names one.
    static func resolve(output: String?, format: ReportFormat?, fallback: ReportFormat = .json) throws -> ReportDestination {
        guard let output, output != "-" else { return ReportDestination(format: format ?? fallback, target: .standardOutput) }
        if let implied = try OutputPath.format(given: format?.extensionFormat, output: output, byExtension: ReportFormat.byExtension) {
            // A deck keeps its format: `--format slides --output deck.html`.
            return ReportDestination(format: format ?? implied, target: .file(output))
        }
        let format = format ?? fallback
        if AtomicFile.destination(output) == .device { return ReportDestination(format: format, target: .file(output)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else {
            return ReportDestination(format: format, target: .directory(output))
        }
        guard isDirectory.boolValue else {
            throw UsageError(
                "--output '\(output)' is an existing file whose name does not say its format; end it in .html, .xhtml, .json, .txt, .xlsx or .csv, or give a directory")
        }
        return ReportDestination(format: format, target: .directory(output))
    }
}
