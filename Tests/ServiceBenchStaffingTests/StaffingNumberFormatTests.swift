import Testing
@testable import ServiceBenchStaffing

/// The fixed-decimal and human duration texts of the staffing command's output.
@Suite struct StaffingNumberFormatTests {
    @Test(arguments: [
        (7.8359, 3, "7.836"), (0.8883500, 6, "0.888350"), (-0.0000001, 3, "0.000"), (10, 4, "10.0000"),
        (0.05, 1, "0.1"), (1234567.5, 0, "1234568"), (0.000123, 6, "0.000123"), (-2.5, 1, "-2.5"),
    ])
    func fixedDecimals(value: Double, digits: Int, text: String) {
        #expect(StaffingNumberFormat.fixed(value, digits) == text)
    }

    @Test(arguments: [(1800.0, "30 min"), (3600, "1 h"), (20, "20 s"), (90, "90 s"), (5400, "90 min"), (7200, "2 h")])
    func durationsForPeople(seconds: Double, text: String) {
        #expect(StaffingNumberFormat.duration(seconds) == text)
    }
}
