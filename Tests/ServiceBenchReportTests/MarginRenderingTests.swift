import Foundation
import ServiceBenchCore
import Testing
@testable import ServiceBenchReport

/// The company's own uncertainty in the report: the margin beside the value, a target met within it,
/// a change within it, and the JSON's `value_interval`, `within_margin` and `significant`.
@Suite struct MarginRenderingTests {
    /// The fixture with the answer rate (91.2 %, target ≥ 80 %) counted on `size` calls, its interval
    /// `low`…`high`, and its trend (+2.8 pt) tested with `pValue`.
    static func comparison(size: Int, low: Double, high: Double, pValue: Double? = nil) throws -> CompanyComparison {
        var comparison = Fixture.comparison()
        let index = try #require(comparison.results.firstIndex { $0.kpi.id == "answer_rate" })
        let interval = ValueInterval(low: low, high: high, size: size, method: .wilson)
        comparison.results[index].sampleSize = size
        comparison.results[index].interval = interval
        comparison.results[index].target?.withinMargin = Fixture.answerTarget.lies(within: interval)
        if let pValue { comparison.results[index].trend?.test = ChangeTest(method: .twoProportionZ, statistic: 2, pValue: pValue) }
        return comparison
    }

    /// The member `key` of a JSON object.
    static func member(_ value: JSONValue?, _ key: String) -> JSONValue? {
        guard case .object(let members)? = value else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The answer rate's entry in the detailed section.
    static func entry(_ text: String) throws -> Substring {
        let start = try #require(text.range(of: "id=\"kpi-answer_rate\""))
        let end = try #require(text.range(of: "</article>", range: start.upperBound..<text.endIndex))
        return text[start.lowerBound..<end.upperBound]
    }

    @Test(arguments: [
        // Symmetric as shown: ± the larger side, with n.
        (ReportLanguage.fr, 89.9, 92.5, "±\u{00A0}1,3\u{00A0}pt (n\u{00A0}=\u{00A0}1\u{202F}204)"),
        (.en, 89.9, 92.5, "± 1.3\u{00A0}pts (n\u{00A0}=\u{00A0}1,204)"),
        // Lopsided (the shorter side under ¾ of the longer): the interval itself.
        (.fr, 85.2, 92.5, "intervalle à 95\u{00A0}%\u{00A0}: 85,2\u{00A0}% à 92,5\u{00A0}% (n\u{00A0}=\u{00A0}1\u{202F}204)"),
        (.en, 85.2, 92.5, "95% interval: 85.2% to 92.5% (n\u{00A0}=\u{00A0}1,204)"),
    ])
    func marginBesideTheValue(language: ReportLanguage, low: Double, high: Double, expected: String) throws {
        let text = TestSupport.text(try Fixture.writer(language, .html).renderReport(try Self.comparison(size: 1204, low: low, high: high)))
        let entry = try Self.entry(text)
        #expect(entry.contains("<p class=\"kpi-value\">\(language == .fr ? "91,2\u{00A0}%" : "91.2%") <span class=\"value-margin\">\(expected)</span></p>"), "\(entry.prefix(600))")
    }

    /// n known without an interval (a mean without its standard deviation): n alone; n unknown: nothing.
    @Test func sampleSizeWithoutInterval() throws {
        var comparison = Fixture.comparison()
        let index = try #require(comparison.results.firstIndex { $0.kpi.id == "answer_rate" })
        comparison.results[index].sampleSize = 40
        let text = TestSupport.text(try Fixture.writer(.en, .html).renderReport(comparison))
        #expect(try Self.entry(text).contains("<span class=\"value-margin\">(n\u{00A0}=\u{00A0}40)</span>"))
        let plain = TestSupport.text(try Fixture.writer(.en, .html).renderReport(Fixture.comparison()))
        #expect(!(try Self.entry(plain).contains("value-margin")))
    }

    /// Target ≥ 80 %: met by more than the margin (interval 89.9–92.5 %) is plainly met; an interval
    /// reaching under 80 % makes it "met, within the margin of error", in the status and the sentence.
    @Test(arguments: [(89.9, false), (79.5, true)])
    func targetMetWithinTheMargin(low: Double, within: Bool) throws {
        let comparison = try Self.comparison(size: 60, low: low, high: 97)
        let en = TestSupport.text(try Fixture.writer(.en, .html).renderReport(comparison))
        #expect(try Self.entry(en).contains("Target met, within the margin of error") == within)
        #expect(en.contains("target met within the margin of error (≥\u{00A0}80%)") == within)
        let fr = TestSupport.text(try Fixture.writer(.fr, .html).renderReport(comparison))
        #expect(try Self.entry(fr).contains("Objectif atteint, dans la marge d’erreur") == within)
        let json = ComparisonJSON.result(try #require(comparison.results.first { $0.kpi.id == "answer_rate" }))
        let target = Self.member(json, "target")
        #expect(Self.member(target, "status") == .string("met"))
        #expect(Self.member(target, "within_margin") == .bool(within))
    }

    /// The trend's word at and around the 5 % level: p < 0.05 is a change, p ≥ 0.05 is "within the
    /// margin of error"; without a test (n unknown) the change is said as before.
    @Test(arguments: [
        (0.0499 as Double?, "improved", "en progrès", true as Bool?),
        (0.05, "within the margin of error", "variation dans la marge d’erreur", false),
        (0.0501, "within the margin of error", "variation dans la marge d’erreur", false),
        (nil, "improved", "en progrès", nil),
    ])
    func trendWordingAroundTheThreshold(pValue: Double?, english: String, french: String, significant: Bool?) throws {
        let comparison = try Self.comparison(size: 1204, low: 89.9, high: 92.5, pValue: pValue)
        let en = try Self.entry(TestSupport.text(try Fixture.writer(.en, .html).renderReport(comparison)))
        #expect(en.contains("<span class=\"trend-word\">\(english)</span>"))
        let fr = try Self.entry(TestSupport.text(try Fixture.writer(.fr, .html).renderReport(comparison)))
        #expect(fr.contains("<span class=\"trend-word\">\(french)</span>"))
        let json = ComparisonJSON.result(try #require(comparison.results.first { $0.kpi.id == "answer_rate" }))
        let trend = Self.member(json, "trend")
        #expect(Self.member(trend, "significant") == significant.map(JSONValue.bool) ?? .null)
        #expect(Self.member(trend, "improved") == .bool(true))
    }

    /// JSON: `sample_size` and `value_interval` {low, high, n, method}, null when unknown.
    @Test func intervalInJSON() throws {
        let comparison = try Self.comparison(size: 1204, low: 89.9, high: 92.5)
        let json = ComparisonJSON.result(try #require(comparison.results.first { $0.kpi.id == "answer_rate" }))
        #expect(Self.member(json, "sample_size") == .number(1204))
        #expect(Self.member(json, "value_interval") == .object([("low", .number(89.9)), ("high", .number(92.5)), ("n", .number(1204)), ("method", .string("wilson"))]))
        let other = ComparisonJSON.result(try #require(comparison.results.first { $0.kpi.id == "nps" }))
        #expect(Self.member(other, "value_interval") == .null)
        #expect(Self.member(other, "sample_size") == .null)
    }
}
