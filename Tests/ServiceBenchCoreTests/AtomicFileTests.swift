import Foundation
import Testing
@testable import ServiceBenchCore

/// Files are written whole or not at all, through a temporary file renamed over the destination.
@Suite struct AtomicFileTests {
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("servicebench-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesCreatesTheDirectoryAndReplaces() throws {
        let file = try Self.directory().appendingPathComponent("new/sub/report.html")
        try AtomicFile.write(Array("first".utf8), to: file.path)
        try AtomicFile.write(Array("second".utf8), to: file.path)
        #expect(try String(contentsOf: file, encoding: .utf8) == "second")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        #expect(leftovers == ["report.html"])
    }

    /// A link planted under the temporary file's name is not written through.
    @Test func aPlantedLinkIsNotFollowed() throws {
        let directory = try Self.directory()
        let victim = directory.appendingPathComponent("victim.txt")
        try "keep me".write(to: victim, atomically: true, encoding: .utf8)
        let planted = directory.appendingPathComponent(".report.html.\(getpid()).tmp")
        try FileManager.default.createSymbolicLink(at: planted, withDestinationURL: victim)
        try AtomicFile.write(Array("report".utf8), to: directory.appendingPathComponent("report.html").path)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
        #expect(try String(contentsOf: directory.appendingPathComponent("report.html"), encoding: .utf8) == "report")
    }

    /// A staged file is renamed only on commit; discarding it leaves the destination as it was.
    @Test func discardLeavesTheDestination() throws {
        let file = try Self.directory().appendingPathComponent("report.html")
        try AtomicFile.write(Array("old".utf8), to: file.path)
        let staged = try AtomicFile.stage(Array("new".utf8), for: file.path)
        #expect(try String(contentsOf: file, encoding: .utf8) == "old")
        staged.discard()
        #expect(try String(contentsOf: file, encoding: .utf8) == "old")
        #expect(!FileManager.default.fileExists(atPath: staged.temporaryPath))
    }

    @Test func anUnwritableDirectoryIsAnOutputError() throws {
        let directory = try Self.directory()
        let blocker = directory.appendingPathComponent("file")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        #expect(throws: OutputError.self) { try AtomicFile.write(Array("y".utf8), to: blocker.appendingPathComponent("report.html").path) }
    }
}
