import Testing
@testable import ServiceBenchCore

/// Several KPI inputs in one report: they may repeat each other, never disagree.
@Suite struct KPITableMergeTests {
    static func table(_ text: String, name: String) throws -> KPITable {
        try KPITableTesting.read(text, name: name)
    }

    static func mergeErrors(_ first: KPITable, _ second: KPITable) -> [String] {
        var merged = first
        do {
            try merged.merge(second)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func theSameValueTwiceIsCountedOnceWithANote() throws {
        var merged = try Self.table("company,period,kpi,value\nACME,2026-Q1,asa,45\n", name: "a.csv")
        try merged.merge(try Self.table("company;period;asa;answer_rate\nACME;2026-Q1;45;91,5\n", name: "b.csv"))
        #expect(merged.measurements.map(\.kpi) == ["asa", "answer_rate"])
        #expect(merged.quality.last?.notes.contains("b.csv: 1 value also given, the same, by an earlier input: counted once") == true)
    }

    /// Different values: an error naming both files, lines and columns, whatever the order.
    @Test(arguments: [false, true])
    func differentValuesAreAnErrorNamingBothCells(swapped: Bool) throws {
        let a = try Self.table("company,period,kpi,value\nACME,2026-Q1,calls_offered,1200\n", name: "a.csv")
        let b = try Self.table("company;period;answer_rate;calls_offered\nACME;2026-Q1;90;1250\n", name: "b.csv")
        let errors = swapped ? Self.mergeErrors(b, a) : Self.mergeErrors(a, b)
        #expect(errors.count == 1)
        if swapped {
            #expect(errors.first == "a.csv:2:28: error: 'calls_offered' of 'ACME' for 2026-Q1 is 1250 in b.csv (line 2, column 17) and 1200 here; two inputs must not disagree: correct or remove one of the two values")
        } else {
            #expect(errors.first == "b.csv:2:17: error: 'calls_offered' of 'ACME' for 2026-Q1 is 1200 in a.csv (line 2, column 28) and 1250 here; two inputs must not disagree: correct or remove one of the two values")
        }
    }

    /// A profile, sector or size given in one input holds for all, whichever comes first.
    @Test(arguments: [false, true])
    func companyFactsOfOneInputHoldForAll(swapped: Bool) throws {
        let a = try Self.table("company,period,kpi,value,profile\nACME,2026-Q1,asa,45,technical-hotline\n", name: "a.csv")
        let b = try Self.table("company,period,kpi,value,sector\nACME,2026-Q2,asa,40,energy\n", name: "b.csv")
        var merged = swapped ? b : a
        try merged.merge(swapped ? a : b)
        #expect(merged.companies["ACME"] == CompanyInfo(name: "ACME", profile: "technical-hotline", sector: "energy"))
    }

    @Test func conflictingCompanyFactsAreAnError() throws {
        let a = try Self.table("company,period,kpi,value,profile\nACME,2026-Q1,asa,45,technical-hotline\n", name: "a.csv")
        let b = try Self.table("company,period,kpi,value,profile\nACME,2026-Q2,asa,40,general-inbound\n", name: "b.csv")
        #expect(Self.mergeErrors(a, b) == [
            "b.csv:2:21: error: company 'ACME' has profile 'technical-hotline' in a.csv (line 2, column 21) and 'general-inbound' here; two inputs must not disagree: give the company one profile",
        ])
    }
}
