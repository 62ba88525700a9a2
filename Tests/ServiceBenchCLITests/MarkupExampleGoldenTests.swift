import Foundation
import Testing

/// The bundled example (`servicebench report --example`) rendered by the real binary, in both markup
/// formats and both languages, compared byte for byte with the golden files in
/// `Tests/ServiceBenchReportTests/Golden/example-LANG.FORMAT`. The example depends on
/// `benchmarks-data/`, so a change there changes these files: re-record with
/// `SERVICEBENCH_RECORD=1 swift test --filter MarkupExampleGoldenTests` and review the diff.
@Suite struct MarkupExampleGoldenTests {
    static let golden = CommandRunner.packageRoot.appendingPathComponent("Tests/ServiceBenchReportTests/Golden")

    @Test(arguments: ["fr", "en"])
    func exampleReports(language: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        let result = try CommandRunner.run(["report", "--example", "--lang", language, "--date", "2026-04-02", "--output", directory.path])
        #expect(result.status == 0, "\(result.stderr)")
        for format in ["html", "xhtml"] {
            let produced = try #require(FileManager.default.contents(atPath: directory.appendingPathComponent("report.\(format)").path))
            let file = Self.golden.appendingPathComponent("example-\(language).\(format)")
            if ProcessInfo.processInfo.environment["SERVICEBENCH_RECORD"] == "1" {
                try produced.write(to: file)
                continue
            }
            let expected = try #require(FileManager.default.contents(atPath: file.path), "no golden file \(file.lastPathComponent); record with SERVICEBENCH_RECORD=1")
            if expected != produced {
                let actual = FileManager.default.temporaryDirectory.appendingPathComponent("servicebench-actual-example-\(language).\(format)")
                try produced.write(to: actual)
                Issue.record("\(file.lastPathComponent) differs; diff -u \(file.path) \(actual.path); re-record with SERVICEBENCH_RECORD=1 if intended")
            }
            let text = String(decoding: produced, as: UTF8.self)
            #expect(!text.contains("{{"))
            #expect(text.contains("Opaline"))
        }
    }

    @Test func twoRunsGiveIdenticalBytes() throws {
        var outputs: [[UInt8]] = []
        for _ in 0..<2 {
            let directory = try CommandRunner.temporaryDirectory()
            let result = try CommandRunner.run(["report", "--example", "--format", "xhtml", "--output", directory.path])
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(Array(try #require(FileManager.default.contents(atPath: directory.appendingPathComponent("report.xhtml").path))))
        }
        #expect(outputs[0] == outputs[1])
    }

    @Test func panelWithSeveralCompaniesGivesReportsAndIndex() throws {
        let directory = try CommandRunner.temporaryDirectory().appendingPathComponent("panel")
        let panel = CommandRunner.packageRoot.appendingPathComponent("examples/panel.csv").path
        let result = try CommandRunner.run(["report", panel, "--format", "html", "--output", directory.path])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names.contains("index.html"))
        #expect(names.filter { $0.hasSuffix(".html") }.count > 5)
        #expect(!names.contains { $0.hasPrefix(".") }, "temporary files left behind: \(names)")
    }

    @Test func severalCompaniesWithoutOutputIsAUsageError() throws {
        let panel = CommandRunner.packageRoot.appendingPathComponent("examples/panel.csv").path
        let result = try CommandRunner.run(["report", panel, "--format", "xhtml"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--output DIR"))
        #expect(result.stdout.isEmpty)
    }

    @Test func brokenTemplateStopsTheRunAndNamesTheFile() throws {
        let templates = try CommandRunner.temporaryDirectory().appendingPathComponent("templates")
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("templates"), to: templates)
        let cover = templates.appendingPathComponent("section-cover.mustache")
        let text = try String(contentsOf: cover, encoding: .utf8)
        try text.replacingOccurrences(of: "<h1>{{title}}</h1>", with: "<h1>{{title}}</h2>").write(to: cover, atomically: true, encoding: .utf8)
        let output = try CommandRunner.temporaryDirectory()
        let result = try CommandRunner.run(["report", "--example", "--format", "html", "--templates", templates.path, "--output", output.path])
        #expect(result.status == 70)
        #expect(result.stderr.contains("section-cover.mustache:"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
    }
}
