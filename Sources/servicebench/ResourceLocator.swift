import Foundation

/// Finds the bundled folders (`benchmarks-data`, `templates`, `examples`), first found wins:
///
/// 1. `$SERVICEBENCH_HOME/NAME`;
/// 2. `<bin>/../share/servicebench/NAME`, where `<bin>` is the folder of the running executable (links
///    resolved): the layout `make install PREFIX=DIR` writes (`DIR/bin/servicebench`,
///    `DIR/share/servicebench/NAME`), so an installed binary works from any directory;
/// 3. `NAME` beside the executable or any of its ancestors up to six levels (a checkout's
///    `.build/debug/servicebench` or `.build/x86_64-unknown-linux-gnu/release/servicebench`);
/// 4. `./NAME`, in the current directory.
///
/// The executable is the running process's own file (`/proc/self/exe` on Linux, `Bundle.main`
/// elsewhere), not `argv[0]`, which is a bare name when the binary is found through `PATH`.
enum ResourceLocator {
    static func directory(_ name: String) -> String? {
        for candidate in candidates(name) where isDirectory(candidate) {
            return candidate.path
        }
        return nil
    }

    /// The places searched for `name`, in order.
    static func candidates(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        var candidates: [URL] = []
        if let home = environment["SERVICEBENCH_HOME"], !home.isEmpty {
            candidates.append(URL(fileURLWithPath: home).appendingPathComponent(name))
        }
        if let executable = executableURL() {
            var directory = executable.deletingLastPathComponent()
            candidates.append(
                directory.deletingLastPathComponent().appendingPathComponent("share/servicebench").appendingPathComponent(name))
            for _ in 0..<6 {
                candidates.append(directory.appendingPathComponent(name))
                directory = directory.deletingLastPathComponent()
            }
        }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(name))
        return candidates
    }

    /// The running executable's file, links resolved.
    static func executableURL() -> URL? {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path).resolvingSymlinksInPath()
        }
        #endif
        if let url = Bundle.main.executableURL { return url.resolvingSymlinksInPath() }
        guard let first = CommandLine.arguments.first, first.contains("/") else { return nil }
        return URL(fileURLWithPath: first).resolvingSymlinksInPath()
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The directory given on the command line, or the bundled one; a usage error when neither exists.
    static func require(_ name: String, given: String?, option: String) throws -> String {
        if let given { return given }
        guard let found = directory(name) else {
            throw UsageError(
                "cannot find the bundled '\(name)' directory (looked in $SERVICEBENCH_HOME, <bin>/../share/servicebench, beside the executable and in the current directory); pass \(option) DIR, install with 'make install PREFIX=DIR', or set SERVICEBENCH_HOME to the ServiceBench checkout")
        }
        return found
    }
}
