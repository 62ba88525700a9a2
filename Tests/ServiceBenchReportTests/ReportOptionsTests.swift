import Testing
@testable import ServiceBenchReport

@Suite struct ReportOptionsTests {
    @Test(arguments: ["2026-03-31", "2024-02-29", "2000-02-29"])
    func acceptsRealDates(text: String) throws {
        _ = try ReportOptions.parseDate(text)
    }

    @Test(arguments: ["2026-3-31", "2026-02-30", "2023-02-29", "1900-02-29", "2026-13-01", "2026-00-10", "31/03/2026", "", "2026-03-31T00"])
    func rejectsOthers(text: String) {
        #expect(throws: ReportError.self) { _ = try ReportOptions.parseDate(text) }
    }

    @Test func writerRejectsBadDate() {
        let error = #expect(throws: ReportError.self) { _ = try Fixture.writer(date: "2026-02-30") }
        #expect(error?.code == .invalidOption)
        #expect(error?.exitCode == .usage)
    }
}
