import Testing
@testable import ServiceBenchCore

/// A KPI table may give the sample size of a share or a mean (an `n` column in the long layout,
/// `csat_n` beside `csat` in the wide one), which gives a share its margin of error.
@Suite struct KPITableSampleSizeTests {
    static func read(_ text: String) throws(DiagnosticList) -> KPITable {
        try KPITableReader.read(bytes: Array(text.utf8), name: "kpis.csv", catalogue: KPITableTestCatalogue.all)
    }

    static func errors(_ text: String) -> [CoreError] {
        do throws(DiagnosticList) {
            _ = try read(text)
            return []
        } catch {
            return error.diagnostics.compactMap { $0 as? CoreError }
        }
    }

    @Test func aLongTableGivesNInItsOwnColumn() throws {
        let table = try Self.read("company,period,kpi,value,n\nX,2026-Q1,csat,84.1,1204\nX,2026-Q1,nps,30,\nX,2026-Q1,aht,300,\"1 204\"\n")
        #expect(table.measurements.map(\.sample?.size) == [1204, nil, 1204])
        #expect(table.quality.first?.notes.contains { $0.contains("ignored") } == false)
    }

    @Test func aWideTableGivesItBesideEachKPI() throws {
        let table = try Self.read("company;period;csat;csat_n;answer_rate;answer_rate_n\nX;2026-Q1;84,1;1 204;91;\n")
        #expect(table.measurements.map(\.kpi) == ["csat", "answer_rate"])
        #expect(table.measurements.map(\.sample?.size) == [1204, nil])
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Bad(name: "n of a volume", text: "company,period,kpi,value,n\nX,2026-Q1,calls_offered,300,12\n", line: 2, column: 29,
            message: "n is given for 'calls_offered', which is no share or mean"),
        Bad(name: "n without a value", text: "company,period,kpi,value,n\nX,2026-Q1,csat,,12\n", line: 2, column: 17,
            message: "a sample size is given for 'csat' but no value"),
        Bad(name: "a decimal n", text: "company,period,kpi,value,n\nX,2026-Q1,csat,80,1.5\n", line: 2, column: 19,
            message: "cannot read the sample size '1.5'"),
        Bad(name: "n of zero", text: "company,period,kpi,value,n\nX,2026-Q1,csat,80,0\n", line: 2, column: 19,
            message: "cannot read the sample size '0'"),
        Bad(name: "the same value twice with two n", text: "company,period,kpi,value,n\nX,2026-Q1,csat,80,12\nX,2026-Q1,csat,80,13\n", line: 3, column: 16,
            message: "given twice with different values (80 (n = 12) on line 2, 80 (n = 13) here)"),
        Bad(name: "a wide n of a volume", text: "company,period,csat,calls_offered_n\nX,2026-Q1,80,3\n", line: 1, column: 21,
            message: "'calls_offered_n' gives a sample size, but 'calls_offered' is no share or mean"),
        Bad(name: "a wide n without its KPI", text: "company,period,csat,nps_n\nX,2026-Q1,80,3\n", line: 1, column: 21,
            message: "'nps_n' gives the sample size of 'nps', but the header has no 'nps' column"),
        Bad(name: "a bare n in a wide table", text: "company,period,csat,n\nX,2026-Q1,80,3\n", line: 1, column: 21,
            message: "a column 'n' belongs to a long table"),
    ])
    func aBadSampleSizeIsAnErrorAtItsCell(_ example: Bad) throws {
        let error = try #require(Self.errors(example.text).first, "no error")
        #expect(error.message.contains(example.message), "\(error.message)")
        #expect(error.location?.line == example.line)
        #expect(error.location?.column == example.column)
    }

    /// From the table's n, a share gets Wilson's interval and its change a test; NPS and means get n
    /// alone (no shares of promoters, no standard deviation: no interval is invented).
    @Test func theComparisonUsesTheTablesN() throws {
        let table = try Self.read("company,period,kpi,value,n\nX,2025-Q4,csat,75,12\nX,2026-Q1,csat,100,12\nX,2026-Q1,aht,300,40\n")
        let kpis = KPITableTestCatalogue.all
        let reference = ReferenceData(kpis: kpis, studies: [], distributions: [], adoptionRates: [], profiles: [], targets: [])
        let comparison = try #require(try ComparisonEngine(reference: reference).compare(table).first)
        let csat = try #require(comparison.results.first { $0.kpi.id == "csat" })
        // 12 of 12: Wilson 75.7506–100 %.
        #expect(abs((csat.interval?.low ?? 0) - 75.750599) < 1e-5)
        #expect(csat.interval?.high == 100)
        // 9 of 12 → 12 of 12: z = 1.8516, p = 0.0641, within the margin.
        #expect(csat.trend?.significant == false)
        let aht = try #require(comparison.results.first { $0.kpi.id == "aht" })
        #expect(aht.sampleSize == 40)
        #expect(aht.interval == nil)
    }
}
