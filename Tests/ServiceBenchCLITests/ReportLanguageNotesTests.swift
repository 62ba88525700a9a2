import Foundation
import Testing

/// Study notes and formula variants are written in French and in English; each report shows its own
/// language only.
@Suite struct ReportLanguageNotesTests {
    /// The `<note>` and `<formula>` texts of every bundled study in `language`, unescaped.
    static func texts(_ language: String) throws -> [String] {
        let directory = CommandRunner.packageRoot.appendingPathComponent("benchmarks-data/studies")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".xml") }.sorted()
        let pattern = try NSRegularExpression(pattern: "<(note|formula) lang=\"\(language)\">([^<]*)</(note|formula)>")
        var texts: [String] = []
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 2), in: text) else { continue }
                texts.append(text[range].replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&amp;", with: "&"))
            }
        }
        return texts
    }

    @Test(arguments: [("fr", "en"), ("en", "fr")])
    func aReportShowsNoStudyNoteOfTheOtherLanguage(language: String, other: String) throws {
        let own = Set(try Self.texts(language)), foreign = Set(try Self.texts(other)).subtracting(own)
        #expect(foreign.count >= 15)
        let run = try CommandRunner.run([
            "report", "examples/opaline-energie.csv", "--panel", "examples/panel.csv", "--format", "html", "--lang", language,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        // The HTML escapes ' and " only; the notes hold neither.
        let html = run.stdout
        for text in foreign {
            #expect(!html.contains(text), "\(language) report holds the \(other) text: \(text)")
        }
        let shown = own.filter { html.contains($0) }
        #expect(shown.count >= 3, "\(shown)")
    }
}
