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
/// `location`: the place in a file of options (a project file's key), when there is one.
struct UsageError: ServiceBenchDiagnostic {
    var message: String
    var location: SourceLocation?
    var cause: (any Error & Sendable)? { nil }
    var exitCode: ServiceBenchCore.ExitCode { .usage }

    init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }
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
