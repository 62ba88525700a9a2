import Foundation
import ServiceBenchCore
import ServiceBenchIngest
import Testing
@testable import ServiceBenchReport

/// The contact-reasons section: the 80 % cut, the Pareto chart's geometry, the long tail grouped in
/// the chart but listed whole in the table and the JSON, and names that are long or hold markup.
@Suite struct ContactReasonReportTests {
    static let period = Period(year: 2026, quarter: 1)

    static func group(_ counts: [Int], unspecified: Int = 0) -> ContactReasonGroup {
        let reasons = counts.enumerated().map { ContactReasonGroup.Reason(reason: "r\($0.offset)", count: $0.element) }
        return ContactReasonGroup(
            company: "C", period: period, source: .tickets, total: counts.reduce(0, +) + unspecified, unspecified: unspecified, reasons: reasons)
    }

    /// Counts (most first) and which reasons are in the 80 %: the reason that reaches or crosses 80 %
    /// is in, the next is out unless tied with the last one in.
    static let cuts: [([Int], [Bool])] = [
        ([50, 30, 20], [true, true, false]),  // exactly 80 % after the second
        ([50, 29, 21], [true, true, true]),  // 79 % after the second: the third crosses
        ([81, 10, 9], [true, false, false]),  // one reason is enough
        ([60, 10, 10, 10, 10], [true, true, true, true, true]),  // 80 % at the third; the fourth and fifth tie with it
        ([70, 10, 5, 5, 5, 5], [true, true, false, false, false, false]),  // 80 % at the second; no tie with 10
        ([1], [true]),
        ([4, 1], [true, false]),  // 80 % exactly with the first
        ([3, 1], [true, true]),  // 75 %: the second crosses
    ]

    @Test(arguments: cuts)
    func eightyPercentCut(counts: [Int], expected: [Bool]) {
        let pareto = ContactReasonPareto(Self.group(counts, unspecified: 7))
        #expect(pareto.rows.map(\.inTop80) == expected)
        #expect(pareto.top80 == pareto.rows.filter(\.inTop80).map(\.reason.reason))
        // Shares are of the contacts with a reason: the unspecified ones do not move the cut.
        #expect(abs((pareto.rows.last?.cumulativeShare ?? 0) - 100) < 1e-9)
        #expect(abs(pareto.rows.map(\.share).reduce(0, +) - 100) < 1e-9)
    }

    /// The change of a share since the previous period, in points.
    @Test func changeIsInPointsOfShare() {
        var group = Self.group([30, 10])
        group.previousPeriod = Period(year: 2025, quarter: 4)
        group.previousClassified = 50
        group.reasons[0].previousCount = 25
        group.reasons[1].previousCount = 0
        let pareto = ContactReasonPareto(group)
        #expect(abs((pareto.rows[0].change ?? 0) - (75 - 50)) < 1e-9)
        #expect(abs((pareto.rows[1].change ?? 0) - 25) < 1e-9)
        #expect(ContactReasonPareto(Self.group([30, 10])).rows[0].change == nil)
    }

    @Test(arguments: [[5], [9, 4, 4, 1], [120, 80, 33, 20, 7, 3, 1]])
    func paretoGeometry(counts: [Int]) throws {
        let pareto = ContactReasonPareto(Self.group(counts))
        let bars = pareto.rows.map { row in
            ChartGeometry.ParetoBar(name: row.reason.reason, tooltip: "", count: row.reason.count, cumulativeShare: row.cumulativeShare, pointTooltip: "", isOther: false)
        }
        let chart = ChartGeometry.paretoChart(
            bars, title: "t", countAxisLabel: "n", shareAxisLabel: "%", thresholdLabel: "80", percent: { "\($0)" }, count: { "\($0)" })
        let heights = chart.bars.compactMap { Double($0.height) }
        let tops = chart.bars.compactMap { Double($0.y) }
        let bottom = try #require(Double(chart.plotBottom)), top = try #require(Double(chart.plotTop))
        #expect(heights.count == counts.count)
        #expect(heights == heights.sorted(by: >), "bars by volume, most first")
        #expect(heights.first == bottom - top, "the largest bar fills the plot")
        for (height, y) in zip(heights, tops) { #expect(abs(y + height - bottom) < 0.11) }
        // The cumulative line climbs and ends at 100 % (the plot's top); the 80 % line is 4/5 up.
        let ys = chart.points.compactMap { Double($0.y) }
        #expect(ys == ys.sorted(by: >) || ys.count == 1)
        #expect(ys.last == top)
        #expect(abs((Double(chart.thresholdY) ?? 0) - (bottom - 0.8 * (bottom - top))) < 0.11)
        #expect(chart.shareTicks.map(\.label) == ["0.0", "20.0", "40.0", "60.0", "80.0", "100.0"])
        #expect(chart.points.map(\.x) == chart.bars.map(\.labelX))
    }

    @Test func longNamesAreCutWithAnEllipsis() {
        #expect(ChartGeometry.paretoLabel("Panne") == "Panne")
        let long = "Réclamation sur la facture de régularisation annuelle"
        let label = ChartGeometry.paretoLabel(long)
        #expect(label.count == ChartGeometry.paretoLabelLength)
        #expect(label.hasSuffix("…"))
        #expect(long.hasPrefix(label.dropLast()))
        // Cut by characters: a decomposed accent stays whole.
        #expect(ChartGeometry.paretoLabel(String(repeating: "e\u{301}", count: 30)).count == ChartGeometry.paretoLabelLength)
    }

    /// A tickets export with 20 reasons (one long and holding markup), blank ones, over two quarters.
    static func detail() throws -> IngestDetail {
        var text = "ticket_id,channel,created_ts,resolved_ts,contact_reason\n"
        var n = 0
        func add(_ reason: String, _ count: Int, quarter: Int) {
            for _ in 0..<count {
                n += 1
                let month = quarter == 1 ? "02" : "11"
                let year = quarter == 1 ? "2026" : "2025"
                text += "t\(n),email,\(year)-\(month)-10T09:00:00Z,\(year)-\(month)-10T15:00:00Z,\(reason)\n"
            }
        }
        let long = "\"<b>Réclamation</b> & « facture » de régularisation annuelle, très longue\""
        add(long, 40, quarter: 1)
        for index in 1..<20 { add("Motif \(index)", 21 - index, quarter: 1) }
        add("", 5, quarter: 1)
        add("Motif 1", 10, quarter: 4)
        add(long, 10, quarter: 4)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("reasons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("tickets.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return try RawExportIngester.ingest(files: [path], kind: .tickets, options: IngestOptions(company: Fixture.comparison().company.name)).detail
    }

    static let cases: [(ReportLanguage, MarkupFormat)] = [(.fr, .html), (.fr, .xhtml), (.en, .html), (.en, .xhtml)]

    @Test(arguments: cases)
    func sectionShowsEveryReasonAndGroupsTheTail(language: ReportLanguage, format: MarkupFormat) throws {
        let writer = try Fixture.writer(language, format)
        let detail = try Self.detail()
        let comparison = Fixture.comparison()
        #expect(comparison.period == Self.period)
        // Rendered, then checked by libxml2 as every report is.
        let text = TestSupport.text(try writer.renderReport(comparison, detail: detail))
        let start = try #require(text.range(of: "<section class=\"reasons\" id=\"reasons\">"))
        let end = try #require(text[start.upperBound...].range(of: "</section>"))
        let section = String(text[start.lowerBound..<end.upperBound])
        #expect(text.contains("<a href=\"#reasons\">"))
        // The chart: 11 reasons and the 9 others in one bar; the table: all 20.
        #expect(section.components(separatedBy: "<rect class=\"bar").count - 1 == 12)
        #expect(section.contains(language == .fr ? ">autres (9 motifs)<" : ">others (9 reasons)<"))
        #expect(section.components(separatedBy: "<th scope=\"row\">").count - 1 == 20)
        // The long name: escaped everywhere, cut in the chart, whole in its tooltip and in the table.
        #expect(!section.contains("<b>"))
        #expect(section.contains("&lt;b&gt;Réclamation&lt;/b&gt; &amp; « facture » de régularisation annuelle, très longue</th>"))
        #expect(section.contains(">&lt;b&gt;Réclamation&lt;/b…<title>"))
        #expect(section.contains("<title>&lt;b&gt;Réclamation&lt;/b&gt; &amp; « facture » de régularisation annuelle, très longue"))
        // Blank reasons are said, not dropped; the trend against 2025-Q4.
        #expect(section.contains(language == .fr ? "5 contacts (2\u{00A0}% de l’ensemble)" : "5 contacts (2% of all)"))
        #expect(section.contains(language == .fr ? "depuis 2025-Q4" : "since 2025-Q4"))
        #expect(section.contains(language == .fr ? "nouveau (absent en 2025-Q4)" : "new (none in 2025-Q4)"))
        #expect(section.contains(language == .fr ? "6\u{00A0}h" : "6\u{00A0}h"))
    }

    @Test func jsonListsEveryReason() throws {
        let detail = try Self.detail()
        let value = ContactReasonsJSON.value(detail, period: Self.period)
        guard case .array(let groups) = value, case .object(let members)? = groups.first else {
            Issue.record("expected an array of objects")
            return
        }
        let object = Dictionary(members, uniquingKeysWith: { first, _ in first })
        #expect(object["total"] == .number(254))
        #expect(object["unspecified"] == .number(5))
        #expect(object["previous_period"] == .string("2025-Q4"))
        guard case .array(let reasons)? = object["reasons"] else {
            Issue.record("no reasons")
            return
        }
        #expect(reasons.count == 20)
        #expect(ContactReasonsJSON.value(detail, period: Period(year: 2024, quarter: 1)) == .null)
        #expect(ContactReasonsJSON.value(nil, period: Self.period) == .null)
    }
}
