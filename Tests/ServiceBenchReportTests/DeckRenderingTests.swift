import Foundation
import Testing
import ServiceBenchCore
@testable import ServiceBenchReport

/// The board deck: one `<section class="slide">` per message, the slides with nothing to say left
/// out, no script and nothing loaded from outside, every value escaped, the same bytes each time.
@Suite struct DeckRenderingTests {
    static func deck(_ comparison: CompanyComparison = Fixture.comparison(), staffing: StaffingReportDataFixture = .with) throws -> String {
        let writer = try Fixture.writer(.fr, .xhtml, document: .deck)
        let document = try writer.renderReport(comparison, staffing: staffing == .with ? Fixture.staffing : nil)
        return String(decoding: document.bytes, as: UTF8.self)
    }

    enum StaffingReportDataFixture { case with, without }

    static func slides(_ text: String) -> [String] {
        text.components(separatedBy: "<section class=\"slide ").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func everySlideOfTheFixtureIsThere() throws {
        #expect(Self.slides(try Self.deck()) == [
            "slide-title", "slide-headline", "slide-priorities", "slide-positions", "slide-peers", "slide-staffing", "slide-method",
        ])
    }

    @Test func slidesWithNothingToSayAreLeftOut() throws {
        let slides = Self.slides(try Self.deck(staffing: .without))
        #expect(!slides.contains("slide-staffing"))
    }

    @Test func theDeckIsSelfContainedEscapedAndDeterministic() throws {
        let first = try Self.deck(Fixture.panel[1])
        #expect(first == (try Self.deck(Fixture.panel[1])))
        #expect(!first.contains("<script"))
        #expect(first.contains("&lt;script&gt;"))
        for outside in ["src=\"http", "href=\"http", "@import", "url("] { #expect(!first.contains(outside), "\(outside)") }
        // Printed: one landscape 16:9 page a slide.
        #expect(first.contains("@page { size: 338.67mm 190.5mm; margin: 0; }"))
    }

    /// A copy of the templates made before decks existed still renders reports; asking it for a
    /// deck says what to copy.
    @Test func aTemplatesCopyWithoutTheDeckSaysWhatToCopy() throws {
        let templates = try TestSupport.copyOfTemplates()
        try FileManager.default.removeItem(at: templates.appendingPathComponent("deck.mustache"))
        let options = ReportOptions(document: .deck)
        let writer = try ReportWriter(templatesDirectory: templates.path, reference: Fixture.reference, options: options)
        let error = #expect(throws: ReportError.self) { _ = try writer.renderReport(Fixture.comparison()) }
        #expect(error?.code == .missingTemplate)
        #expect(error?.message.contains("deck.mustache") == true)
        let reports = try ReportWriter(templatesDirectory: templates.path, reference: Fixture.reference, options: ReportOptions())
        #expect(throws: Never.self) { _ = try reports.renderReport(Fixture.comparison()) }
    }
}
