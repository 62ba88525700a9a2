import Testing
@testable import ServiceBenchCore

/// The long KPI CSV is written and read in one module: what `LongKPITableWriter` writes,
/// `KPITableReader` reads back to the same measurements, whatever the company name holds.
@Suite struct LongKPITableRoundTripTests {
    @Test(arguments: [
        ("ACME", 91.5), ("ACME, Inc.", 0.1), ("The \"Best\" Co", 45), ("Élan\nNord", 12.25), ("Société Générale", 100), ("a\r\nb", 3),
    ])
    func writtenTablesReadBack(company: String, value: Double) throws {
        let table = KPITable(measurements: [
            Measurement(company: company, period: Period(year: 2026, quarter: 1), kpi: "answer_rate", value: value),
            Measurement(company: company, period: Period(year: 2026, month: 2), kpi: "asa", value: 42),
        ])
        let text = LongKPITableWriter.csv(table)
        #expect(text.hasPrefix("company,period,kpi,value\n"))
        let read = try KPITableTesting.read(text)
        #expect(read.measurements.map { [$0.company, $0.period.description, $0.kpi, LongKPITableWriter.number($0.value)] }
            == table.measurements.map { [$0.company, $0.period.description, $0.kpi, LongKPITableWriter.number($0.value)] })
    }
}
