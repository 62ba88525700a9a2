import Foundation
import Testing
@testable import servicebench

/// `make install` lays out `PREFIX/bin/servicebench` and `PREFIX/share/servicebench/`, and the
/// installed binary works from any directory without `SERVICEBENCH_HOME`.
///
/// The test runs the Makefile's `install-files` step with the binary this test run built (the release
/// build that `make install` adds before it would take minutes here; CI runs the whole `make install`),
/// then runs the installed binary through `PATH` from an empty directory.
@Suite struct InstallTests {
    static let make: String? = ["/usr/bin/make", "/bin/make", "/usr/local/bin/make"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// The environment of a consultant's shell: no `SERVICEBENCH_HOME`, the prefix's bin on `PATH`.
    static func environment(prefix: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["SERVICEBENCH_HOME"] = nil
        environment["PATH"] = prefix.appendingPathComponent("bin").path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        return environment
    }

    /// `servicebench arguments…` through `/bin/sh` and `PATH`, as a user types it.
    static func installed(_ arguments: [String], prefix: URL, in directory: URL) throws -> CommandRunner.Result {
        let line = (["servicebench"] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        return try CommandRunner.run(
            program: URL(fileURLWithPath: "/bin/sh"), ["-c", line], in: directory, environment: environment(prefix: prefix))
    }

    static func install(into prefix: URL) throws {
        let run = try CommandRunner.run(
            program: URL(fileURLWithPath: try #require(make)),
            ["-C", CommandRunner.packageRoot.path, "install-files", "PREFIX=" + prefix.path, "BINARY=" + CommandRunner.executable.path],
            environment: ProcessInfo.processInfo.environment)
        try #require(run.status == 0, "make install-files failed: \(run.stderr)")
    }

    @Test(.enabled(if: make != nil, "make is not installed"))
    func theInstalledBinaryWorksFromAnotherDirectory() throws {
        let root = try CommandRunner.temporaryDirectory()
        let prefix = root.appendingPathComponent("prefix")
        try Self.install(into: prefix)
        let share = prefix.appendingPathComponent("share/servicebench")
        #expect(FileManager.default.isExecutableFile(atPath: prefix.appendingPathComponent("bin/servicebench").path))
        for file in ["benchmarks-data/catalogue.xml", "templates/layout.mustache", "templates/i18n/fr.json", "examples/opaline-energie.csv"] {
            #expect(FileManager.default.fileExists(atPath: share.appendingPathComponent(file).path), "\(file) not installed")
        }
        for script in ["bash-completion/completions/servicebench", "zsh/site-functions/_servicebench", "fish/vendor_completions.d/servicebench.fish"] {
            let text = try String(contentsOf: prefix.appendingPathComponent("share/" + script), encoding: .utf8)
            #expect(text.contains("exclude-short-abandons"), "\(script) is not a completion script")
        }

        let work = root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let single = try Self.installed(["report", "--example", "--output", "x.html"], prefix: prefix, in: work)
        #expect(single.status == 0, "\(single.stderr)")
        #expect(single.stderr == "wrote x.html\n")
        // The same bytes as the checkout's run.
        let reference = try CommandRunner.temporaryDirectory()
        #expect(try CommandRunner.run(["report", "--example", "--output", "x.html"], in: reference).status == 0)
        let installedBytes = FileManager.default.contents(atPath: work.appendingPathComponent("x.html").path)
        #expect(installedBytes != nil && installedBytes == FileManager.default.contents(atPath: reference.appendingPathComponent("x.html").path))

        let example = try Self.installed(["report", "--example"], prefix: prefix, in: work)
        #expect(example.status == 0, "\(example.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("servicebench-example").path).sorted()
        #expect(names == ["report.html", "report.json", "report.xhtml"])
        let benchmarks = try Self.installed(["benchmarks", "show", "asa", "--lang", "en"], prefix: prefix, in: work)
        #expect(benchmarks.status == 0 && benchmarks.stdout.hasPrefix("asa — "), "\(benchmarks.stderr)")

        // Without its share folder the installed binary finds nothing: what it found was the share folder.
        try FileManager.default.removeItem(at: share)
        let bare = try Self.installed(["report", "--example", "--output", "y.html"], prefix: prefix, in: work)
        #expect(bare.status == 64)
        #expect(bare.stderr.contains("cannot find the bundled"), "\(bare.stderr)")
    }

    /// The order of the places searched: SERVICEBENCH_HOME, the install's share folder, the
    /// executable's folder and its ancestors, the current directory.
    @Test func resourcesAreLookedUpInOrder() throws {
        let candidates = ResourceLocator.candidates("templates", environment: ["SERVICEBENCH_HOME": "/home/sb"]).map(\.path)
        let executable = try #require(ResourceLocator.executableURL())
        let bin = executable.deletingLastPathComponent()
        #expect(candidates.first == "/home/sb/templates")
        #expect(candidates[1] == bin.deletingLastPathComponent().appendingPathComponent("share/servicebench/templates").path)
        #expect(candidates[2] == bin.appendingPathComponent("templates").path)
        #expect(candidates.last == URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("templates").path)
        #expect(ResourceLocator.candidates("templates", environment: [:]).count == candidates.count - 1)
    }
}
