import Foundation
import Testing
import ServiceBenchTestSupport
@testable import ServiceBenchCore
import Dispatch

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

/// An output path that names a character device or FIFO is written in place, never replaced by a
/// regular file; a socket or directory is refused; a link is replaced (its target is left alone).
@Suite struct AtomicFileDestinationTests {
    static func kind(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    @Test func devNullIsWrittenInPlaceAndStaysACharacterDevice() throws {
        var before = stat()
        #expect(stat("/dev/null", &before) == 0)
        try AtomicFile.write(Array("report".utf8), to: "/dev/null")
        var after = stat()
        #expect(lstat("/dev/null", &after) == 0)
        #expect(after.st_mode & S_IFMT == S_IFCHR)
        #expect(after.st_ino == before.st_ino && after.st_rdev == before.st_rdev)
        #expect(!FileManager.default.fileExists(atPath: "/dev/.null.\(getpid()).tmp"))
    }

    @Test(.timeLimit(.minutes(1))) func aFIFOIsWrittenInPlace() throws {
        let directory = try AtomicFileTests.directory()
        let fifo = directory.appendingPathComponent("report.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = FIFOReader(fifo)
        let bytes = Array(String(repeating: "0123456789", count: 50_000).utf8)
        try AtomicFile.write(bytes, to: fifo)
        #expect(reader.wait() == bytes)
        #expect(Self.kind(fifo) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.json"])
    }

    @Test func aSocketIsRefusedAndKept() throws {
        let directory = try AtomicFileTests.directory()
        let path = directory.appendingPathComponent("s").path
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (offset, byte) in path.utf8.enumerated() where offset < raw.count - 1 { raw[offset] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        #expect(throws: OutputError.self) { try AtomicFile.write(Array("x".utf8), to: path) }
        #expect(Self.kind(path) == S_IFSOCK)
    }

    @Test func aDirectoryIsRefused() throws {
        let directory = try AtomicFileTests.directory()
        #expect(throws: OutputError.self) { try AtomicFile.write(Array("x".utf8), to: directory.path) }
        #expect(throws: OutputError.self) { try AtomicFile.checkReplaceable(directory.path) }
        #expect(Self.kind(directory.path) == S_IFDIR)
    }

    /// The rule for links is unchanged: the link is replaced by the new file, its target left alone.
    @Test func aLinkIsReplacedAndItsTargetKept() throws {
        let directory = try AtomicFileTests.directory()
        let target = directory.appendingPathComponent("target.txt")
        try "keep me".write(to: target, atomically: true, encoding: .utf8)
        let link = directory.appendingPathComponent("report.html")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        try AtomicFile.checkReplaceable(link.path)
        try AtomicFile.write(Array("report".utf8), to: link.path)
        #expect(Self.kind(link.path) == S_IFREG)
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me")
        #expect(try String(contentsOf: link, encoding: .utf8) == "report")
    }

    /// A link to a device (as `/dev/stdout` is) is written through: the link and the device stay.
    @Test func aLinkToADeviceIsWrittenThrough() throws {
        let directory = try AtomicFileTests.directory()
        let link = directory.appendingPathComponent("out.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/null")
        try AtomicFile.write(Array("report".utf8), to: link.path)
        #expect(Self.kind(link.path) == S_IFLNK)
        #expect(Self.kind("/dev/null") == S_IFCHR)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.json"])
    }

    /// An output written in pieces appears whole on commit; discarded, it leaves the old file.
    @Test func anOutputFileIsWrittenInPiecesThenRenamed() throws {
        let directory = try AtomicFileTests.directory()
        let path = directory.appendingPathComponent("panel.json").path
        try AtomicFile.write(Array("old".utf8), to: path)
        let discarded = try OutputFile(path: path)
        try discarded.write(Array("new".utf8))
        discarded.discard()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        let file = try OutputFile(path: path)
        for piece in ["[", "1", ",", "2", "]"] {
            try file.write(Array(piece.utf8))
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        }
        try file.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "[1,2]")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["panel.json"])
    }
}
