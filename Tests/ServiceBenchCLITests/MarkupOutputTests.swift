import Foundation
import Testing
import ServiceBenchCore
import ServiceBenchReport
@testable import servicebench

/// The glue `ReportCommand` calls: option checks, one file or a directory with an index.
@Suite struct MarkupOutputTests {
    static let kpi = KPIDefinition(
        id: "answer_rate", labelFR: "Taux de décroché", labelEN: "Answer rate", definitionFR: "Part des appels décrochés.",
        definitionEN: "Share of calls answered.", unit: .percent, direction: .higherIsBetter, dimension: .inbound, minimum: 0, maximum: 100,
        headline: true)
    static let reference = ReferenceData(kpis: [kpi], studies: [], distributions: [], adoptionRates: [], profiles: [], targets: [])
    static let templates = CommandRunner.packageRoot.appendingPathComponent("templates").path

    static func comparison(_ name: String, _ value: Double, rank: Int) -> CompanyComparison {
        CompanyComparison(
            company: CompanyInfo(name: name), period: Period(year: 2026, quarter: 1), profile: nil,
            results: [KPIComparison(kpi: kpi, value: value, target: nil, references: [], peers: PeerRank(rank: rank, count: 2, percentile: rank == 1 ? 100 : 0), trend: nil)],
            unmeasured: [], panelSize: 2, quality: [])
    }

    func write(
        _ comparisons: [CompanyComparison], format: MarkupFormat = .html, language: ReportLanguage = .fr, date: String? = nil, output: String?
    ) throws {
        // `--output` read as the command reads it.
        let target = try ReportDestination.resolve(output: output, format: format == .html ? .html : .xhtml).target
        _ = try writeMarkupReports(
            comparisons: comparisons, reference: Self.reference, format: format, language: language, templatesDirectory: Self.templates,
            title: nil, date: date, target: target)
    }

    @Test func severalCompaniesWriteReportsAndIndex() throws {
        let directory = try CommandRunner.temporaryDirectory().appendingPathComponent("out")
        try write([Self.comparison("Alpha & Cie", 91, rank: 1), Self.comparison("Béta", 80, rank: 2)], format: .xhtml, output: directory.path)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["alpha-cie.xhtml", "beta.xhtml", "index.xhtml"])
        let index = try String(contentsOf: directory.appendingPathComponent("index.xhtml"), encoding: .utf8)
        #expect(index.contains("Alpha &amp; Cie"))
        #expect(index.hasPrefix("<?xml"))
    }

    @Test func oneCompanyToAFile() throws {
        let file = try CommandRunner.temporaryDirectory().appendingPathComponent("report.html")
        try write([Self.comparison("Alpha", 91.5, rank: 1)], language: .en, date: "2026-04-01", output: file.path)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(text.contains("91.5%"))
        #expect(text.contains("1 April 2026"))
    }

    @Test func severalCompaniesNeedAnOutputDirectory() {
        let error = #expect(throws: UsageError.self) { try write([Self.comparison("A", 1, rank: 1), Self.comparison("B", 2, rank: 2)], output: nil) }
        #expect(error?.message.contains("--output DIR") == true)
    }

    @Test(arguments: ["2026-02-30", "31/03/2026", "2026-4-1"])
    func badDateIsAUsageError(date: String) {
        do {
            try write([Self.comparison("A", 1, rank: 1)], date: date, output: "/tmp/unused.html")
        } catch let error as any ServiceBenchDiagnostic {
            #expect(error.exitCode == .usage)
            return
        } catch {
            Issue.record("unexpected \(error)")
        }
        Issue.record("no error for --date \(date)")
    }
}
