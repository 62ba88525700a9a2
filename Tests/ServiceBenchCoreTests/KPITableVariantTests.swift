import Testing
@testable import ServiceBenchCore

/// A KPI table may say which variant of a KPI its values are (a `variant` column in the long layout,
/// `nps:transactional` headers in the wide one) and each company's country.
@Suite struct KPITableVariantTests {
    static let catalogue: [KPIDefinition] = [
        KPIDefinition(
            id: "nps", labelFR: "NPS", labelEN: "NPS", definitionFR: "", definitionEN: "", unit: .points, direction: .higherIsBetter,
            dimension: .satisfaction, minimum: -100, maximum: 100,
            variants: [
                KPIVariant(id: "relationship", labelFR: "NPS relationnel", labelEN: "relationship NPS"),
                KPIVariant(id: "transactional", labelFR: "NPS transactionnel", labelEN: "transactional NPS"),
            ],
            defaultVariant: "transactional"),
        KPIDefinition(
            id: "asa", labelFR: "ASA", labelEN: "ASA", definitionFR: "", definitionEN: "", unit: .seconds, direction: .lowerIsBetter,
            dimension: .inbound, minimum: 0, maximum: 3600),
    ]

    static func read(_ text: String) throws(DiagnosticList) -> KPITable {
        try KPITableReader.read(bytes: Array(text.utf8), name: "kpis.csv", catalogue: catalogue)
    }

    static func errors(_ text: String) -> [CoreError] {
        do throws(DiagnosticList) {
            _ = try read(text)
            return []
        } catch {
            return error.diagnostics.compactMap { $0 as? CoreError }
        }
    }

    @Test func aLongTableStatesTheVariantInItsOwnColumn() throws {
        let table = try Self.read("company,period,kpi,value,variant,country\nX,2026-Q1,nps,30,Relationship,US\nX,2026-Q1,asa,40,,US\nY,2026-Q1,nps,12,,\n")
        let variants = table.measurements.map { "\($0.company) \($0.kpi) \($0.variant ?? "-")" }
        #expect(variants == ["X nps relationship", "X asa -", "Y nps -"])
        #expect(table.companies["X"]?.country == "us")
        #expect(table.companies["Y"]?.country == nil)
    }

    @Test func aWideTableStatesItInTheHeader() throws {
        let table = try Self.read("company,period,nps:transactional,asa\nX,2026-Q1,30,40\n")
        #expect(table.measurements.map(\.variant) == ["transactional", nil])
    }

    struct BadVariant: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var line: Int
        var column: Int
        var message: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        BadVariant(
            name: "unknown variant in a long table", text: "company,period,kpi,value,variant\nX,2026-Q1,nps,30,relational\n", line: 2, column: 18,
            message: "unknown variant 'relational' of 'nps'; did you mean 'relationship'?"),
        BadVariant(
            name: "a variant for a KPI without any", text: "company,period,kpi,value,variant\nX,2026-Q1,asa,30,survey\n", line: 2, column: 18,
            message: "'asa' has no variants"),
        BadVariant(
            name: "unknown variant in a wide header", text: "company,period,nps:transactionel\nX,2026-Q1,30\n", line: 1, column: 16,
            message: "unknown variant 'transactionel' of 'nps'; did you mean 'transactional'?"),
        BadVariant(
            name: "a country that is not a code", text: "company,period,kpi,value,country\nX,2026-Q1,asa,30,France\n", line: 2, column: 18,
            message: "the country 'france' is not a two-letter country code"),
    ])
    func aBadVariantOrCountryIsAnErrorAtItsCell(_ example: BadVariant) throws {
        let errors = Self.errors(example.text)
        let error = try #require(errors.first, "no error")
        #expect(error.message.contains(example.message), "\(error.message)")
        #expect(error.location?.line == example.line)
        #expect(error.location?.column == example.column)
    }
}
