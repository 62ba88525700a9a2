import Foundation
import Testing
import ServiceBenchCore
@testable import ServiceBenchReport

@Suite struct TemplateErrorTests {
    func writer(_ templates: URL) throws -> ReportWriter {
        try ReportWriter(templatesDirectory: templates.path, reference: Fixture.reference, options: ReportOptions())
    }

    @Test func malformedMarkupNamesTheTemplateAndLine() throws {
        let templates = try TestSupport.copyOfTemplates()
        try TestSupport.edit(templates, "section-cover.mustache", replacing: "<p class=\"company\">{{company}}</p>", with: "<p class=\"company\">{{company}}<br></p>")
        let output = try TestSupport.temporaryDirectory()
        let error = #expect(throws: ReportError.self) {
            try writer(templates).write(Fixture.panel, toDirectory: output.path)
        }
        #expect(error?.code == .malformedMarkup)
        #expect(error?.location?.file == templates.appendingPathComponent("section-cover.mustache").path)
        #expect(error?.location?.line == (try TestSupport.line(of: "<br></p>", in: templates.appendingPathComponent("section-cover.mustache"))))
        #expect(error?.exitCode == .software)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
    }

    /// A panel whose last document fails leaves the earlier reports of the directory as they were,
    /// and no temporary file behind.
    @Test func aFailedPanelWritesNothing() throws {
        let templates = try TestSupport.copyOfTemplates()
        try TestSupport.edit(templates, "index.mustache", replacing: "</body>", with: "<br></body>")
        let output = try TestSupport.temporaryDirectory()
        let earlier = output.appendingPathComponent("index.html")
        try Data("earlier report".utf8).write(to: earlier)
        #expect(throws: ReportError.self) {
            try writer(templates).write(Fixture.panel, toDirectory: output.path)
        }
        #expect(try Data(contentsOf: earlier) == Data("earlier report".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["index.html"])
    }

    @Test func namedEntitiesAreRejected() throws {
        let templates = try TestSupport.copyOfTemplates()
        try TestSupport.edit(templates, "section-summary.mustache", replacing: "<p class=\"sentence\">{{sentence}}</p>", with: "<p class=\"sentence\">&nbsp;{{sentence}}</p>")
        let error = #expect(throws: ReportError.self) { _ = try writer(templates).renderReport(Fixture.comparison()) }
        #expect(error?.code == .malformedMarkup)
        #expect(error?.location?.file.hasSuffix("section-summary.mustache") == true)
    }

    @Test func missingPartialNamesTheTemplate() throws {
        let templates = try TestSupport.copyOfTemplates()
        try TestSupport.edit(templates, "section-dimension.mustache", replacing: "{{>chart-trend}}", with: "{{> chart-trends }}")
        let error = #expect(throws: ReportError.self) { _ = try writer(templates) }
        #expect(error?.code == .missingPartial)
        #expect(error?.message.contains("chart-trends") == true)
        #expect(error?.location?.file == templates.appendingPathComponent("section-dimension.mustache").path)
        #expect(error?.location?.line == (try TestSupport.line(of: "chart-trends", in: templates.appendingPathComponent("section-dimension.mustache"))))
    }

    @Test func deletedPartialIsReported() throws {
        let templates = try TestSupport.copyOfTemplates()
        try FileManager.default.removeItem(at: templates.appendingPathComponent("chart-status.mustache"))
        let error = #expect(throws: ReportError.self) { _ = try writer(templates) }
        #expect(error?.code == .missingPartial)
        #expect(error?.message.contains("chart-status") == true)
    }

    @Test func syntaxErrorNamesTheTemplateAndLine() throws {
        let templates = try TestSupport.copyOfTemplates()
        try TestSupport.edit(templates, "section-quality.mustache", replacing: "{{/hasReasons}}", with: "{{/hasReason}}")
        let error = #expect(throws: ReportError.self) { _ = try writer(templates) }
        #expect(error?.code == .templateSyntax)
        #expect(error?.location?.file == templates.appendingPathComponent("section-quality.mustache").path)
        #expect(error?.location?.line == (try TestSupport.line(of: "{{/hasReason}}", in: templates.appendingPathComponent("section-quality.mustache"))))
        #expect(error?.location?.column != nil)
        #expect(error?.message.contains("{{/hasReason}} does not close {{#hasReasons}}") == true, "\(error?.message ?? "")")
    }

    /// A user's copy using template inheritance is refused at load time, at the construct: no other
    /// renderer takes it over (swift-mustache rendered such a copy before; it is now the tests' oracle only).
    @Test func constructsBeyondTheEngineAreRefusedWhereTheyStand() throws {
        let templates = try TestSupport.copyOfTemplates()
        try "<span>{{$label}}défaut{{/label}}</span>".write(to: templates.appendingPathComponent("badge.mustache"), atomically: true, encoding: .utf8)
        try TestSupport.edit(templates, "section-cover.mustache", replacing: "<p class=\"brand\">ServiceBench</p>",
            with: "<p class=\"brand\">ServiceBench {{<badge}}{{$label}}hérité{{/label}}{{/badge}}</p>")
        let error = #expect(throws: ReportError.self) { _ = try writer(templates) }
        #expect(error?.code == .unsupportedTemplate)
        #expect(error?.exitCode == .software)
        #expect(error?.message.contains("{{$name}}") == true, "\(error?.message ?? "")")
        #expect(error?.location == SourceLocation(file: templates.appendingPathComponent("badge.mustache").path, line: 1, column: 7))
        try FileManager.default.removeItem(at: templates.appendingPathComponent("badge.mustache"))
        let cover = templates.appendingPathComponent("section-cover.mustache")
        let coverError = #expect(throws: ReportError.self) { _ = try writer(templates) }
        #expect(coverError?.message.contains("inheritance {{<parent}}") == true)
        #expect(coverError?.location?.file == cover.path)
        #expect(coverError?.location?.line == (try TestSupport.line(of: "{{<badge}}", in: cover)))
    }

    @Test func missingTextNamesTheFile() throws {
        let templates = try TestSupport.copyOfTemplates()
        try TestSupport.edit(templates, "i18n/fr.json", replacing: "\"status_near\"", with: "\"status_nearly\"")
        let error = #expect(throws: ReportError.self) { _ = try writer(templates).renderReport(Fixture.comparison()) }
        #expect(error?.code == .badTexts)
        #expect(error?.message.contains("status_near") == true)
        #expect(error?.location?.file.hasSuffix("i18n/fr.json") == true)
    }

    @Test func missingDirectory() {
        let error = #expect(throws: ReportError.self) { _ = try writer(URL(fileURLWithPath: "/nonexistent/templates")) }
        #expect(error?.code == .missingTemplate)
        #expect(error?.exitCode == .noInput)
    }
}

/// The texts file is a flat JSON object of strings; anything else is refused with the file and what to fix.
@Suite struct ReportTextsFileTests {
    @Test(arguments: [
        ("{\"a\": \"b\", \"c\": 3}", "the text 'c' is not a string"),
        ("[\"a\"]", "expected a JSON object of strings at the top level"),
        ("{\"a\": ", "not valid JSON"),
        ("{\"a\": {\"b\": \"c\"}}", "the text 'a' is not a string"),
    ])
    func aTextsFileThatIsNotAnObjectOfStringsIsRefused(json: String, message: String) throws {
        let templates = try TestSupport.copyOfTemplates()
        let file = templates.appendingPathComponent("i18n/fr.json")
        try Data(json.utf8).write(to: file)
        let error = #expect(throws: ReportError.self) { _ = try ReportTexts.load(templatesDirectory: templates.path, language: .fr) }
        #expect(error?.code == .badTexts)
        #expect(error?.location?.file == file.path)
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
    }
}
