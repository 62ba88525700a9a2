import Testing
@testable import ServiceBenchCore

/// The client's targets file: comparators in their spellings, numbers as in a KPI table, the
/// tolerance, and the override of the profile's targets in the comparison.
@Suite struct ClientTargetReaderTests {
    static func read(_ text: String) throws -> [String: Target] {
        try ClientTargetReader.read(bytes: Array(text.utf8), name: "targets.csv", catalogue: KPITableTestCatalogue.all)
    }

    @Test(arguments: [
        (">=", TargetComparator.atLeast), ("≥", .atLeast), ("at-least", .atLeast), ("Au moins", .atLeast),
        ("<=", .atMost), ("≤", .atMost), ("AT-MOST", .atMost), ("au plus", .atMost),
    ])
    func readsEachSpellingOfTheComparator(text: String, comparator: TargetComparator) throws {
        let targets = try Self.read("kpi;comparator;threshold\nasa;\(text);45\n")
        #expect(targets["asa"]?.comparator == comparator)
        #expect(targets["asa"]?.origin == .client)
    }

    /// `1 min 30` is 90 s for `asa`; `90,5 %` with a decimal comma in a `;` file; an empty tolerance is 0.
    @Test func readsNumbersAsAKPITableDoes() throws {
        let targets = try Self.read("kpi;comparator;threshold;tolerance\nasa;<=;1 min 30;15\nanswer_rate;>=;90,5 %;\n")
        #expect(targets["asa"]?.threshold == 90)
        #expect(targets["asa"]?.tolerance == 15)
        #expect(targets["answer_rate"]?.threshold == 90.5)
        #expect(targets["answer_rate"]?.tolerance == 0)
        #expect(targets["answer_rate"]?.citation.reference == "targets.csv:3")
    }

    /// The client's target replaces the profile's for its KPI: 70 % is near a target of 72 % with a
    /// tolerance of 3, and the KPI without a client target keeps none here (the fixture has no profile targets).
    @Test func replacesTheProfilesTargetInTheComparison() throws {
        let targets = try Self.read("kpi,comparator,threshold,tolerance\nanswer_rate,>=,72,3\n")
        let quarter = try #require(Period(parsing: "2026-Q1"))
        let table = KPITable(measurements: [
            Measurement(company: "X", period: quarter, kpi: "answer_rate", value: 70),
            Measurement(company: "X", period: quarter, kpi: "abandon_rate", value: 9),
        ])
        let reference = ReferenceData(
            kpis: KPITableTestCatalogue.all, studies: [], distributions: [], adoptionRates: [], profiles: [], targets: [])
        let comparison = try #require(try ComparisonEngine(reference: reference).compare(table, request: .init(clientTargets: targets)).first)
        let answer = try #require(comparison.results.first { $0.kpi.id == "answer_rate" })
        #expect(answer.target?.status == .near)
        #expect(answer.target?.target.origin == .client)
        #expect(comparison.results.first { $0.kpi.id == "abandon_rate" }?.target == nil)
    }
}
