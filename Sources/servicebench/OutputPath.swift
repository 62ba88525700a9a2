import Foundation

/// What the file name given to `--output` says: a name ending in a format's extension (`.html`,
/// `.json`, …) is a file of that format, so `--format` may be left out, and may not contradict it.
enum OutputPath {
    /// The lower-cased extension of the last component of `path` (`out/Report.HTML` → `html`), or nil.
    static func fileExtension(_ path: String) -> String? {
        let name = (path as NSString).lastPathComponent
        let fileExtension = (name as NSString).pathExtension.lowercased()
        return fileExtension.isEmpty || fileExtension.count == name.count - 1 ? nil : fileExtension
    }

    /// The format that `output`'s extension names in `byExtension`, or nil when it names none. A
    /// `given` format (`--format`) that is another one is a usage error (exit 64) naming both.
    static func format<Format: RawRepresentable<String> & Equatable>(
        given: Format?, output: String?, byExtension: [String: Format]
    ) throws -> Format? {
        guard let output, output != "-", let fileExtension = fileExtension(output), let implied = byExtension[fileExtension] else {
            return nil
        }
        if let given, given != implied {
            let extensions = byExtension.filter { $0.value == given }.keys.sorted()
            let suggested = extensions.contains(given.rawValue) ? given.rawValue : extensions.first ?? given.rawValue
            throw UsageError(
                "--format \(given.rawValue) contradicts --output '\(output)', whose .\(fileExtension) extension says \(implied.rawValue); leave out --format, or end the file name in .\(suggested)")
        }
        return implied
    }

    /// Says on standard error which file was written: `wrote PATH`, one line per file.
    static func announce(_ paths: [String]) throws {
        for path in paths { try printError("wrote \(path)") }
    }
}
