import Foundation
import Testing

/// Study notes, formula variants, the statements of the figures and the studies' samples and sectors are
/// written in French and in English; each report shows its own language only.
@Suite struct ReportLanguageNotesTests {
    /// The texts of the elements `elements` (a regular-expression alternation) of every bundled study in
    /// `language`, unescaped: by default notes, formulas, statements, samples and sectors.
    static func texts(_ language: String, elements: String = "note|formula|statement|sample|sector") throws -> [String] {
        let directory = CommandRunner.packageRoot.appendingPathComponent("benchmarks-data/studies")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".xml") }.sorted()
        let pattern = try NSRegularExpression(pattern: "<(\(elements))[^>]* lang=\"\(language)\">([^<]*)</(\(elements))>")
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
        // A one-word text ("Retail") also occurs in proper names (a study's title): only phrases are checked.
        let own = Set(try Self.texts(language)), foreign = Set(try Self.texts(other)).subtracting(own).filter { $0.contains(" ") }
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
        // The figures' own statements are among what is shown (a statement stands beside each source).
        let statements = try Self.texts(language, elements: "statement")
        #expect(statements.filter { html.contains($0) }.count >= 3)
    }
}
