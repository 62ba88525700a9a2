import Foundation
import ServiceBenchCore
@testable import ServiceBenchReport

enum TestSupport {
    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("servicebench-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the bundled templates, to break on purpose.
    static func copyOfTemplates() throws -> URL {
        let directory = try temporaryDirectory().appendingPathComponent("templates")
        try FileManager.default.copyItem(atPath: Fixture.templates, toPath: directory.path)
        return directory
    }

    /// Replaces `old` by `new` in the template `name` of `directory`.
    static func edit(_ directory: URL, _ name: String, replacing old: String, with new: String) throws {
        let file = directory.appendingPathComponent(name)
        let text = try String(contentsOf: file, encoding: .utf8)
        precondition(text.contains(old), "\(name) does not contain \(old)")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    static func text(_ document: ReportDocument) -> String { String(decoding: document.bytes, as: UTF8.self) }

    /// The 1-based line of the first occurrence of `needle` in the file.
    static func line(of needle: String, in file: URL) throws -> Int? {
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }
}
