import Foundation
import ServiceBenchCore
@testable import ServiceBenchIngest

/// Writes test inputs to a fresh temporary directory and runs the ingester on them.
struct Fixture {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func ingest(_ name: String, _ text: String, kind: RawExportKind, options: IngestOptions = IngestOptions()) throws -> IngestResult {
        try RawExportIngester.ingest(files: [write(name, text)], kind: kind, options: options)
    }

    /// The error raised by ingesting `text`, or nil when none is.
    func error(_ name: String, _ text: String, kind: RawExportKind, options: IngestOptions = IngestOptions()) throws -> IngestError? {
        let path = try write(name, text)
        do {
            _ = try RawExportIngester.ingest(files: [path], kind: kind, options: options)
            return nil
        } catch {
            return error
        }
    }
}

extension IngestResult {
    /// The value of a KPI for a company (the options' default, "Company") and period.
    func value(_ kpi: String, company: String = "Company", period: String = "2026-Q1") -> Double? {
        table.measurements.first { $0.kpi == kpi && $0.company == company && $0.period.description == period }?.value
    }

    func callDetail(company: String = "Company", period: String = "2026-Q1") -> CallGroupDetail? {
        detail.calls.first { $0.company == company && $0.period.description == period }
    }
}

/// Compares doubles computed by hand with a tolerance for the last bits.
func close(_ a: Double?, _ b: Double) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= 1e-9 * max(1, abs(b))
}
