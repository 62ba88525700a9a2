import Foundation
import Testing
import ServiceBenchTestSupport

/// `--output` naming a device or FIFO is written in place (never replaced by a regular file), and a
/// panel is written whole or not at all.
@Suite struct OutputPathTests {
    static func kind(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    @Test(arguments: [["--format", "json"], ["--format", "text"], ["--format", "html"]])
    func devNullAsOutputIsWrittenAndKept(format: [String]) throws {
        var before = stat()
        #expect(stat("/dev/null", &before) == 0)
        let run = try CommandRunner.run(["report", "examples/opaline-energie.csv"] + format + ["--output", "/dev/null"])
        #expect(run.status == 0, "\(run.stderr)")
        var after = stat()
        #expect(lstat("/dev/null", &after) == 0)
        #expect(after.st_mode & S_IFMT == S_IFCHR)
        #expect(after.st_ino == before.st_ino)
    }

    /// A FIFO with a reader receives exactly what standard output would, and stays a FIFO.
    @Test(.timeLimit(.minutes(1))) func aFIFOAsOutputIsWrittenInPlace() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let fifo = directory.appendingPathComponent("kpis.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = FIFOReader(fifo)
        let arguments = ["kpis", "--source", "calls", "examples/raw/calls.csv"]
        let run = try CommandRunner.run(arguments + ["--output", fifo])
        #expect(run.status == 0, "\(run.stderr)")
        let expected = try CommandRunner.run(arguments)
        #expect(reader.wait() == expected.stdoutBytes)
        #expect(Self.kind(fifo) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["kpis.csv"])
    }

    /// The index page's path is a directory: the panel fails (73) before any company report is
    /// replaced, and no temporary file is left.
    @Test(arguments: ["html", "xhtml"])
    func aPanelIsWrittenWholeOrNotAtAll(format: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        let arguments = ["report", "examples/panel.csv", "--format", format, "--output", directory.path]
        let first = try CommandRunner.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        let index = directory.appendingPathComponent("index." + format)
        let reports = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0 != index.lastPathComponent }.sorted()
        #expect(reports.count == 12)
        for report in reports { try "old".write(to: directory.appendingPathComponent(report), atomically: true, encoding: .utf8) }
        try FileManager.default.removeItem(at: index)
        try FileManager.default.createDirectory(at: index, withIntermediateDirectories: false)

        let second = try CommandRunner.run(arguments)
        #expect(second.status == 73)
        #expect(second.stderr.contains(index.lastPathComponent) && second.stderr.contains("directory"))
        for report in reports {
            #expect(try String(contentsOf: directory.appendingPathComponent(report), encoding: .utf8) == "old", "\(report) was replaced")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == (reports + [index.lastPathComponent]).sorted())
    }
}
