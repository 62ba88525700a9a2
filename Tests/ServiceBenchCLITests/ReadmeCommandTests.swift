import Foundation
import Testing

/// Every `servicebench` command in a `sh` block of README.md runs and succeeds (the README's test
/// command, `swift test`, is what runs this; CI runs the quick-start report itself).
@Suite struct ReadmeCommandTests {
    /// The command lines of the README's `sh` blocks that call servicebench, as argument lists.
    static func commands() throws -> [[String]] {
        let readme = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var inShellBlock = false
        var commands: [[String]] = []
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inShellBlock = !inShellBlock && line == "```sh"
                continue
            }
            guard inShellBlock else { continue }
            var text = String(line)
            if text.hasPrefix("swift run ") { text.removeFirst("swift run ".count) }
            guard text.hasPrefix("servicebench ") else { continue }
            commands.append(try words(String(text.dropFirst("servicebench ".count))))
        }
        return commands
    }

    /// Splits a shell line into words, honouring double quotes (all the README uses).
    static func words(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var started = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character == " " && !quoted {
                if started { words.append(current) }
                current = ""
                started = false
            } else {
                current.append(character)
                started = true
            }
        }
        if started { words.append(current) }
        try #require(!quoted, "unbalanced quote in README line: \(line)")
        return words
    }

    @Test func readmeHasTheQuickStartCommands() throws {
        let commands = try Self.commands()
        #expect(commands.contains(["report", "--example"]))
        #expect(commands.count >= 8)
    }

    @Test func everyReadmeCommandSucceeds() throws {
        // Run in a scratch directory that sees the checkout's data, so outputs land there.
        let directory = try CommandRunner.temporaryDirectory()
        for name in ["examples", "benchmarks-data", "templates"] {
            try FileManager.default.createSymbolicLink(
                at: directory.appendingPathComponent(name),
                withDestinationURL: CommandRunner.packageRoot.appendingPathComponent(name))
        }
        for command in try Self.commands() {
            let run = try CommandRunner.run(command, in: directory)
            #expect(run.status == 0, "servicebench \(command.joined(separator: " ")) exited \(run.status): \(run.stderr)")
        }
    }
}
