import Testing
import ServiceBenchCore
@testable import ServiceBenchReport

/// `TemplateCompiler`, the only template parser: what it refuses, and where it says the problem is.
@Suite struct TemplateCompilerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let template: String
        /// A piece of the message that names the construct or the problem.
        let names: String
        let line: Int
        let column: Int
        var testDescription: String { template.debugDescription }
    }

    /// The parts of Mustache the engine leaves out, each refused where it stands (no other renderer
    /// takes over at run time).
    static let unsupported: [Case] = [
        Case(template: "x\u{0600}{{name}}", names: "U+0600 U+007B", line: 1, column: 2),
        Case(template: "{{! c }}\u{200D}{{name}}", names: "U+007D U+200D", line: 1, column: 8),
        Case(template: "a\n{{name}}\u{301}}", names: "U+007D U+0301", line: 2, column: 8),
        Case(template: " \u{301}{{#yes}}\n{{/yes}}", names: "U+0020 U+0301", line: 1, column: 1),
        Case(template: "line\n{{=<% %>=}}<% name %>", names: "delimiters", line: 2, column: 1),
        Case(template: "{{<parent}}{{$block}}x{{/block}}{{/parent}}", names: "inheritance {{<parent}}", line: 1, column: 1),
        Case(template: "a {{$block}}default{{/block}}", names: "{{$name}}", line: 1, column: 3),
        Case(template: "{{uppercased(name)}}", names: "transform", line: 1, column: 1),
        Case(template: "{{#yes}}\n  {{>*dynamic}}\n{{/yes}}", names: "dynamic partial", line: 2, column: 3),
        Case(template: "{{% CONTENT_TYPE: TEXT}}", names: "pragma", line: 1, column: 1),
        Case(template: "é {{{name}}}", names: "{{{name}}}", line: 1, column: 3),
        Case(template: "<p>{{&name}}</p>", names: "{{&name}}", line: 1, column: 4),
    ]

    @Test(arguments: unsupported)
    func constructsTheEngineLeavesOutAreRefused(_ example: Case) {
        let error = #expect(throws: ReportError.self) { try TemplateCompiler.compile(example.template, file: "t.mustache") }
        #expect(error?.code == .unsupportedTemplate)
        #expect(error?.exitCode == .software)
        #expect(error?.message.contains(example.names) == true, "\(error?.message ?? "")")
        #expect(error?.location == SourceLocation(file: "t.mustache", line: example.line, column: example.column))
    }

    static let syntaxErrors: [Case] = [
        Case(template: "<ul>\n  {{#items}}\n  <li/>\n", names: "{{#items}} is never closed", line: 2, column: 3),
        Case(template: "{{#a}}{{#b}}{{/a}}{{/b}}", names: "does not close {{#b}} (opened at line 1, column 7)", line: 1, column: 13),
        Case(template: "x\n y{{/a}}", names: "never opened", line: 2, column: 3),
        Case(template: "{{! a comment\nthat never ends", names: "comment is never closed", line: 1, column: 1),
        Case(template: "ab{{name", names: "not closed", line: 1, column: 3),
        Case(template: "ab{{\nname}}", names: "not closed on its line", line: 1, column: 3),
        Case(template: "a {{", names: "not closed on its line", line: 1, column: 3),
        Case(template: "{{na me}}", names: "remove what follows 'na'", line: 1, column: 6),
        Case(template: "é{{ }}", names: "no name", line: 1, column: 2),
        Case(template: "{{#}}{{/}}", names: "no name", line: 1, column: 1),
    ]

    @Test(arguments: syntaxErrors)
    func syntaxErrorsNameTheProblemAndItsPlace(_ example: Case) {
        let error = #expect(throws: ReportError.self) { try TemplateCompiler.compile(example.template, file: "t.mustache") }
        #expect(error?.code == .templateSyntax)
        #expect(error?.message.contains(example.names) == true, "\(error?.message ?? "")")
        #expect(error?.location == SourceLocation(file: "t.mustache", line: example.line, column: example.column))
    }

    /// The partial tags a template includes, with where they are, for `PartialGraph`.
    @Test func partialTagsAreListedWithTheirPlaceAndSections() throws {
        let compiled = try TemplateCompiler.compile("é{{>a}}\n{{#x}}\n  {{^y}} {{> b }}{{/y}}\n{{/x}}\n", file: "t.mustache")
        #expect(compiled.partials == [
            .init(name: "a", line: 1, column: 2, enclosingSections: 0),
            .init(name: "b", line: 3, column: 10, enclosingSections: 2),
        ])
        #expect(compiled.sectionDepth == 2)
    }
}
