import ServiceBenchStaffing
import Testing

/// `--opening-hours` as clients write it: days and ranges of days, several time ranges, French names.
@Suite struct OpeningHoursTextTests {
    @Test(arguments: [
        ("mon-fri 08:00-20:00, sat 09:00-12:00", 6.0, 10.5),
        ("mon-fri 08:00-18:00", 5.0, 10.0),
        ("lun-ven 8h-12h 14h-18h", 5.0, 8.0),
        ("mon-sun 00:00-24:00", 7.0, 24.0),
        // Monday given twice, overlapping: 08:00–20:00 counted once.
        ("mon 08:00-14:00, mon 12:00-20:00", 1.0, 12.0),
        ("fri-mon 10:00-11:30", 4.0, 1.5),
    ])
    func readsTheWeek(text: String, days: Double, hoursPerDay: Double) throws {
        let hours = try OpeningHours(parsing: text)
        #expect(hours.daysPerWeek == days)
        #expect(hours.hoursPerDay == hoursPerDay)
    }

    @Test(arguments: ["", "mon-fri", "08:00-20:00", "mon-fri 20:00-08:00", "someday 08:00-10:00", "mon 08:00-25:00", "mon 8:60-9:00", "mon 08:00-20:00,"])
    func refusesWhatItCannotRead(text: String) {
        #expect(throws: StaffingError.self) { try OpeningHours(parsing: text) }
    }
}
