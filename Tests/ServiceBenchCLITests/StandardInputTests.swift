import Foundation
import Testing

/// The real command with its standard input closed, a directory, an endless stream, a pipe or a
/// file, set up by `/bin/sh` (`<&-`, `< /tmp`, `< /dev/zero`, `cat … |`, `< FILE`).
@Suite struct StandardInputTests {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `servicebench arguments…` under `/bin/sh -c`, with `shellInput` prefixing the command
    /// (`cat F |`) or `redirection` after it (`< /dev/zero`).
    static func run(_ arguments: [String], redirection: String = "", pipeFrom: String? = nil) throws -> Outcome {
        let directory = try CommandRunner.temporaryDirectory()
        let out = directory.appendingPathComponent("stdout"), err = directory.appendingPathComponent("stderr")
        let command = (pipeFrom.map { "cat '\($0)' | " } ?? "") + "\"$0\" \"$@\" \(redirection) > '\(out.path)' 2> '\(err.path)'"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command, CommandRunner.executable.path] + arguments
        process.currentDirectoryURL = CommandRunner.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["SERVICEBENCH_HOME"] = CommandRunner.packageRoot.path
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    static let kpis = ["kpis", "-", "--source", "calls", "--company", "ACME"]
    static let report = ["report", "-", "--format", "json"]

    /// Closed or a directory: exit 66 with a message, for a raw export and for a KPI table (both
    /// crashed in `readDataToEndOfFile`'s `try!` before).
    @Test(arguments: [(kpis, "<&-", "closed"), (kpis, "< /tmp", "directory"), (report, "<&-", "closed"), (report, "< /tmp", "directory")])
    func closedOrDirectoryExitsWith66(arguments: [String], redirection: String, word: String) throws {
        let result = try Self.run(arguments, redirection: redirection)
        #expect(result.status == 66)
        #expect(result.stderr.contains("<stdin>: error: standard input is \(word == "closed" ? "closed" : "a directory")"))
        #expect(result.stdout.isEmpty)
    }

    /// An endless raw export stops at the header bound (1 MiB of zeros and no line end) instead of
    /// being read whole into memory.
    @Test func endlessRawExportStopsAtTheHeaderBound() throws {
        let result = try Self.run(Self.kpis, redirection: "< /dev/zero")
        #expect(result.status == 65)
        #expect(result.stderr.contains("<stdin>:1:1: error: a record longer than 1 MiB starts here"))
        #expect(result.stderr.utf8.count < 1000)
    }

    /// An endless KPI table stops at 256 MiB with exit 65.
    @Test func endlessKPITableStopsAt256MiB() throws {
        let result = try Self.run(Self.report, redirection: "< /dev/zero")
        #expect(result.status == 65)
        #expect(result.stderr.contains("<stdin>: error: standard input holds more than 256 MiB"))
    }

    /// A raw export piped in (a stream, read once on one thread) or redirected from a file gives
    /// the bytes the file itself gives.
    @Test(arguments: [false, true])
    func pipedOrRedirectedExportMatchesTheFile(piped: Bool) throws {
        let directory = try CommandRunner.temporaryDirectory()
        let input = directory.appendingPathComponent("calls.csv")
        var text = "\u{FEFF}call_id;queue;enter_ts;answer_ts;end_ts;outcome;agent;wrap_s\n"
        for n in 0..<30000 {  // 3 MB: past the 2 MiB a stream keeps
            text += "c\(n);\"q\(n % 3)\"\"x\";2026-01-05T09:00:00Z;2026-01-05T09:00:\(10 + n % 40)Z;2026-01-05T09:05:00Z;answered;a;\(n % 7)\n"
        }
        try Data(text.utf8).write(to: input)
        let arguments = ["--source", "calls", "--by", "queue", "--format", "json", "--threads", "2"]
        let fromFile = try Self.run(["kpis", input.path] + arguments)
        #expect(fromFile.status == 0)
        let fromStdin = piped ? try Self.run(["kpis", "-"] + arguments, pipeFrom: input.path) : try Self.run(["kpis", "-"] + arguments, redirection: "< '\(input.path)'")
        #expect(fromStdin.status == 0)
        #expect(fromStdin.stdout.replacingOccurrences(of: "<stdin>", with: input.path) == fromFile.stdout)
        #expect(fromFile.stdout.contains("\"calls_offered\""))
    }
}
