import Testing
import ServiceBenchCore

@Suite struct PeriodTests {
    @Test(arguments: [
        ("2026-Q1", "2026-Q1"), ("2026-q3", "2026-Q3"), ("T2 2026", "2026-Q2"), ("t4 2025", "2025-Q4"),
        ("2026-01", "2026-01"), ("2026-12", "2026-12"), ("2026", "2026"), (" 2026-Q1 ", "2026-Q1"),
        ("Q1 2026", "2026-Q1"), ("q4 2025", "2025-Q4"), ("T3-2026", "2026-Q3"),
    ])
    func parsesEveryAcceptedForm(text: String, canonical: String) throws {
        let period = try #require(Period(parsing: text))
        #expect(period.description == canonical)
    }

    @Test(arguments: ["2026-Q5", "2026-13", "2026-00", "Q5 2026", "26-Q1", "2026/01", "", "T5 2026", "abcd"])
    func rejectsEverythingElse(text: String) {
        #expect(Period(parsing: text) == nil)
    }

    @Test func sortsChronologically() {
        let periods = ["2026-Q2", "2025-Q4", "2026-Q1", "2025"].compactMap(Period.init(parsing:)).sorted()
        #expect(periods.map(\.description) == ["2025", "2025-Q4", "2026-Q1", "2026-Q2"])
    }
}
