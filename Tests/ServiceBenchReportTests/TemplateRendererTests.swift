import Foundation
import Mustache
import Testing
import ServiceBenchCore
import ServiceBenchTestSupport
@testable import ServiceBenchReport

/// swift-mustache 2.1.1 with the reports' escaping: the oracle the template engine is held to.
struct MustacheOracle {
    private struct Escaper: MustacheContentType {
        func escapeText(_ text: String) -> String { MarkupEscaper.escape(text) }
    }
    static let contentType = "SERVICEBENCH_MARKUP"
    private static let registered: Void = { MustacheContentTypes.register(Escaper(), named: contentType) }()

    private var library = MustacheLibrary()

    /// The oracle over `templates` (source texts by name).
    init(templates: [String: String]) throws {
        Self.registered
        for (name, text) in templates { try library.register("{{% CONTENT_TYPE: \(Self.contentType)}}\n" + text, named: name) }
    }

    func render(_ context: [String: Any], template name: String) -> [UInt8] {
        Array((library.render(context, withTemplate: name) ?? "").utf8)
    }
}

/// `TemplateRenderer` (the only renderer of the reports) held to swift-mustache, the oracle: the same
/// template and context must give the same bytes, on the bundled templates with real report models
/// and on snippets chosen for Mustache's whitespace and lookup rules.
@Suite struct TemplateRendererTests {
    /// Renders `template` (with the partials) through both renderers.
    static func renderBoth(_ template: String, partials: [String: String] = [:], context: [String: Any]) throws -> (compiled: String, mustache: String) {
        var templates: [String: [TemplateNode]] = ["main": try TemplateCompiler.compile(template, file: "main.mustache").nodes]
        for (name, text) in partials { templates[name] = try TemplateCompiler.compile(text, file: "\(name).mustache").nodes }
        let oracle = try MustacheOracle(templates: partials.merging(["main": template]) { $1 })
        let compiled = TemplateRenderer(templates: templates).render(context, template: "main")
        return (String(decoding: compiled, as: UTF8.self), String(decoding: oracle.render(context, template: "main"), as: UTF8.self))
    }

    static var context: [String: Any] { [
        "name": "Ophélie & <Fils> \"l'aîné\"", "empty": "", "yes": true, "no": false, "count": 3, "ratio": 0.25,
        "items": [["label": "un", "flag": true], ["label": "deux", "flag": false], ["label": "trois", "flag": true]] as [[String: Any]],
        "none": [] as [[String: Any]], "words": ["a", "<b>", "c"],
        "nested": ["inner": ["value": "profond"] as [String: Any], "label": "extérieur"] as [String: Any],
        "t": ["hello": "Bonjour"], "maybe": String?.some("enveloppé") as Any,
    ] }

    static let snippets: [String] = [
        "plain text, no tag",
        "{{name}} / {{ name }} / {{\tname\t}} / [{{missing}}]",
        "{{count}} {{ratio}} {{yes}} {{no}} {{maybe}} {{t.hello}}",
        "{{#items}}{{label}}{{#flag}}!{{/flag}}, {{/items}}",
        "<ul>\n{{#items}}\n  <li>{{label}}</li>\n{{/items}}\n</ul>\n",
        "  {{#yes}}\n  indented standalone\n  {{/yes}}\n",
        "  {{#yes}} inline {{/yes}} \n",
        "{{^none}}\nnothing\n{{/none}}\n{{^items}}never{{/items}}\n{{^no}}not no{{/no}}|{{^missing}}missing{{/missing}}",
        "{{#nested}}{{label}}: {{inner.value}} / {{.label}} / {{name}}{{/nested}}",
        "{{nested.inner.value}} {{nested.missing.value}} {{#nested.inner}}{{value}}{{/nested.inner}}",
        "{{#words}}[{{.}}]{{/words}}",
        "{{#empty}}empty string is truthy: [{{.}}]{{/empty}}",
        "{{#name}}{{.}}{{/name}}",
        "a {{! a comment }} b\n  {{! standalone comment }}\nc\n",
        "line one\r\n{{#yes}}\r\nwindows\r\n{{/yes}}\r\nend",
        "{{#items}}\n{{#flag}}\n    {{label}}\n{{/flag}}\n{{/items}}\n",
        "trailing spaces   \n\t{{#yes}}\t\nx\n{{/yes}}  ",
        "{{#yes}}\n{{#no}}\nhidden\n{{/no}}\n{{/yes}}\nlast line without end",
        "first{{#yes}}\nsecond\n{{/yes}}third\n",
        "   \n  {{name}}  \n",
        "{ {{name}} }} {x} {{name}}",
    ]

    @Test(arguments: snippets)
    func snippetRendersLikeSwiftMustache(_ template: String) throws {
        let (compiled, mustache) = try Self.renderBoth(template, context: Self.context)
        #expect(compiled == mustache)
    }

    static let partialCases: [String] = [
        "before\n{{>part}}\nafter\n",
        "before\n  {{>part}}\nafter\n",
        "  {{>part}}\n",
        "inline {{>part}} here\n",
        "<div>\n    {{>part}}\n</div>\n",
        "{{#items}}\n  {{>part}}\n{{/items}}\n",
    ]

    @Test(arguments: partialCases)
    func partialRendersLikeSwiftMustache(_ template: String) throws {
        let partial = "<p>{{label}}{{name}}</p>\n{{#items}}\n<i>{{label}}</i>\n{{/items}}\nend of part\n"
        let (compiled, mustache) = try Self.renderBoth(template, partials: ["part": partial], context: Self.context)
        #expect(compiled == mustache)
    }

    /// Seeded random templates built from the pieces whose whitespace rules differ (text, line ends,
    /// indentation, variables, comments, sections, inverted sections, partials), nested three deep.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func randomTemplatesRenderLikeSwiftMustache(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let partial = "  <b>{{label}}</b>\n{{#items}}\n  - {{label}}\n{{/items}}\n"
        for _ in 0..<150 {
            let template = Self.randomTemplate(&random, depth: 0)
            let (compiled, mustache) = try Self.renderBoth(template, partials: ["part": partial], context: Self.context)
            #expect(compiled == mustache, "template: \(template.debugDescription)")
        }
    }

    static func randomTemplate(_ random: inout SplitMix64, depth: Int) -> String {
        let texts = ["a", " ", "  ", "\t", "\n", "\n", "\r\n", "\r", "\u{2028}", "\u{0C}", "x y", "<p>", "&amp;", "é"]
        let variables = ["{{name}}", "{{ name }}", "{{ label }}", "{{.}}", "{{nested.label}}", "{{missing}}", "{{count}}"]
        let keys = ["items", "yes", "no", "none", "nested", "words", "flag", "missing", "name", "empty"]
        var result = ""
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            switch Int.random(in: 0..<10, using: &random) {
            case 0...3: result += texts.randomElement(using: &random)!
            case 4, 5: result += variables.randomElement(using: &random)!
            case 6: result += "{{! note }}"
            case 7: result += ["", "\n", "\n  "].randomElement(using: &random)! + "{{>part}}" + ["", "\n", " \n"].randomElement(using: &random)!
            default:
                guard depth < 3 else { continue }
                let key = keys.randomElement(using: &random)!
                let sigil = Bool.random(using: &random) ? "#" : "^"
                let before = ["", "\n", "\n  ", " "].randomElement(using: &random)!
                let after = ["", "\n", "  \n", "\r\n", "\r", "\u{2028}"].randomElement(using: &random)!
                result += before + "{{\(sigil)\(key)}}" + after + randomTemplate(&random, depth: depth + 1)
                    + ["", "\n", "\n\t"].randomElement(using: &random)! + "{{/\(key)}}" + after
            }
        }
        return result
    }

    @Test(arguments: ReportRenderingTests.cases)
    func reportRendersLikeSwiftMustache(language: ReportLanguage, format: MarkupFormat) throws {
        let writer = try Fixture.writer(language, format)
        let oracle = try MustacheOracle(templates: writer.templates.sources)
        for comparison in Fixture.panel {
            let context = try writer.builder.build(comparison, staffing: Fixture.staffing).context
            #expect(writer.templates.render(context, template: "layout") == oracle.render(context, template: "layout"), "\(comparison.company.name)")
        }
        let index = try IndexModelBuilder(base: writer.builder).build(Fixture.panel, fileNames: ["a.html", "b.html", "c.html"])
        #expect(writer.templates.render(index, template: "index") == oracle.render(index, template: "index"))
    }
}
