import Foundation
import Testing
@testable import ServiceBenchCore

/// KPI tables as clients write them, read against the bundled catalogue and `headers.xml`: headers
/// by label, abbreviation or id; the transposed layout; durations, scores, not-measured marks; total
/// rows; title lines.
@Suite struct KPITableClientSheetTests {
    static let reference: ReferenceData? = try? ReferenceDataLoader.load(directory: ReferenceDataFixtures.bundledDirectory)

    static func read(_ text: String, company: String? = nil) throws -> KPITable {
        let reference = try #require(Self.reference)
        return try KPITableReader.read(
            bytes: Array(text.utf8), name: "client.csv", catalogue: reference.kpis, aliases: reference.headerAliases, company: company)
    }

    static func errors(_ text: String, company: String? = nil) throws -> [CoreError] {
        do {
            _ = try read(text, company: company)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics.compactMap { $0 as? CoreError }
        }
    }

    static func values(_ table: KPITable) -> [String: Double] {
        Dictionary(table.measurements.map { ("\($0.company) \($0.period) \($0.kpi)", $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: Headers

    @Test(arguments: [
        ("Taux de décroché", "answer_rate"), ("TAUX DE DECROCHE", "answer_rate"), ("taux  de  décroché", "answer_rate"),
        ("Taux d'abandon", "abandon_rate"), ("Taux d’abandon", "abandon_rate"), ("DMT", "aht"), ("dmt", "aht"), ("AHT", "aht"),
        ("Durée moyenne de traitement (DMT)", "aht"), ("Average handle time (AHT)", "aht"), ("aht", "aht"), ("TMA", "asa"),
        ("ASA", "asa"), ("FCR", "fcr"), ("NPS", "nps"), ("CSAT", "csat"), ("CES", "ces"), ("Niveau de service à 20 s", "service_level_20s"),
        ("niveau de service a 20s", "service_level_20s"), ("Appels reçus", "calls_offered"),
    ])
    func headersNameKPIsByLabelAbbreviationOrID(header: String, id: String) throws {
        let table = try Self.read("Société;Période;\(header)\nACME;2026-Q1;4\n")
        #expect(table.measurements.map(\.kpi) == [id])
    }

    @Test(arguments: [
        ("Société", "Période"), ("Entreprise", "Trimestre"), ("Company", "Period"), ("SOCIETE", "periode"), ("company", "period"),
    ])
    func keyColumnsInFrenchOrEnglish(company: String, period: String) throws {
        let table = try Self.read("\(company);\(period);answer_rate\nACME;T1 2026;91,5\n")
        #expect(Self.values(table) == ["ACME 2026-Q1 answer_rate": 91.5])
    }

    @Test func anAmbiguousHeaderListsItsCandidates() throws {
        let errors = try Self.errors("Société;Période;DMR\nACME;2026-Q1;3\n")
        let error = try #require(errors.first)
        #expect(error.location == SourceLocation(file: "client.csv", line: 1, column: 17))
        #expect(error.message.contains("'DMR' is ambiguous"))
        #expect(error.message.contains("'email_response_time'") && error.message.contains("'resolution_time'"))
    }

    @Test(arguments: [
        ("Société;Company;Période;DMT", "the column 'company' appears twice ('Société' at column 1 and 'Company' here); keep one of them", 9),
        ("Société;Période;DMT;AHT", "the KPI 'aht' has two columns ('DMT' at column 17 and 'AHT' here); keep one of them", 21),
    ])
    func twoHeadersForOneColumnAreAnError(header: String, message: String, column: Int) throws {
        let error = try #require(try Self.errors("\(header)\nACME;2026-Q1;1;2\n").first)
        #expect(error.message == message)
        #expect(error.location == SourceLocation(file: "client.csv", line: 1, column: column))
    }

    @Test func longTablesNameKPIsByLabelToo() throws {
        let table = try Self.read("Société;Période;Indicateur;Valeur\nACME;2026-Q1;Taux de décroché;91,5 %\nACME;2026-Q1;DMT;3 min 20\n")
        #expect(Self.values(table) == ["ACME 2026-Q1 answer_rate": 91.5, "ACME 2026-Q1 aht": 200])
    }

    @Test func titleLinesAboveTheHeaderAreSkipped() throws {
        let table = try Self.read("Benchmark service client 2026\n\n;;\nSociété;Période;DMT\nACME;T1 2026;1 min 30\n")
        #expect(Self.values(table) == ["ACME 2026-Q1 aht": 90])
        #expect(table.quality[0].notes.contains("client.csv: line 1 above the header skipped (a title)"))
    }

    // MARK: Values

    @Test(arguments: [
        ("1 min 30", 90.0), ("1 min 30 s", 90), ("1'30", 90), ("1’30", 90), ("1'30''", 90), ("00:01:30", 90), ("1:30", 90),
        ("1 h 05", 3_900), ("1h05", 3_900), ("1h30min", 5_400), ("3 min", 180), ("1,5 min", 90), ("90", 90), ("90 s", 90),
    ])
    func durationsAsSheetsWriteThem(cell: String, seconds: Double) throws {
        let table = try Self.read("Société;Période;DMT\nACME;2026-Q1;\(cell)\n")
        #expect(Self.values(table) == ["ACME 2026-Q1 aht": seconds])
    }

    /// A KPI in hours reads `1:30` as Excel's `[h]:mm`.
    @Test(arguments: [("1:30", 1.5), ("2 h 30", 2.5), ("2 h 05", 7_500.0 / 3_600), ("90 min", 1.5), ("00:45:00", 0.75)])
    func durationsOfAKPIInHours(cell: String, hours: Double) throws {
        let table = try Self.read("Société;Période;email_response_time\nACME;2026-Q1;\(cell)\n")
        #expect(Self.values(table) == ["ACME 2026-Q1 email_response_time": hours])
    }

    @Test func aScoreOnTheKPIsOwnScaleIsRead() throws {
        let table = try Self.read("Société;Période;CES\nACME;2026-Q1;5,2/7\n")
        #expect(Self.values(table) == ["ACME 2026-Q1 ces": 5.2])
    }

    @Test(arguments: [("CSAT", "4,1/5", "percent"), ("CES", "4/5", "a score from 1 to 7"), ("DMT", "1 min 30/5", "seconds")])
    func aScoreWithoutAConversionIsAnError(header: String, cell: String, unit: String) throws {
        let error = try #require(try Self.errors("Société;Période;\(header)\nACME;2026-Q1;\(cell)\n").first)
        #expect(error.location == SourceLocation(file: "client.csv", line: 2, column: 14))
        #expect(error.message.contains("measured in \(unit)") || error.message.contains("cannot read"), "\(error.message)")
    }

    @Test(arguments: ["n/a", "N/A", "NA", "NC", "nd", "ND", "-", "—", "–", "n.c."])
    func notMeasuredMarksAreNoValue(mark: String) throws {
        let table = try Self.read("Société;Période;DMT;NPS\nACME;2026-Q1;\(mark);12\n")
        #expect(Self.values(table) == ["ACME 2026-Q1 nps": 12])
        #expect(table.quality[0].notes.contains("client.csv: 1 cell marked as not measured (n/a, NC, -…) read as no value"))
    }

    @Test(arguments: ["Total", "TOTAL", "Moyenne", "moyenne", "Average", "Ensemble", "Total général"])
    func totalAndAverageRowsAreLeftOutWithANote(name: String) throws {
        let table = try Self.read("Société;Période;DMT\nACME;2026-Q1;100\nBeta;2026-Q1;200\n\(name);2026-Q1;150\n")
        #expect(table.companyNames == ["ACME", "Beta"])
        #expect(table.quality[0].notes.contains("client.csv: 1 total or average row left out ('\(name)' on line 4): such a row is no company"))
    }

    // MARK: Transposed layout

    @Test(arguments: [("T1 2026", "T2 2026"), ("2026-Q1", "2026-Q2"), ("Q1 2026", "Q2 2026")])
    func transposedTablesReadLikeLongOnes(first: String, second: String) throws {
        let text = "Tableau de bord ACME\n\nIndicateur;\(first);\(second);Commentaire\nTaux de décroché;91,5 %;90 %;\nDMT;3 min 20;n/a;ok\nVolumétrie;;;\nAppels reçus;12 000;;\n"
        let table = try Self.read(text, company: "ACME")
        #expect(Self.values(table) == [
            "ACME 2026-Q1 answer_rate": 91.5, "ACME 2026-Q2 answer_rate": 90, "ACME 2026-Q1 aht": 200, "ACME 2026-Q1 calls_offered": 12_000,
        ])
        let notes = table.quality[0].notes
        #expect(notes.contains("client.csv: column 'Commentaire' ignored (not a period)"))
        #expect(notes.contains("client.csv: row 'Volumétrie' without values skipped (headings)"))
        // A bad cell is named by its own line and column.
        let error = try #require(try Self.errors(text.replacingOccurrences(of: "90 %", with: "quatre-vingt"), company: "ACME").first)
        #expect(error.location == SourceLocation(file: "client.csv", line: 4, column: 25))
    }

    @Test func aTransposedTableNeedsItsCompany() throws {
        let error = try #require(try Self.errors("KPI;T1 2026\nDMT;100\n").first)
        #expect(error.message.contains("--company"))
        #expect(error.location == SourceLocation(file: "client.csv", line: 1, column: 1))
    }

    @Test func anUnknownKPIRowIsAnError() throws {
        let error = try #require(try Self.errors("KPI;T1 2026\nTaux de décroche;91\nDMTT;100\n", company: "ACME").first)
        #expect(error.code == .unknownKPI)
        #expect(error.location == SourceLocation(file: "client.csv", line: 3, column: 1))
    }
}
