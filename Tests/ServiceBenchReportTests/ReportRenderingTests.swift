import Foundation
import Testing
import ServiceBenchCore
@testable import ServiceBenchReport

@Suite struct ReportRenderingTests {
    static let cases: [(ReportLanguage, MarkupFormat)] = [(.fr, .html), (.fr, .xhtml), (.en, .html), (.en, .xhtml)]

    @Test(arguments: cases)
    func everyTemplateIsFilled(language: ReportLanguage, format: MarkupFormat) throws {
        let writer = try Fixture.writer(language, format)
        let text = TestSupport.text(try writer.renderReport(Fixture.comparison(), staffing: Fixture.staffing))
        #expect(!text.contains("{{") && !text.contains("}}"))
        // Every section and chart partial is present.
        for marker in [
            "id=\"cover\"", "id=\"summary\"", "id=\"dimension-inbound\"", "id=\"dimension-handling\"", "id=\"dimension-productivity\"",
            "id=\"dimension-satisfaction\"", "id=\"dimension-backlog\"", "id=\"dimension-practices\"", "id=\"maturity\"", "id=\"staffing\"",
            "id=\"quality\"", "id=\"methodology\"", "class=\"position-bar\"", "class=\"arrow improved\"", "class=\"arrow worsened\"",
            "class=\"arrow unchanged\"", "class=\"shape met\"", "class=\"shape near\"", "class=\"shape missed\"", "class=\"shape none\"",
            "class=\"share-bar\"", "class=\"calls\"", "<a href=\"https://www.zendesk.com/benchmark/\">", "<cite>easiware-benchmark-2017.md</cite>",
        ] {
            #expect(text.contains(marker), "missing \(marker)")
        }
        // Key values, with the right typography.
        let values: [String] = language == .fr
            ? ["91,2\u{00A0}%", "1\u{00A0}min\u{00A0}36\u{00A0}s", "+42", "3e sur 12", "62e centile", "entre le 12e et le 50e centile (approximatif)",
               "Objectif atteint", "Proche de l’objectif", "Objectif manqué", "n\u{00A0}=\u{00A0}300", "déclaratif", "Easiware 2017",
               "2 avril 2026", "22\u{00A0}%", "answer-before-entry", "calls.csv:17:4", "12 appels encore en cours", "08:00", "Panel de 4 entreprises seulement",
               "123\u{202F}456", "1\u{202F}234,5\u{00A0}%", "médiane\u{00A0}: 30\u{00A0}s", "Assurance", "tranche bon", "Part du digital", "oui", "Études citées", "<cite>Baromètre de la relation client 2017</cite>",
               "Taux de décroché\u{00A0}: 91,2\u{00A0}% — objectif atteint (≥\u{00A0}80\u{00A0}%)\u{00A0}; plus élevé que 62\u{00A0}% des marques en France selon Easiware 2017 (n\u{00A0}=\u{00A0}300, déclaratif)\u{00A0}; 3e sur 12 dans le panel."]
            : ["91.2%", "1\u{00A0}min\u{00A0}36\u{00A0}s", "+42", "3rd of 12", "62nd percentile", "between the 12th and 50th percentile (approximate)",
               "Target met", "Near target", "Target missed", "n\u{00A0}=\u{00A0}300", "self-declared", "2 April 2026", "Panel of only 4 companies", "123,456", "Studies cited",
               "Answer rate: 91.2% — target met (≥\u{00A0}80%); higher than 62% of brands in France according to Easiware 2017 (n\u{00A0}=\u{00A0}300, self-declared); 3rd of 12 in the panel."]
        for value in values {
            #expect(text.contains(value), "missing \(value)")
        }
    }

    /// A study that gives a figure but no position is one line under the positioned ones, without a
    /// bar, linked to its entry in the list of studies (which carries its title, sample and method).
    @Test(arguments: cases)
    func contextStudiesAreOneLineLinkedToTheStudyList(language: ReportLanguage, format: MarkupFormat) throws {
        let text = TestSupport.text(try Fixture.writer(language, format).renderReport(Fixture.comparison(), staffing: Fixture.staffing))
        let lines = text.split(separator: "\n").filter { $0.hasPrefix("<li><a class=\"study-ref\" href=\"#") }
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(!line.contains("position-bar"))
            let anchor = line.split(separator: "\"")[3].dropFirst()
            #expect(text.contains("<li id=\"\(anchor)\">"), "no study entry \(anchor)")
        }
        // Every positioned reference keeps its bar and full study line.
        #expect(text.contains("class=\"position-bar"))
    }

    @Test(arguments: ["easiware-2017": "study-easiware-2017", "a b/é": "study-a_20b_2F_C3_A9", "x_y": "study-x_5Fy"])
    func studyAnchorsAreDistinctNames(id: String, anchor: String) {
        let study = Study(
            id: id, publisher: "P", title: "T", year: 2020, sampleSize: nil, sampleDescription: "", region: "", method: .declared, provenance: .firstHand,
            citations: [])
        #expect(KPIEntryBuilder.studyAnchor(study) == anchor)
    }

    @Test(arguments: MarkupFormat.allCases)
    func prologueMatchesFormat(format: MarkupFormat) throws {
        let text = TestSupport.text(try Fixture.writer(.fr, format).renderReport(Fixture.comparison()))
        if format == .xhtml {
            #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""))
        } else {
            #expect(text.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\""))
        }
        #expect(!text.contains("<script"))
        #expect(!text.contains("src="))
    }

    @Test func sectionsWithNothingToSayAreLeftOut() throws {
        var comparison = Fixture.comparison()
        comparison.quality = []
        comparison.unmeasured = []
        comparison.results = comparison.results.filter { $0.kpi.id == "calls_offered" }
        comparison.profile = ServiceProfile(id: "p", labelFR: "p", labelEN: "p", headlineKPIs: ["fcr"])
        let text = TestSupport.text(try Fixture.writer().renderReport(comparison))
        for absent in ["id=\"quality\"", "id=\"maturity\"", "id=\"staffing\"", "id=\"summary\"", "id=\"dimension-handling\"", "Études citées"] {
            #expect(!text.contains(absent), "unexpected \(absent)")
        }
        #expect(text.contains("id=\"dimension-inbound\""))
    }

    @Test func escapingInReportAndIndex() throws {
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Fils&quot;"
        for format in MarkupFormat.allCases {
            let documents = try Fixture.writer(.fr, format).documents(for: Fixture.panel, withIndex: true)
            let report = try #require(documents.first { $0.fileName == "script-alert-x-script-fils.\(format.rawValue)" })
            let index = try #require(documents.first { $0.fileName == "index.\(format.rawValue)" })
            for document in [report, index] {
                let text = TestSupport.text(document)
                #expect(text.contains(escaped))
                #expect(!text.contains("<script"))
                _ = try XMLDocument(bytes: document.bytes, name: document.fileName)
            }
        }
    }

    @Test func controlCharactersCannotBreakTheMarkup() throws {
        let document = try Fixture.writer().renderReport(Fixture.comparison(name: "Bad\u{01}Name\u{0B}"))
        #expect(TestSupport.text(document).contains("Bad\u{FFFD}Name\u{FFFD}"))
    }

    @Test func indexRanksThePanelWithLinks() throws {
        let documents = try Fixture.writer(.en, .html).documents(for: Fixture.panel, withIndex: true)
        #expect(documents.map(\.fileName) == ["societe-generale-d-assurances.html", "script-alert-x-script-fils.html", "tele-assistance-ouest.html", "index.html"])
        let index = TestSupport.text(documents[3])
        // Télé-Assistance (rank 1 everywhere) first, then Société (rank 3), then the script company (rank 7).
        let first = try #require(index.range(of: "href=\"tele-assistance-ouest.html\""))
        let second = try #require(index.range(of: "href=\"societe-generale-d-assurances.html\""))
        let third = try #require(index.range(of: "href=\"script-alert-x-script-fils.html\""))
        #expect(first.lowerBound < second.lowerBound && second.lowerBound < third.lowerBound)
        #expect(index.contains("<th scope=\"col\">Answer rate</th>"))
        #expect(index.contains("class=\"cell q4\""))
        #expect(index.contains("Panel of only 3 companies"))
    }

    /// One table per dimension with the panel's KPIs, every table listing every company in the same
    /// order; a company with no peer rank at all comes last with "—" as its overall rank.
    @Test func indexHasOneTablePerDimension() throws {
        var unranked = Fixture.comparison(name: "Sans Rang")
        unranked.results = unranked.results.map { result in
            var result = result
            result.peers = nil
            return result
        }
        let panel = Fixture.panel + [unranked]
        let documents = try Fixture.writer(.en, .html).documents(for: panel, withIndex: true)
        let index = TestSupport.text(try #require(documents.last))
        let dimensions = Dimension.allCases.filter { dimension in panel.contains { $0.results.contains { $0.kpi.dimension == dimension } } }
        #expect(index.components(separatedBy: "<table class=\"panel-table\">").count - 1 == dimensions.count)
        for dimension in dimensions {
            #expect(index.contains("<h3 id=\"panel-\(dimension.rawValue)\">"))
        }
        #expect(index.components(separatedBy: "href=\"sans-rang.html\"").count - 1 == dimensions.count)
        let unrankedRow = try #require(index.range(of: "<tr><td class=\"overall\">—</td><th scope=\"row\"><a href=\"sans-rang.html\">"))
        let lastRanked = try #require(index.range(of: "href=\"script-alert-x-script-fils.html\""))
        #expect(lastRanked.lowerBound < unrankedRow.lowerBound)
        #expect(index.contains("\(dimensions.count) tables by dimension"))
    }

    /// An interval wider than half the scale is drawn grey with a dashed marker, not in its estimate's
    /// quartile colour; a narrow one keeps its colour.
    @Test(arguments: [(PositionEstimate(estimate: 85, low: 0, high: 95), true), (PositionEstimate(estimate: 85, low: 80, high: 90), false)])
    func wideIntervalsAreDrawnNeutral(position: PositionEstimate, uninformative: Bool) throws {
        var comparison = Fixture.comparison()
        let index = try #require(comparison.results.firstIndex { !$0.references.isEmpty })
        comparison.results[index].references = [comparison.results[index].references[0]]
        comparison.results[index].references[0].position = position
        let text = TestSupport.text(try Fixture.writer(.en, .html).renderReport(comparison))
        #expect(text.contains("class=\"position-bar uninformative\"") == uninformative)
        #expect(text.contains("class=\"interval uninformative\"") == uninformative)
    }

    /// A volume (no better direction) goes up or down; it neither improves nor worsens.
    @Test(arguments: [(120.0, "up"), (-120.0, "down")])
    func volumesGoUpOrDown(delta: Double, word: String) throws {
        var comparison = Fixture.comparison()
        let index = try #require(comparison.results.firstIndex { $0.kpi.id == "calls_offered" })
        let previous = try #require(Period(parsing: "2025-Q4"))
        comparison.results[index].trend = Trend(previousPeriod: previous, previous: comparison.results[index].value - delta, delta: delta, change: .changed)
        let text = TestSupport.text(try Fixture.writer(.en, .html).renderReport(comparison))
        #expect(text.contains("<span class=\"trend-word\">\(word)</span>"))
    }

    /// The average-hour what-if (one row) has its table but no chart of two equal bars.
    @Test func oneStaffingRowHasNoChart() throws {
        var single = Fixture.staffing
        single.rows = [single.rows[0]]
        let one = TestSupport.text(try Fixture.writer(.en, .html).renderReport(Fixture.comparison(), staffing: single))
        #expect(one.contains("class=\"staffing-table\""))
        #expect(!one.contains("class=\"staffing-chart\""))
        let several = TestSupport.text(try Fixture.writer(.en, .html).renderReport(Fixture.comparison(), staffing: Fixture.staffing))
        #expect(several.contains("class=\"staffing-chart\""))
    }

    /// The board summary lists the KPIs outside its cards whose target is missed or which got worse,
    /// and nothing when there is none.
    @Test func theSummaryListsWhatNeedsAttentionOutsideItsCards() throws {
        let writer = try Fixture.writer(.en, .html)
        var comparison = Fixture.comparison()
        let headline = Set(writer.builder.headlineIDs(comparison))
        for index in comparison.results.indices {
            comparison.results[index].trend = nil
            if comparison.results[index].target?.status == .missed { comparison.results[index].target?.status = .met }
        }
        let calm = TestSupport.text(try writer.renderReport(comparison))
        #expect(!calm.contains("<aside class=\"attention"))

        let flagged = try #require(comparison.results.firstIndex { !headline.contains($0.kpi.id) })
        comparison.results[flagged].target = TargetResult(target: Fixture.answerTarget, status: .missed)
        let text = TestSupport.text(try writer.renderReport(comparison))
        let start = try #require(text.range(of: "<aside class=\"attention"))
        let end = try #require(text.range(of: "</aside>", range: start.upperBound..<text.endIndex))
        let aside = text[start.lowerBound..<end.upperBound]
        #expect(aside.contains("href=\"#kpi-\(comparison.results[flagged].kpi.id)\""))
        #expect(aside.contains("Target missed"))
        for id in headline { #expect(!aside.contains("href=\"#kpi-\(id)\"")) }
    }

    @Test func renderingIsDeterministic() throws {
        let first = try Fixture.writer(.fr, .xhtml).documents(for: Fixture.panel, staffing: [Fixture.panel[0].company.name: Fixture.staffing], withIndex: true)
        let second = try Fixture.writer(.fr, .xhtml).documents(for: Fixture.panel, staffing: [Fixture.panel[0].company.name: Fixture.staffing], withIndex: true)
        #expect(first == second)
    }

    @Test func writerWritesEveryDocument() throws {
        let directory = try TestSupport.temporaryDirectory()
        let documents = try Fixture.writer().documents(for: Fixture.panel, withIndex: true)
        try ReportWriter.write(documents, toDirectory: directory.path)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["index.html", "script-alert-x-script-fils.html", "societe-generale-d-assurances.html", "tele-assistance-ouest.html"])
        #expect(FileManager.default.contents(atPath: directory.appendingPathComponent("index.html").path).map(Array.init) == documents[3].bytes)
    }
}
