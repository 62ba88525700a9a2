import Foundation
import Testing

/// `servicebench staffing` end to end, through the built executable.
@Suite struct StaffingCommandTests {
    static let textbook = ["staffing", "--calls", "100", "--interval", "30m", "--aht", "180s", "--target", "80/20"]

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func textTable() throws {
        let result = try CommandRunner.run(Self.textbook + ["--shrinkage", "30%"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("offered load 10.00 erlangs"))
        #expect(result.stdout.contains("Agents needed: 14 on the phones, 20 scheduled with 30 % shrinkage"))
        let marked = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("> ") || $0.contains(" > ") || $0.hasPrefix(">") })
        #expect(marked.contains("14") && marked.contains("88.8 %") && marked.contains("7.8"))
        for agents in ["12", "13", "15", "16"] {
            #expect(result.stdout.contains("\n    \(agents) "))
        }
    }

    @Test func erlangCJSON() throws {
        let result = try CommandRunner.run(Self.textbook + ["--format", "json"])
        #expect(result.status == 0)
        let object = try Self.json(result.stdout)
        #expect(object["model"] as? String == "erlang_c")
        #expect(object["agents"] as? Int == 14)
        #expect(abs((object["service_level"] as? Double ?? 0) - 0.888350) < 1e-9)
        #expect(abs((object["asa"] as? Double ?? 0) - 7.836) < 1e-9)
        #expect(abs((object["wait_probability"] as? Double ?? 0) - 0.174132) < 1e-9)
        #expect(abs((object["occupancy"] as? Double ?? 0) - 0.714286) < 1e-9)
        #expect(object["abandon_rate"] == nil)
        #expect(object["reachable"] as? Bool == true)
        let table = try #require(object["table"] as? [[String: Any]])
        #expect(table.compactMap { $0["agents"] as? Int } == [12, 13, 14, 15, 16])
        for row in table {
            for key in ["service_level", "asa", "wait_probability", "occupancy"] { #expect(row[key] != nil) }
            #expect(row["abandon_rate"] == nil)
        }
        // Fixed decimals in the bytes themselves.
        #expect(result.stdout.contains("\"service_level\": 0.888350,"))
        #expect(result.stdout.contains("\"load_erlangs\": 10.0000,"))
    }

    @Test func erlangAJSONHasAbandonment() throws {
        let result = try CommandRunner.run(Self.textbook + ["--patience", "90s", "--format", "json"])
        #expect(result.status == 0)
        let object = try Self.json(result.stdout)
        #expect(object["model"] as? String == "erlang_a")
        let abandon = try #require(object["abandon_rate"] as? Double)
        #expect(abandon > 0 && abandon < 0.2)
        let table = try #require(object["table"] as? [[String: Any]])
        #expect(table.count == 5)
        #expect(table.allSatisfy { $0["abandon_rate"] is Double })
        // Impatient callers who leave relieve the queue: fewer agents than Erlang C's 14.
        #expect(try #require(object["agents"] as? Int) < 14)
    }

    @Test func sameInputsSameBytes() throws {
        let arguments = Self.textbook + ["--patience", "2m", "--max-occupancy", "0.85", "--format", "json"]
        let first = try CommandRunner.run(arguments)
        let second = try CommandRunner.run(arguments)
        #expect(first.status == 0)
        #expect(first.stdoutBytes == second.stdoutBytes)
    }

    @Test func unstableRowsAreNullNotNaN() throws {
        // 105 calls per 30 min at 180 s = 10.5 erlangs; a lax target needs 11 agents, so rows 9 and 10 are unstable.
        let result = try CommandRunner.run(["staffing", "--calls", "105", "--interval", "30m", "--aht", "180", "--target", "5/0", "--format", "json"])
        #expect(result.status == 0)
        #expect(!result.stdout.lowercased().contains("nan"))
        let table = try #require(try Self.json(result.stdout)["table"] as? [[String: Any]])
        #expect(table[0]["asa"] is NSNull)
        #expect(table[0]["stable"] as? Bool == false)
        let text = try CommandRunner.run(["staffing", "--calls", "105", "--interval", "30m", "--aht", "180", "--target", "5/0"])
        #expect(text.stdout.contains("unbounded"))
    }

    @Test func unreachableTargetIsSaidClearly() throws {
        let result = try CommandRunner.run(["staffing", "--calls", "100", "--interval", "30m", "--aht", "180", "--target", "100/20", "--format", "json"])
        #expect(result.status == 0)
        let object = try Self.json(result.stdout)
        #expect(object["reachable"] as? Bool == false)
        #expect(object["agents"] is NSNull)
        #expect((object["reason"] as? String)?.contains("100 %") == true)
        let text = try CommandRunner.run(["staffing", "--calls", "100", "--interval", "30m", "--aht", "180", "--target", "100/20"])
        #expect(text.stdout.contains("Target not reachable"))
    }

    /// 10⁴⁰ calls an hour (a load of 5 × 10³⁷ erlangs) trapped in a Double-to-Int conversion.
    @Test(arguments: [[], ["--patience", "90s"]])
    func hugeVolumeIsUnreachableNotACrash(extra: [String]) throws {
        let calls = "1" + String(repeating: "0", count: 40)
        let result = try CommandRunner.run(["staffing", "--calls", calls, "--interval", "1h", "--aht", "180s", "--target", "80/20", "--format", "json"] + extra)
        #expect(result.status == 0)
        let object = try Self.json(result.stdout)
        #expect(object["reachable"] as? Bool == false)
        #expect(object["outcome"] as? String == "unreachable")
        let text = try CommandRunner.run(["staffing", "--calls", calls, "--interval", "1h", "--aht", "180s", "--target", "80/20"] + extra)
        #expect(text.status == 0)
        #expect(text.stdout.contains("Target not reachable: no staffing up to 10000 agents"))
    }

    @Test func writesTheOutputFile() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out/staffing.json").path
        let result = try CommandRunner.run(Self.textbook + ["--format", "json", "--output", path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(try Self.json(written)["agents"] as? Int == 14)
    }

    @Test func unwritableOutputExits73() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let blocker = directory.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let result = try CommandRunner.run(Self.textbook + ["--output", blocker.appendingPathComponent("out.txt").path])
        #expect(result.status == 73)
        #expect(result.stderr.contains("error:"))
    }

    @Test(arguments: [
        (["--interval", "30"], "needs a unit"),
        (["--shrinkage", "30"], "write 30% for a percentage"),
        (["--shrinkage", "100%"], "below 100 %"),
        (["--max-occupancy", "0%"], "maximum occupancy"),
        (["--patience", "0s"], "patience"),
        (["--patience", "soon"], "--patience"),
        (["--target", "80"], "percent/seconds"),
        (["--format", "xml"], "Please provide one of 'text' and 'json'"),
        (["--aht", "0"], "handle time"),
        (["--calls", "-4"], "--calls"),
    ])
    func badArgumentsExit64(extra: [String], mentions: String) throws {
        var arguments = ["staffing", "--calls", "100", "--interval", "30m", "--aht", "180s", "--target", "80/20"]
        // Later options win: replace the default value when the option is already there.
        for pair in stride(from: 0, to: extra.count, by: 2) {
            if let index = arguments.firstIndex(of: extra[pair]) {
                arguments[index + 1] = extra[pair + 1]
            } else {
                arguments += [extra[pair], extra[pair + 1]]
            }
        }
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(mentions))
    }

    @Test func missingRequiredOptionExits64() throws {
        let result = try CommandRunner.run(["staffing", "--calls", "100", "--aht", "180"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--target"))
    }

    @Test func helpDocumentsUnits() throws {
        let result = try CommandRunner.run(["staffing", "--help"])
        #expect(result.status == 0)
        for phrase in ["--interval always needs a", "80/20", "--patience", "--max-occupancy", "Erlang A"] {
            #expect(result.stdout.contains(phrase))
        }
    }
}
