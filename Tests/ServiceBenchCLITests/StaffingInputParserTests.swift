import Testing

@testable import servicebench
import ServiceBenchCore

@Suite struct StaffingInputParserTests {
    @Test(arguments: [
        ("180", 180.0), ("180s", 180), ("3m", 180), ("3min", 180), ("1.5h", 5400), ("2.5 ", 2.5), ("45S", 45), ("0", 0),
    ])
    func durationsWithSecondsAsBareUnit(text: String, seconds: Double) throws {
        #expect(try StaffingInputParser.duration(text, option: "--aht", bareUnit: .seconds) == seconds)
    }

    @Test func intervalNeedsAUnit() throws {
        #expect(try StaffingInputParser.duration("30m", option: "--interval", bareUnit: nil) == 1800)
        #expect {
            try StaffingInputParser.duration("30", option: "--interval", bareUnit: nil)
        } throws: { error in
            (error as? UsageError)?.message.contains("needs a unit") == true
        }
    }

    @Test(arguments: ["", "abc", "-5s", "1e3", "3 days", "inf", "nan", ".5m", "5.m", "1,5h", "3ms"])
    func rejectsBadDurations(text: String) {
        #expect {
            try StaffingInputParser.duration(text, option: "--aht", bareUnit: .seconds)
        } throws: { error in
            guard let error = error as? UsageError else { return false }
            return error.exitCode == .usage && error.message.contains("--aht")
        }
    }

    @Test(arguments: [("30%", 0.3), ("0.3", 0.3), ("100%", 1.0), ("0", 0.0), ("85 %", 0.85), ("1", 1.0)])
    func shares(text: String, value: Double) throws {
        #expect(abs(try StaffingInputParser.share(text, option: "--shrinkage") - value) < 1e-15)
    }

    @Test(arguments: [("30", "ambiguous"), ("130%", "0% to 100%"), ("-3%", "0% to 100%"), ("thirty", "not a share")])
    func rejectsBadShares(text: String, mentions: String) {
        #expect {
            try StaffingInputParser.share(text, option: "--shrinkage")
        } throws: { error in
            (error as? UsageError)?.message.contains(mentions) == true
        }
    }

    @Test(arguments: [("80/20", 0.8, 20.0), ("80%/20s", 0.8, 20), ("90/1m", 0.9, 60), ("95.5/30", 0.955, 30), ("100/0", 1, 0)])
    func targets(text: String, share: Double, seconds: Double) throws {
        let target = try StaffingInputParser.target(text)
        #expect(abs(target.share - share) < 1e-15)
        #expect(target.seconds == seconds)
    }

    @Test(arguments: ["80", "80/20/10", "0/20", "120/20", "80/", "/20", "0.8/20x", "eighty/20"])
    func rejectsBadTargets(text: String) {
        #expect {
            try StaffingInputParser.target(text)
        } throws: { error in
            guard let error = error as? UsageError else { return false }
            return error.exitCode == .usage && error.message.contains("--target")
        }
    }

    @Test(arguments: [("12", 12.0), ("37.5", 37.5)])
    func numbers(text: String, value: Double) throws {
        #expect(try StaffingInputParser.number(text, option: "--calls") == value)
    }

    @Test(arguments: ["-3", "1e5", "", "12,5", "twelve"])
    func rejectsBadNumbers(text: String) {
        #expect(throws: UsageError.self) { try StaffingInputParser.number(text, option: "--calls") }
    }
}
