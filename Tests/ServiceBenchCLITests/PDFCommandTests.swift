import Foundation
import Testing

/// `report --pdf`: the PDF Chromium prints beside each report or deck, checked and written
/// atomically; without Chromium, exit 69 before anything is written.
@Suite struct PDFCommandTests {
    static var chromium: String? {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
                let path = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    static var pdftotext: String? {
        ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func withoutChromiumNothingIsWritten() throws {
        let output = try CommandRunner.temporaryDirectory().appendingPathComponent("out")
        var environment = ProcessInfo.processInfo.environment
        environment["SERVICEBENCH_HOME"] = CommandRunner.packageRoot.path
        environment["PATH"] = try CommandRunner.temporaryDirectory().path
        let run = try CommandRunner.run(
            program: CommandRunner.executable, ["report", "--example", "--pdf", "--output", output.path], environment: environment)
        #expect(run.status == 69)
        #expect(run.stderr.contains("apt-get install chromium"), "\(run.stderr)")
        #expect(run.stderr.contains("--chromium PATH"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aChromiumPathThatIsNotAProgramIsRefused() throws {
        let run = try CommandRunner.run(["report", "--example", "--pdf", "--chromium", "/nonexistent/chrome", "--output", try CommandRunner.temporaryDirectory().path])
        #expect(run.status == 69)
        #expect(run.stderr.contains("'/nonexistent/chrome' is not an executable file"))
    }

    @Test(arguments: [["--format", "json"], ["--format", "html"]])
    func pdfNeedsMarkupWrittenToAFile(_ arguments: [String]) throws {
        let run = try CommandRunner.run(["report", "examples/opaline-energie.csv", "--pdf"] + arguments)
        #expect(run.status == 64, "\(run.stderr)")
    }

    /// The example report: the board summary on one page of its own (page 2), after the cover; the
    /// deck: one landscape page per slide (the command checks the count).
    @Test(.enabled(if: chromium != nil, "needs headless Chromium (apt-get install chromium)"))
    func theExampleReportAndDeckArePrinted() throws {
        let output = try CommandRunner.temporaryDirectory()
        let report = try CommandRunner.run(["report", "--example", "--format", "html", "--pdf", "--output", output.appendingPathComponent("report.html").path])
        #expect(report.status == 0, "\(report.stderr)")
        let pdf = output.appendingPathComponent("report.pdf")
        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.starts(with: Data("%PDF-".utf8)))
        #expect(report.stderr.contains("wrote \(pdf.path)"))
        if let pdftotext = Self.pdftotext {
            func page(_ number: Int) throws -> String {
                let text = try CommandRunner.run(
                    program: URL(fileURLWithPath: pdftotext), ["-f", "\(number)", "-l", "\(number)", pdf.path, "-"],
                    environment: ProcessInfo.processInfo.environment)
                return text.stdout
            }
            #expect(try page(2).contains("Synthèse"))
            #expect(try page(2).contains("À corriger d’abord"))
            #expect(try page(3).contains("Ce qu’il faut corriger d’abord"))
        }

        let deck = try CommandRunner.run([
            "report", "examples/opaline-energie.csv", "--panel", "examples/panel.csv", "--format", "slides", "--pdf", "--output", output.path,
        ])
        #expect(deck.status == 0, "\(deck.stderr)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("opaline-energie-fictional-slides.pdf").path))
    }
}
