import Foundation
import Testing
import ServiceBenchCore
@testable import ServiceBenchReport

/// The fixture report in both formats and both languages, compared byte for byte with the files in
/// `Golden/`. Re-record after an intended change with `SERVICEBENCH_RECORD=1 swift test --filter GoldenFileTests`
/// and review the diff (see README.md beside this file).
@Suite struct GoldenFileTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var recording: Bool { ProcessInfo.processInfo.environment["SERVICEBENCH_RECORD"] == "1" }

    @Test(arguments: ReportRenderingTests.cases)
    func fixtureReport(language: ReportLanguage, format: MarkupFormat) throws {
        let document = try Fixture.writer(language, format).renderReport(Fixture.comparison(), staffing: Fixture.staffing)
        try compare(document.bytes, with: "fixture-\(language.rawValue).\(format.rawValue)")
    }

    @Test(arguments: MarkupFormat.allCases)
    func fixtureIndex(format: MarkupFormat) throws {
        let documents = try Fixture.writer(.fr, format).documents(for: Fixture.panel, withIndex: true)
        try compare(try #require(documents.last).bytes, with: "index-fr.\(format.rawValue)")
    }

    /// The fixture's slide deck, in both formats and both languages.
    @Test(arguments: ReportRenderingTests.cases)
    func fixtureDeck(language: ReportLanguage, format: MarkupFormat) throws {
        let document = try Fixture.writer(language, format, document: .deck).renderReport(Fixture.comparison(), staffing: Fixture.staffing)
        #expect(document.fileName.hasSuffix("-slides.\(format.fileExtension)"))
        try compare(document.bytes, with: "deck-\(language.rawValue).\(format.rawValue)")
    }

    func compare(_ bytes: [UInt8], with name: String) throws {
        let file = Self.directory.appendingPathComponent(name)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
            return
        }
        let expected = try #require(FileManager.default.contents(atPath: file.path), "no golden file \(name); record it with SERVICEBENCH_RECORD=1")
        let same = Array(expected) == bytes
        if !same {
            let actual = FileManager.default.temporaryDirectory.appendingPathComponent("servicebench-actual-\(name)")
            try Data(bytes).write(to: actual)
            Issue.record("\(name) differs from its golden file; compare with \(actual.path) (diff -u), and if the change is intended re-record with SERVICEBENCH_RECORD=1")
        }
    }
}
