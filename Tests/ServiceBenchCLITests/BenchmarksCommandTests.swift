import Foundation
import Testing

/// `servicebench benchmarks list` and `show`, end to end on the built executable.
@Suite struct BenchmarksCommandTests {
    static let bundled = CommandRunner.packageRoot.appendingPathComponent("benchmarks-data")

    func expectFitsIn100Columns(_ text: String) {
        for line in text.split(separator: "\n") {
            #expect(line.count <= 100, "\(line)")
        }
    }

    @Test func listShowsEveryStudyAndKPI() throws {
        let result = try CommandRunner.run(["benchmarks", "list"])
        #expect(result.status == 0, "\(result.stderr)")
        let easiware = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("easiware-2017 ") })
        for field in ["Easiware", "2017", "300", "declared", "second-hand"] {
            #expect(easiware.contains(field), "\(easiware)")
        }
        #expect(result.stdout.contains("contactbabel-uk-2016"))
        #expect(result.stdout.contains("zendesk-csat-2012"))
        let asa = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("asa ") })
        #expect(asa.contains("Temps d’attente moyen"))
        expectFitsIn100Columns(result.stdout)
        #expect(result.stderr.isEmpty)
    }

    @Test func listIsDeterministicAndSpeaksEnglishOnRequest() throws {
        let first = try CommandRunner.run(["benchmarks", "list", "--lang", "en"])
        let second = try CommandRunner.run(["benchmarks", "list", "--lang", "en", "--data-dir", Self.bundled.path])
        #expect(first.status == 0 && second.status == 0)
        #expect(first.stdoutBytes == second.stdoutBytes)
        #expect(first.stdout.hasPrefix("Reference studies ("))
        #expect(first.stdout.contains("Average speed of answer (ASA)"))
    }

    @Test func showGivesDistributionsAdoptionAndTargets() throws {
        let result = try CommandRunner.run(["benchmarks", "show", "asa"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("asa — Temps d’attente moyen (ASA)\n"))
        #expect(result.stdout.contains("contactbabel-uk-2016 · ContactBabel · 2016 · échantillon 216 · declared · first-hand"))
        #expect(result.stdout.contains("Points : F(20,5 s) = 0,5"))
        #expect(result.stdout.contains("Moyenne : 35,2 s"))
        #expect(result.stdout.contains("Segment : ≤ 50 salariés"))
        #expect(result.stdout.contains("easiware-2017 : 87 % des marques"))
        #expect(result.stdout.contains("all : ≤ 60 s (tolérance 15 s)"))
        // Each figure is stated in the language of the output, and its page named as it is.
        #expect(result.stdout.contains("50 % des marques répondent au téléphone dans les 30 secondes."))
        #expect(result.stdout.contains("copie hébergée par vdocuments.us :"))
        #expect(!result.stdout.contains("summary in") && !result.stdout.contains("(source 0"))
        expectFitsIn100Columns(result.stdout)
    }

    @Test func showInEnglish() throws {
        let result = try CommandRunner.run(["benchmarks", "show", "email_response_time", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Points: F(6 h) = 0.25; F(24 h) = 0.68"))
        #expect(result.stdout.contains("Mean: 61.65 h"))
        #expect(result.stdout.contains("direction: lower is better"))
        expectFitsIn100Columns(result.stdout)
    }

    @Test func showSampleAndBands() throws {
        let csat = try CommandRunner.run(["benchmarks", "show", "csat", "--lang", "en"])
        #expect(csat.stdout.contains("Sample (19 industries): min 77, median 91, max 96"))
        #expect(csat.stdout.contains("technical-hotline: ≥ 95 % (tolerance 3 %)"))
        let fcr = try CommandRunner.run(["benchmarks", "show", "fcr", "--lang", "en"])
        #expect(fcr.stdout.contains("Bands: low ≤ 69 · good 70–79 · world-class ≥ 80"))
        #expect(fcr.stdout.contains("Points: F(80 %) = 0.95"))
    }

    @Test func unknownKPISuggestsTheNearestOne() throws {
        let result = try CommandRunner.run(["benchmarks", "show", "asa_time"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown KPI 'asa_time'; did you mean 'asa'?"))
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownLanguageIsAUsageError() throws {
        let result = try CommandRunner.run(["benchmarks", "list", "--lang", "de"])
        #expect(result.status == 64)
    }

    @Test func missingDataDirectory() throws {
        let result = try CommandRunner.run(["benchmarks", "list", "--data-dir", "/nonexistent/benchmarks-data"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/benchmarks-data: error: no such directory"))
    }

    @Test func badReferenceDataIsReportedWithFileAndLine() throws {
        let directory = try CommandRunner.temporaryDirectory().appendingPathComponent("benchmarks-data")
        try FileManager.default.copyItem(at: Self.bundled, to: directory)
        let study = directory.appendingPathComponent("studies/easiware-2017.xml")
        let original = try String(contentsOf: study, encoding: .utf8)
        let broken = original.replacingOccurrences(of: "kpi=\"email_auto_ack\" share=\"0.59\"", with: "kpi=\"email_auto_ack\" share=\"59\"")
        #expect(broken != original)
        try broken.write(to: study, atomically: true, encoding: .utf8)
        let line = try #require(broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("share=\"59\"") }) + 1
        let result = try CommandRunner.run(["benchmarks", "list", "--data-dir", directory.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(study.path):\(line): error: share 59.0 of adoption rate 'easiware-2017-email-auto-ack' is outside 0–1"))
        #expect(result.stdout.isEmpty)
    }
}
