import Testing
@testable import ServiceBenchCore

/// The plain-text rendering behind `servicebench benchmarks list|show`.
@Suite struct ReferenceDataTextTests {
    static let empty = ReferenceData(kpis: [], studies: [], distributions: [], adoptionRates: [], profiles: [], targets: [])

    @Test(arguments: [
        (35.2, ReferenceDataText.Language.fr, "35,2"), (35.2, .en, "35.2"), (61.65, .en, "61.65"), (3600, .fr, "3600"),
        (0.5, .fr, "0,5"), (-35, .en, "−35"), (-0.1, .fr, "−0,1"), (12.1667, .en, "12.17"), (0.045, .en, "0.05"),
    ])
    func numbers(value: Double, language: ReferenceDataText.Language, expected: String) {
        #expect(ReferenceDataText(data: Self.empty, language: language).number(value) == expected)
    }

    @Test func wrapKeepsLinesWithinTheWidthAndIndents() {
        let text = ReferenceDataText(data: Self.empty, width: 30)
        let lines = text.wrap("Seulement 13% des marques ne mesurent pas leur temps de réponse, et 50% répondent dans les 30 secondes.", indent: 4)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= 30 && $0.hasPrefix("    ") })
        #expect(lines.map { $0.dropFirst(4) }.joined(separator: " ") == "Seulement 13% des marques ne mesurent pas leur temps de réponse, et 50% répondent dans les 30 secondes.")
    }

    @Test func wrapCutsAWordLongerThanALine() {
        let text = ReferenceDataText(data: Self.empty, width: 24)
        let url = "https://example.com/a/very/long/path/that/cannot/fit"
        let lines = text.wrap(url, indent: 0)
        #expect(lines.allSatisfy { $0.count <= 24 })
        #expect(lines.joined() == url)
    }

    @Test func figureCountCoversEveryKindOfItem() throws {
        let data = try ReferenceDataLoader.load(directory: ReferenceDataFixtures.bundledDirectory)
        let text = ReferenceDataText(data: data)
        // kpi-guide-2016: 4 figures (rings, wait, two answer rates) and 3 targets (two answer rates, asa).
        #expect(text.figureCount(of: "kpi-guide-2016") == 7)
        // contactbabel-uk-2016: the ASA and abandonment distributions.
        #expect(text.figureCount(of: "contactbabel-uk-2016") == 2)
    }
}
