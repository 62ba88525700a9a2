import Foundation
import Testing
@testable import ServiceBenchCore

/// The bundled example data (`examples/`) reads without error and has what the README promises.
@Suite("KPI table reader: bundled examples")
struct KPITableExampleTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    static func load(_ file: String) throws -> KPITable {
        try KPITableReader.read(path: examples.appendingPathComponent(file).path, catalogue: KPITableTestCatalogue.all)
    }

    @Test("both files read against the bundled catalogue", arguments: ["opaline-energie.csv", "panel.csv"])
    func bundledCatalogue(file: String) throws {
        let data = try ReferenceDataLoader.load(directory: Self.examples.deletingLastPathComponent().appendingPathComponent("benchmarks-data").path)
        let table = try KPITableReader.read(path: Self.examples.appendingPathComponent(file).path, catalogue: data.kpis)
        // The panel: 1,432 values and the 44 quarters of tickets created of the eleven peers with a backlog.
        #expect(table.measurements.count == (file == "panel.csv" ? 1_476 : 8 * 31))
        let profiles = Set(data.profiles.map(\.id))
        for info in table.companies.values {
            #expect(info.profile.map(profiles.contains) == true, "\(info.name): \(info.profile ?? "no profile")")
        }
    }

    static let company = "Opaline Énergie (fictional)"
    static let quarters = ["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]

    @Test("the company file is the French Excel style: BOM, ';', decimal comma, wide")
    func companyFileStyle() throws {
        let bytes = Array(try Data(contentsOf: Self.examples.appendingPathComponent("opaline-energie.csv")))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("company;period;profile;sector;size;calls_offered;"))
        #expect(text.contains(";88,4 %;"))
    }

    @Test("the fictional company has eight quarters, the latest last")
    func companyQuarters() throws {
        let table = try Self.load("opaline-energie.csv")
        #expect(table.companyNames == [Self.company])
        #expect(table.periods(of: Self.company).map(\.description) == Self.quarters)
        #expect(Array(Set(table.measurements.map(\.period.description))).sorted() == Self.quarters)
        #expect(table.measurements.last?.period.description == "2026-Q3")
        #expect(table.companies[Self.company] == CompanyInfo(name: Self.company, profile: "general-inbound", sector: "energy", size: "large"))
        #expect(table.quality.first?.notes == [])
    }

    @Test("some KPIs are deliberately not measured", arguments: [
        "ces", "qa_score_written", "selfcare_transfer_rate", "cost_per_contact", "conversion_rate", "calls_made",
    ])
    func unmeasured(kpi: String) throws {
        let table = try Self.load("opaline-energie.csv")
        #expect(!table.measurements.contains { $0.kpi == kpi })
    }

    @Test("values read in their units, French style", arguments: [
        ("2026-Q3", "answer_rate", 91.2), ("2026-Q1", "calls_offered", 1_046_800.0), ("2026-Q3", "asa", 41.0),
        ("2025-Q4", "email_response_time", 26.5), ("2026-Q3", "nps", 19.0), ("2026-Q3", "has_fcr_target", 0.0),
        ("2026-Q3", "measures_satisfaction", 1.0), ("2026-Q3", "outsourcing", 1.0),
    ])
    func companyValues(period: String, kpi: String, expected: Double) throws {
        let table = try Self.load("opaline-energie.csv")
        #expect(KPITableTesting.value(table, Self.company, period, kpi) == expected)
    }

    @Test("the fictional company covers every dimension with a KPI or a practice")
    func everyKindOfKPI() throws {
        let table = try Self.load("opaline-energie.csv")
        let kpis = Set(table.measurements.map(\.kpi))
        for wanted in ["backlog_open", "calls_offered", "email_response_time", "aht", "csat", "qa_score_calls", "digital_share", "outsourcing"] {
            #expect(kpis.contains(wanted), "\(wanted)")
        }
        #expect(kpis.count == 31)
    }

    /// The panel's four quarters: the company's last four.
    static let panelQuarters = Array(quarters.suffix(4))

    @Test("the panel has a dozen fictional peers, each with the same four quarters and a profile, sector and size")
    func panel() throws {
        let table = try Self.load("panel.csv")
        #expect(table.companyNames.count == 12)
        #expect(table.companyNames.allSatisfy { $0.hasPrefix("Peer ") && $0.hasSuffix("(fictional)") })
        for name in table.companyNames {
            #expect(table.periods(of: name).map(\.description) == Self.panelQuarters, "\(name)")
            let info = try #require(table.companies[name])
            #expect(info.profile != nil && info.sector != nil && info.size != nil, "\(name)")
        }
        let profiles = Set(table.companies.values.compactMap(\.profile))
        #expect(profiles == ["general-inbound", "technical-hotline", "outbound-sales"])
        #expect(table.companyNames.contains("Peer 09 — Maison Lys, e-commerce (fictional)"))
    }
}
