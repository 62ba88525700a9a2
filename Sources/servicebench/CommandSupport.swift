import ArgumentParser
import Foundation
import ServiceBenchCore

/// Runs a command body, turning every ServiceBench error into `file:line:col: error: message` on
/// standard error and the matching exit code. When standard output fails the message still goes to
/// standard error; when standard error fails too, the exit code (74) is all that is left.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as any ServiceBenchDiagnostic {
        try fail(error.description, exitCode: error.exitCode)
    } catch let list as DiagnosticList {
        try fail(list.description, exitCode: list.exitCode)
    }
}

/// Prints `text` on standard error and throws `exitCode` (74 when standard error cannot be written).
private func fail(_ text: String, exitCode: ServiceBenchCore.ExitCode) throws -> Never {
    do {
        try printError(text)
    } catch {
        throw ArgumentParser.ExitCode(ServiceBenchCore.ExitCode.ioError.rawValue)
    }
    throw ArgumentParser.ExitCode(exitCode.rawValue)
}

/// A usage error (exit 64) raised by a command's own argument checks.
struct UsageError: ServiceBenchDiagnostic {
    var message: String
    var location: SourceLocation? { nil }
    var cause: (any Error & Sendable)? { nil }
    var exitCode: ServiceBenchCore.ExitCode { .usage }

    init(_ message: String) { self.message = message }
}

/// Writes `text` and a line break on standard error; throws (exit 74) when standard error refuses it.
func printError(_ text: String) throws(CoreError) {
    try StandardStream.error.write(text + "\n")
}

/// Writes `text` and a line break on standard output; throws (exit 74) when standard output refuses it.
func printOutput(_ text: String) throws(CoreError) {
    try StandardStream.output.write(text + "\n")
}

/// Writes command output to `path`, atomically, or to standard output when `path` is nil or `-`.
func emit(_ text: String, to path: String?) throws {
    try emit(bytes: Array(text.utf8), to: path)
}

func emit(bytes: [UInt8], to path: String?) throws {
    if let path, path != "-" {
        try AtomicFile.write(bytes, to: path)
    } else {
        try StandardStream.output.write(bytes)
    }
}

/// Writes output that `produce` hands over in pieces (a panel's JSON, one company at a time) to
/// `path` — a temporary file renamed over it once `produce` has finished, or a device or FIFO in place
/// — or to standard output when `path` is nil or `-`. Memory holds one piece at a time.
func emitPieces(to path: String?, _ produce: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws {
    if let path, path != "-" {
        let file = try OutputFile(path: path)
        try produce { bytes in try file.write(bytes) }
        try file.commit()
    } else {
        try produce { bytes in try StandardStream.output.write(bytes) }
    }
}

/// Finds the bundled folders (`benchmarks-data`, `templates`, `examples`) of a ServiceBench checkout:
/// `$SERVICEBENCH_HOME/NAME`, then `./NAME`, then `NAME` beside any ancestor of the executable
/// (which finds the checkout from `.build/debug/servicebench`).
enum ResourceLocator {
    static func directory(_ name: String) -> String? {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let home = ProcessInfo.processInfo.environment["SERVICEBENCH_HOME"] {
            candidates.append(URL(fileURLWithPath: home).appendingPathComponent(name))
        }
        candidates.append(URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent(name))
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(directory.appendingPathComponent(name))
            directory = directory.deletingLastPathComponent()
        }
        for candidate in candidates {
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate.path
            }
        }
        return nil
    }

    /// The directory given on the command line, or the bundled one; a usage error when neither exists.
    static func require(_ name: String, given: String?, option: String) throws -> String {
        if let given { return given }
        guard let found = directory(name) else {
            throw UsageError("cannot find the bundled '\(name)' directory; pass \(option) DIR or set SERVICEBENCH_HOME to the ServiceBench checkout")
        }
        return found
    }
}
