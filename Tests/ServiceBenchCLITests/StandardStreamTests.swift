import Foundation
import Testing

/// Standard output or standard error on a full device (`/dev/full`): every command exits 74 (EX_IOERR)
/// instead of crashing (`FileHandle.write` traps), with a message on standard error when only standard
/// output failed.
@Suite struct StandardStreamTests {
    /// Commands that write to standard output on success.
    static let printingCommands: [[String]] = [
        ["--help"],
        ["report", "--help"],
        ["report", "examples/opaline-energie.csv", "--format", "json"],
        ["report", "examples/panel.csv", "--format", "json"],
        ["report", "examples/opaline-energie.csv", "--format", "text"],
        ["report", "examples/opaline-energie.csv", "--format", "html"],
        ["kpis", "--source", "calls", "examples/raw/calls.csv"],
        ["staffing", "--calls", "100", "--aht", "180s", "--target", "80/20"],
        ["benchmarks", "list"],
        ["benchmarks", "show", "asa"],
        ["validate", "examples/panel.csv"],
    ]

    @Test(arguments: printingCommands)
    func aFullStandardOutputExits74WithAMessage(arguments: [String]) throws {
        let result = try Self.run(arguments, fullStream: .output)
        #expect(result.status == 74)
        #expect(result.otherStream.contains("error: cannot write to standard output"))
    }

    /// Commands that fail, or print a warning, on standard error.
    static let complainingCommands: [[String]] = [
        ["--no-such-option"],
        ["report", "no-such-file.csv"],
        ["report", "examples/opaline-energie.csv", "--format", "pdf"],
        ["staffing", "--calls", "-1", "--aht", "180s", "--target", "80/20"],
        ["validate", "examples/raw/calls.csv"],
        // `wrote /dev/null`, the line that names the file written.
        ["report", "examples/opaline-energie.csv", "--output", "/dev/null"],
        ["kpis", "--source", "calls", "examples/raw/calls.csv", "--output", "/dev/null"],
    ]

    @Test(arguments: complainingCommands)
    func aFullStandardErrorExits74(arguments: [String]) throws {
        let result = try Self.run(arguments, fullStream: .error)
        #expect(result.status == 74)
    }

    /// A command that succeeds writes nothing on standard error, so a full standard error does not matter.
    @Test func aFullStandardErrorIsHarmlessWhenNothingGoesThere() throws {
        let result = try Self.run(["benchmarks", "show", "asa"], fullStream: .error)
        #expect(result.status == 0)
        #expect(result.otherStream.contains("asa"))
    }

    // MARK: - Running with one stream on /dev/full

    enum Stream { case output, error }

    struct Result {
        var status: Int32
        /// What the command wrote on the stream that was not on /dev/full.
        var otherStream: String
    }

    /// Runs the real executable with `fullStream` opened on /dev/full and the other stream captured in a file.
    static func run(_ arguments: [String], fullStream: Stream) throws -> Result {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = CommandRunner.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["SERVICEBENCH_HOME"] = CommandRunner.packageRoot.path
        process.environment = environment
        let captured = FileManager.default.temporaryDirectory.appendingPathComponent("servicebench-stream-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: captured.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: captured) }
        let capture = try FileHandle(forWritingTo: captured)
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        process.standardOutput = fullStream == .output ? full : capture
        process.standardError = fullStream == .error ? full : capture
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try capture.close()
        try full.close()
        return Result(status: process.terminationStatus, otherStream: String(decoding: try Data(contentsOf: captured), as: UTF8.self))
    }
}
