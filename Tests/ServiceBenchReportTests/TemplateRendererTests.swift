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

    /// `context` (a view, which swift-mustache reads by reflection) rendered with the template `name`.
    func render(_ context: Any, template name: String) -> [UInt8] {
        Array((library.render(context, withTemplate: name) ?? "").utf8)
    }
}

/// The view the snippets and random templates render: every kind of member a view may have. Its
/// stored properties are its members (swift-mustache reads them by reflection), plus `t`, which only
/// the oracle reads: the engine puts the fixed texts `{{t.key}}` in when it binds.
struct OracleView: TemplateView {
    struct Item: TemplateView {
        let label: String
        let flag: Bool
        static let templateMembers: [TemplateMember<Self>] = [.text("label", \.label), .flag("flag", \.flag)]
    }
    struct Inner: TemplateView {
        let value: String
        static let templateMembers: [TemplateMember<Self>] = [.text("value", \.value)]
    }
    struct Nested: TemplateView {
        let inner: Inner
        let label: String
        let lost: Inner?
        static let templateMembers: [TemplateMember<Self>] = [.view("inner", \.inner), .text("label", \.label), .view("lost", \.lost)]
    }

    let name: String
    let empty: String
    let yes: Bool
    let no: Bool
    let count: String
    let items: [Item]
    let none: [Item]
    let words: [String]
    let nested: Nested
    let maybe: String?
    let absent: String?
    let gone: Nested?
    let t: [String: String]

    static let templateMembers: [TemplateMember<Self>] = [
        .text("name", \.name), .text("empty", \.empty), .flag("yes", \.yes), .flag("no", \.no), .text("count", \.count),
        .list("items", \.items), .list("none", \.none), .texts("words", \.words), .view("nested", \.nested),
        .text("maybe", \.maybe), .text("absent", \.absent), .view("gone", \.gone),
    ]

    static let texts = ["hello": "Bonjour & <bienvenue>"]

    static let sample = OracleView(
        name: "Ophélie & <Fils> \"l'aîné\"", empty: "", yes: true, no: false, count: "3",
        items: [Item(label: "un", flag: true), Item(label: "deux", flag: false), Item(label: "trois", flag: true)], none: [],
        words: ["a", "<b>", "c"], nested: Nested(inner: Inner(value: "profond"), label: "extérieur", lost: nil),
        maybe: "enveloppé", absent: nil, gone: nil, t: texts)
}

/// `TemplateRenderer` (the only renderer of the reports) held to swift-mustache, the oracle: the same
/// template and view must give the same bytes, on the bundled templates with real report views and
/// on snippets chosen for Mustache's whitespace and lookup rules.
@Suite struct TemplateRendererTests {
    /// Renders `template` (with the partials) through both renderers.
    static func renderBoth(_ template: String, partials: [String: String] = [:], view: OracleView = .sample) throws -> (compiled: String, mustache: String) {
        let sources = partials.merging(["main": template]) { $1 }
        let bound = try BoundTemplate<OracleView>.compile(sources, root: "main", texts: OracleView.texts)
        let oracle = try MustacheOracle(templates: sources)
        return (String(decoding: bound.render(view), as: UTF8.self), String(decoding: oracle.render(view, template: "main"), as: UTF8.self))
    }

    static let snippets: [String] = [
        "plain text, no tag",
        "{{name}} / {{ name }} / {{\tname\t}} / [{{absent}}]",
        "{{count}} {{maybe}} {{t.hello}} [{{empty}}]",
        "{{#items}}{{label}}{{#flag}}!{{/flag}}, {{/items}}",
        "<ul>\n{{#items}}\n  <li>{{label}}</li>\n{{/items}}\n</ul>\n",
        "  {{#yes}}\n  indented standalone\n  {{/yes}}\n",
        "  {{#yes}} inline {{/yes}} \n",
        "{{^none}}\nnothing\n{{/none}}\n{{^items}}never{{/items}}\n{{^no}}not no{{/no}}|{{^absent}}absent{{/absent}}|{{^gone}}gone{{/gone}}",
        "{{#nested}}{{label}}: {{inner.value}} / {{.label}} / {{name}}{{/nested}}",
        "{{nested.inner.value}} {{nested.lost.value}} {{#nested.inner}}{{value}}{{/nested.inner}}",
        "{{#words}}[{{.}}]{{/words}}",
        "{{#maybe}}an optional text opens: [{{.}}]{{/maybe}}{{#absent}}never{{/absent}}",
        "{{#items}}{{#nested}}{{label}}{{/nested}}/{{label}} {{/items}}",
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
        let (compiled, mustache) = try Self.renderBoth(template)
        #expect(compiled == mustache)
    }

    /// A nil optional lets the lookup go on outwards, as in Mustache: `label` inside a `gone` that is
    /// there reads its own; `maybe` absent in the inner view is found in the outer one.
    @Test func absentOptionalsAreLookedUpOutwards() throws {
        var view = OracleView.sample
        view = OracleView(
            name: view.name, empty: view.empty, yes: true, no: false, count: view.count, items: view.items, none: [], words: [],
            nested: view.nested, maybe: nil, absent: nil, gone: OracleView.Nested(inner: OracleView.Inner(value: "v"), label: "revenu", lost: nil),
            t: OracleView.texts)
        let (compiled, mustache) = try Self.renderBoth("{{#gone}}{{label}} {{inner.value}} [{{maybe}}]{{/gone}}{{^maybe}}no maybe{{/maybe}}", view: view)
        #expect(compiled == "revenu v []no maybe")
        #expect(compiled == mustache)
    }

    static let partialCases: [String] = [
        "before\n{{>part}}\nafter\n",
        "before\n  {{>part}}\nafter\n",
        "  {{>part}}\n",
        "inline {{>part}} here\n",
        "<div>\n    {{>part}}\n</div>\n",
        "{{#items}}\n  {{>part}}\n{{/items}}\n",
        "{{#nested}}\n  {{>part}}\n{{/nested}}\n",
    ]

    /// The partial is bound where it is included: `{{label}}` is the item's inside `items`, the
    /// nested view's inside `nested`.
    @Test(arguments: partialCases)
    func partialRendersLikeSwiftMustache(_ template: String) throws {
        let partial = "<p>{{name}}</p>\n{{#items}}\n<i>{{label}}</i>\n{{/items}}\nend of part\n"
        let (compiled, mustache) = try Self.renderBoth(template, partials: ["part": partial])
        #expect(compiled == mustache)
    }

    /// Seeded random templates built from the pieces whose whitespace rules differ (text, line ends,
    /// indentation, variables, comments, sections, inverted sections, partials), nested three deep,
    /// each name chosen among those the view has in scope where it stands, so that every template binds.
    @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
    func randomTemplatesRenderLikeSwiftMustache(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let partial = "  <b>{{name}}</b>\n{{#items}}\n  - {{label}}\n{{/items}}\n"
        for _ in 0..<150 {
            let template = Self.randomTemplate(&random, scope: [.root], depth: 0)
            let (compiled, mustache) = try Self.renderBoth(template, partials: ["part": partial])
            #expect(compiled == mustache, "template: \(template.debugDescription)")
        }
    }

    /// What a frame of the random templates' context is.
    enum Frame { case root, item, nested, inner, text, empty }

    static func randomTemplate(_ random: inout SplitMix64, scope: [Frame], depth: Int) -> String {
        let texts = ["a", " ", "  ", "\t", "\n", "\n", "\r\n", "\r", "\u{2028}", "\u{0C}", "x y", "<p>", "&amp;", "é"]
        var variables = ["{{name}}", "{{ name }}", "{{nested.label}}", "{{absent}}", "{{count}}", "{{t.hello}}", "{{maybe}}", "{{nested.lost.value}}"]
        // Sections: the name, and what its inside is (nil: the frames stay as they are).
        var sections: [(String, Frame?)] = [
            ("items", .item), ("yes", nil), ("no", nil), ("none", .item), ("nested", .nested), ("words", .text), ("maybe", .text),
            ("absent", .text), ("nested.inner", .inner), ("gone", .nested),
        ]
        if scope.contains(.item) || scope.contains(.nested) { variables += ["{{label}}", "{{ label }}"] }
        if scope.contains(.item) { sections.append(("flag", nil)) }
        if scope.contains(.inner) { variables.append("{{value}}") }
        if scope.last == .text { variables.append("{{.}}") }
        if scope.last == .nested { variables.append("{{.label}}") }
        var result = ""
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            switch Int.random(in: 0..<10, using: &random) {
            case 0...3: result += texts.randomElement(using: &random)!
            case 4, 5: result += variables.randomElement(using: &random)!
            case 6: result += "{{! note }}"
            case 7: result += ["", "\n", "\n  "].randomElement(using: &random)! + "{{>part}}" + ["", "\n", " \n"].randomElement(using: &random)!
            default:
                guard depth < 3 else { continue }
                let (key, inside) = sections.randomElement(using: &random)!
                let inverted = Bool.random(using: &random)
                let before = ["", "\n", "\n  ", " "].randomElement(using: &random)!
                let after = ["", "\n", "  \n", "\r\n", "\r", "\u{2028}"].randomElement(using: &random)!
                // An inverted section over a list is rendered for an empty list; over an optional,
                // for its absence: neither opens the value.
                let innerScope = inverted ? (inside == .item || inside == .text && key == "words" ? scope + [.empty] : scope) : scope + (inside.map { [$0] } ?? [])
                let sigil = inverted ? "^" : "#"
                // A part that is always there never renders its inverted section: the binder refuses it.
                if inverted && (key == "nested" || key == "nested.inner") { continue }
                result += before + "{{\(sigil)\(key)}}" + after + randomTemplate(&random, scope: innerScope, depth: depth + 1)
                    + ["", "\n", "\n\t"].randomElement(using: &random)! + "{{/\(key)}}" + after
            }
        }
        return result
    }

    @Test(arguments: ReportRenderingTests.cases)
    func reportRendersLikeSwiftMustache(language: ReportLanguage, format: MarkupFormat) throws {
        let writer = try Fixture.writer(language, format)
        let oracle = try MustacheOracle(templates: writer.templates.sources)
        let texts = ["t": writer.texts.strings]
        for comparison in Fixture.panel {
            let view = try writer.builder.build(comparison, staffing: Fixture.staffing).view
            #expect(writer.templates.render(view) == oracle.render(OracleContext(view: view, texts: texts), template: "layout"), "\(comparison.company.name)")
        }
        let index = try IndexModelBuilder(base: writer.builder).build(Fixture.panel, fileNames: ["a.html", "b.html", "c.html"])
        #expect(writer.templates.render(index) == oracle.render(OracleContext(view: index, texts: texts), template: "index"))
    }
}

/// A view with the fixed texts beside it, for swift-mustache: it looks `t.key` up in the texts and
/// every other name in the view.
struct OracleContext: MustacheParent {
    let view: Any
    let texts: [String: [String: String]]

    func child(named name: String) -> Any? {
        if name == "t" { return texts["t"] }
        return Mirror(reflecting: view).children.first { $0.label == name }.map(\.value).flatMap(Self.unwrap)
    }

    private static func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
