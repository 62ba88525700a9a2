import Testing
import ServiceBenchCore
@testable import ServiceBenchReport

@Suite struct FileNamerTests {
    @Test(arguments: [
        ("Société Générale d’Assurances", "societe-generale-d-assurances"),
        ("<script>alert(\"x\")</script> & \"Fils\"", "script-alert-x-script-fils"),
        ("  ÉLAN  ", "elan"), ("../../etc/passwd", "etc-passwd"), ("東京", "company"), ("", "company"),
    ])
    func stems(name: String, expected: String) {
        #expect(FileNamer.stem(name) == expected)
    }

    @Test func duplicatesAndIndexAreDistinct() {
        let comparisons = [
            Fixture.comparison(name: "Acme"), Fixture.comparison(name: "ACME"), Fixture.comparison(name: "acme"), Fixture.comparison(name: "Index"),
        ]
        #expect(FileNamer.stems(for: comparisons) == ["acme", "acme-2026-q1", "acme-2026-q1-2", "index-2026-q1"])
    }

    @Test func longNamesAreCut() {
        #expect(FileNamer.stem(String(repeating: "a", count: 200)).count == FileNamer.maximumLength)
    }
}
