import Foundation
import Testing

/// `--format slides` end to end: one deck per company (no index), or the one file `--output` names.
@Suite struct DeckCommandTests {
    @Test func aPanelGivesOneDeckPerCompany() throws {
        let output = try CommandRunner.temporaryDirectory()
        let run = try CommandRunner.run(["report", "examples/panel.csv", "--format", "slides", "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(files.count == 12)
        #expect(files.allSatisfy { $0.hasSuffix("-slides.html") })
    }

    @Test func aDeckCanBeOneXHTMLFile() throws {
        let output = try CommandRunner.temporaryDirectory().appendingPathComponent("board.xhtml")
        let run = try CommandRunner.run([
            "report", "examples/opaline-energie.csv", "--panel", "examples/panel.csv", "--format", "slides-xhtml", "--output", output.path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.hasPrefix("<?xml"))
        // Title, headline, priorities, studies, peers, quarters, staffing, method.
        #expect(text.components(separatedBy: "<section class=\"slide ").count - 1 == 8)
        let contradiction = try CommandRunner.run(["report", "examples/opaline-energie.csv", "--format", "slides", "--output", output.path])
        #expect(contradiction.status == 64)
    }
}
