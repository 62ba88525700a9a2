import Foundation
import Testing

/// `--output` through the real commands: a name ending in `.html`, `.xhtml`, `.json` or `.txt` is a
/// file of that format (`--format` may be left out, and may not contradict it); any other name is a
/// directory; every file written is named on standard error (`wrote PATH`), one line per file.
@Suite struct OutputDestinationTests {
    static let company = ["report", "examples/opaline-energie.csv", "--panel", "examples/panel.csv"]

    static func contents(_ url: URL) throws -> String {
        String(decoding: try #require(FileManager.default.contents(atPath: url.path), "\(url.path) not written"), as: UTF8.self)
    }

    static func names(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    /// The beginning that says what a file is.
    static func start(of format: String) -> String {
        switch format {
        case "html": return "<!DOCTYPE html>"
        case "xhtml": return "<?xml"
        case "json": return "{"
        default: return "Opaline Énergie (fictional) — 2026-Q3"
        }
    }

    @Test func exampleToAnHTMLFileWritesThatOneFile() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("x.html")
        let run = try CommandRunner.run(["report", "--example", "--output", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Self.names(directory) == ["x.html"])
        var isDirectory: ObjCBool = true
        #expect(FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) && !isDirectory.boolValue)
        #expect(try Self.contents(file).hasPrefix("<!DOCTYPE html>"))
        #expect(run.stderr == "wrote \(file.path)\n")
        #expect(run.stdout.isEmpty)
    }

    @Test(arguments: [("x.xhtml", "xhtml"), ("x.json", "json"), ("x.txt", "text")])
    func exampleToAFileOfEachFormat(name: String, format: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent(name)
        let run = try CommandRunner.run(["report", "--example", "--output", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Self.names(directory) == [name])
        #expect(try Self.contents(file).hasPrefix(Self.start(of: format == "text" ? "txt" : format)))
    }

    /// The default example directory still receives the three files, each named on standard error.
    @Test func exampleToADirectoryWritesThreeFiles() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let run = try CommandRunner.run(["report", "--example"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let example = directory.appendingPathComponent("servicebench-example")
        #expect(try Self.names(example) == ["report.html", "report.json", "report.xhtml"])
        #expect(run.stderr == ["html", "xhtml", "json"].map { "wrote servicebench-example/report.\($0)\n" }.joined())
    }

    @Test(arguments: ["html", "htm", "xhtml", "json", "txt", "HTML"])
    func theExtensionGivesTheFormat(fileExtension: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("opaline." + fileExtension)
        let run = try CommandRunner.run(Self.company + ["--output", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        let format = ["htm": "html", "HTML": "html"][fileExtension] ?? fileExtension
        #expect(try Self.contents(file).hasPrefix(Self.start(of: format)))
        #expect(try Self.names(directory) == [file.lastPathComponent])
        #expect(run.stderr == "wrote \(file.path)\n")
    }

    /// The same format given both ways is accepted, and gives the same bytes.
    @Test func aFormatThatAgreesWithTheExtensionIsAccepted() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let implied = directory.appendingPathComponent("a.xhtml")
        let given = directory.appendingPathComponent("b.xhtml")
        #expect(try CommandRunner.run(Self.company + ["--output", implied.path]).status == 0)
        #expect(try CommandRunner.run(Self.company + ["--format", "xhtml", "--output", given.path]).status == 0)
        #expect(try Self.contents(implied) == Self.contents(given))
    }

    struct Contradiction: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var format: String
        var name: String
        var testDescription: String { arguments.joined(separator: " ") + " --output " + name }
    }

    static let contradictions: [Contradiction] = [
        Contradiction(arguments: company + ["--format", "xhtml"], format: "xhtml", name: "x.html"),
        Contradiction(arguments: company + ["--format", "json"], format: "json", name: "x.txt"),
        Contradiction(arguments: company + ["--format", "text"], format: "text", name: "x.json"),
        Contradiction(arguments: ["report", "--example", "--format", "html"], format: "html", name: "x.xhtml"),
        Contradiction(arguments: ["kpis", "examples/raw/calls.csv", "--source", "calls", "--format", "csv"], format: "csv", name: "k.json"),
        Contradiction(
            arguments: ["staffing", "--calls", "100", "--aht", "180s", "--target", "80/20", "--format", "json"], format: "json",
            name: "s.txt"),
    ]

    @Test(arguments: contradictions)
    func aFormatContradictingTheExtensionIsAUsageError(_ example: Contradiction) throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent(example.name)
        let run = try CommandRunner.run(example.arguments + ["--output", file.path])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--format \(example.format) contradicts --output '\(file.path)'"), "\(run.stderr)")
        #expect(try Self.names(directory).isEmpty)
    }

    /// A name without a format's extension is a directory: JSON and text go to report.json and
    /// report.txt in it, a markup report to COMPANY.html.
    @Test(arguments: [("json", "report.json"), ("text", "report.txt"), ("html", "opaline-energie-fictional.html")])
    func anyOtherNameIsADirectory(format: String, file: String) throws {
        let directory = try CommandRunner.temporaryDirectory().appendingPathComponent("out")
        let run = try CommandRunner.run(Self.company + ["--format", format, "--output", directory.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Self.names(directory) == [file])
        #expect(run.stderr == "wrote \(directory.appendingPathComponent(file).path)\n")
        // Again into the directory that now exists: the same file, replaced.
        let again = try CommandRunner.run(Self.company + ["--format", format, "--output", directory.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Self.names(directory) == [file])
    }

    @Test func anExistingFileWithoutAFormatExtensionIsAUsageError() throws {
        let file = try CommandRunner.temporaryDirectory().appendingPathComponent("report")
        try Data("old".utf8).write(to: file)
        let run = try CommandRunner.run(Self.company + ["--output", file.path])
        #expect(run.status == 64)
        #expect(run.stderr.contains("'\(file.path)' is an existing file whose name does not say its format"), "\(run.stderr)")
        #expect(try Self.contents(file) == "old")
    }

    /// A panel cannot go into one file: a usage error before anything is written.
    @Test(arguments: ["panel.html", "panel.xhtml"])
    func severalCompaniesIntoOneMarkupFileIsAUsageError(name: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        let run = try CommandRunner.run(["report", "examples/panel.csv", "--output", directory.appendingPathComponent(name).path])
        #expect(run.status == 64)
        #expect(run.stderr.contains("is one file, and the input holds 12 companies"), "\(run.stderr)")
        #expect(try Self.names(directory).isEmpty)
    }

    /// A panel into a directory names every report and the index, one line each.
    @Test func aPanelNamesEveryFileWritten() throws {
        let directory = try CommandRunner.temporaryDirectory().appendingPathComponent("panel")
        let run = try CommandRunner.run(["report", "examples/panel.csv", "--format", "html", "--output", directory.path])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n").map(String.init)
        let files = try Self.names(directory)
        #expect(files.count == 13)
        #expect(lines.sorted() == files.map { "wrote " + directory.appendingPathComponent($0).path }.sorted())
        #expect(lines.last == "wrote " + directory.appendingPathComponent("index.html").path)
    }

    /// `kpis` and `staffing` take their format from the extension too, and name what they wrote;
    /// to standard output nothing is named.
    @Test(arguments: [
        (["kpis", "examples/raw/calls.csv", "--source", "calls"], "k.json", "{"),
        (["kpis", "examples/raw/calls.csv", "--source", "calls"], "k.csv", "company,period,kpi,value"),
        (["staffing", "--calls", "100", "--aht", "180s", "--target", "80/20"], "s.json", "{"),
        (["staffing", "--calls", "100", "--aht", "180s", "--target", "80/20"], "s.txt", "Erlang C"),
    ])
    func otherCommandsFollowTheExtensionAndNameTheFile(arguments: [String], name: String, start: String) throws {
        let file = try CommandRunner.temporaryDirectory().appendingPathComponent(name)
        let run = try CommandRunner.run(arguments + ["--output", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Self.contents(file).hasPrefix(start))
        #expect(run.stderr == "wrote \(file.path)\n")
        let toStandardOutput = try CommandRunner.run(arguments)
        #expect(toStandardOutput.stderr.isEmpty)
        #expect(!toStandardOutput.stdout.isEmpty)
    }
}
