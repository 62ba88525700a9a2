import Foundation
import Testing
import ServiceBenchCore
@testable import ServiceBenchReport

/// What a hostile or careless copy of the templates cannot do: include a partial in itself, nest
/// without end, or be too large to load; each is refused when the set loads, with its place.
@Suite struct TemplateLimitsTests {
    /// A templates directory holding `files` (name without `.mustache` → text), with a plain
    /// `layout` and `index` unless given.
    static func directory(_ files: [String: String]) throws -> URL {
        let directory = try TestSupport.temporaryDirectory()
        let all = ["layout": "<p>{{lang}}</p>\n", "index": "<p/>\n"].merging(files) { $1 }
        for (name, text) in all {
            try Data(text.utf8).write(to: directory.appendingPathComponent("\(name).mustache"))
        }
        return directory
    }

    /// The texts of these tests' templates.
    static let texts = ReportTexts(strings: ["word": "mot & co"], file: "fr.json")

    static func load(_ directory: URL) throws -> TemplateSet {
        try TemplateSet.load(directory: directory.path, texts: texts)
    }

    static func loadError(_ directory: URL) -> ReportError? {
        #expect(throws: ReportError.self) { _ = try load(directory) }
    }

    struct Cycle: CustomTestStringConvertible, Sendable {
        let files: [String: String]
        let cycle: String
        /// The template holding the tag that closes the cycle, and the tag's line and column.
        let file: String
        let line: Int
        let column: Int
        var testDescription: String { cycle }
    }

    static let cycles: [Cycle] = [
        Cycle(files: ["a": "<b>\n  {{>a}}\n</b>\n"], cycle: "a -> a", file: "a", line: 2, column: 3),
        Cycle(files: ["a": "{{>b}}", "b": "x{{#yes}}{{>a}}{{/yes}}"], cycle: "a -> b -> a", file: "b", line: 1, column: 10),
        Cycle(files: ["layout": "{{>a}}", "a": "{{>b}}\n", "b": "{{>c}}\n", "c": "\n\n{{^no}}{{>b}}{{/no}}"], cycle: "b -> c -> b", file: "c", line: 3, column: 8),
    ]

    /// A partial that includes itself overflowed the stack when rendered; it is now an error at load
    /// time naming the cycle, at the tag that closes it.
    @Test(arguments: cycles)
    func aPartialThatIncludesItselfIsRefused(_ example: Cycle) throws {
        let directory = try Self.directory(example.files)
        let error = Self.loadError(directory)
        #expect(error?.code == .partialCycle)
        #expect(error?.exitCode == .software)
        #expect(error?.message.contains("(\(example.cycle))") == true, "\(error?.message ?? "")")
        #expect(error?.location == SourceLocation(file: directory.appendingPathComponent("\(example.file).mustache").path, line: example.line, column: example.column))
    }

    /// A section over a flag of the report's view that is false in `ReportView.minimal`.
    static let open = "{{^isXHTML}}", close = "{{/isXHTML}}"

    static func nested(_ depth: Int, around inner: String = "x") -> String {
        String(repeating: open, count: depth) + inner + String(repeating: close, count: depth)
    }

    /// 3,000 nested sections overflowed the stack in swift-mustache's parser; the parser stops at the
    /// 101st level, at its tag.
    @Test(arguments: [101, 3_000])
    func sectionsNestedTooDeepAreRefused(depth: Int) throws {
        let directory = try Self.directory(["layout": "<p>\n" + Self.nested(depth) + "\n</p>\n"])
        let error = Self.loadError(directory)
        #expect(error?.code == .templateTooDeep)
        #expect(error?.message.contains("at most \(TemplateLimits.maximumNesting)") == true)
        let tag = Self.open.count
        #expect(error?.location == SourceLocation(file: directory.appendingPathComponent("layout.mustache").path, line: 2, column: TemplateLimits.maximumNesting * tag + 1))
    }

    @Test func sectionsNestedToTheLimitRender() throws {
        let directory = try Self.directory(["layout": Self.nested(TemplateLimits.maximumNesting, around: "{{lang}}")])
        let templates = try Self.load(directory)
        #expect(templates.render(ReportView.minimal(lang: "fr")) == Array("fr".utf8))
    }

    /// Nesting counts across partials: each inclusion is a level, plus the sections around it.
    @Test func nestingThroughPartialsIsBounded() throws {
        let directory = try Self.directory(["layout": "{{>p}}", "p": "\n" + Self.nested(60, around: "{{>q}}"), "q": Self.nested(40)])
        let error = Self.loadError(directory)
        #expect(error?.code == .templateTooDeep)
        #expect(error?.message.contains("101 levels deep (p -> q)") == true, "\(error?.message ?? "")")
        #expect(error?.location == SourceLocation(file: directory.appendingPathComponent("p.mustache").path, line: 2, column: 60 * Self.open.count + 1))
        // Two levels less loads: layout includes p (1), p nests 60 and includes q (61), q nests 38.
        let fits = try Self.directory(["layout": "{{>p}}", "p": "\n" + Self.nested(60, around: "{{>q}}"), "q": Self.nested(38)])
        #expect(throws: Never.self) { _ = try Self.load(fits) }
    }

    @Test func aTemplateOverTheSizeLimitIsRefused() throws {
        let directory = try Self.directory(["layout": String(repeating: "<p>{{lang}}</p>\n", count: TemplateLimits.maximumTemplateBytes / 16) + "x"])
        let error = Self.loadError(directory)
        #expect(error?.code == .templateTooLarge)
        #expect(error?.exitCode == .software)
        #expect(error?.message.contains("\(TemplateLimits.maximumTemplateBytes + 1) bytes") == true, "\(error?.message ?? "")")
        #expect(error?.location == SourceLocation(file: directory.appendingPathComponent("layout.mustache").path))
    }

    /// A template just under the limit, a megabyte of text with some 67,000 tags (variables,
    /// sections, comments, fixed texts), loads and renders: the parse is one pass (a 2 MB template
    /// took 110 s with swift-mustache's parser), so this takes a fraction of a second.
    @Test func aTemplateNearTheSizeLimitLoadsAndRenders() throws {
        let line = "<p class=\"x\">{{lang}} \(Self.open){{t.word}}\(Self.close){{! note }} fixed text</p>\n"
        let count = TemplateLimits.maximumTemplateBytes / line.utf8.count
        let directory = try Self.directory(["layout": String(repeating: line, count: count)])
        let templates = try Self.load(directory)
        let rendered = templates.render(ReportView.minimal(lang: "fr"))
        let expected = String(repeating: "<p class=\"x\">fr mot &amp; co fixed text</p>\n", count: count)
        #expect(rendered == Array(expected.utf8))
        #expect(count * line.utf8.count > TemplateLimits.maximumTemplateBytes - line.utf8.count)
    }

    /// A FIFO named like a template would block the read for ever: it is refused without opening it.
    @Test func aTemplateThatIsNotARegularFileIsRefused() throws {
        let directory = try Self.directory([:])
        let fifo = directory.appendingPathComponent("style.mustache").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let error = Self.loadError(directory)
        #expect(error?.code == .missingTemplate)
        #expect(error?.message.contains("not a regular file") == true)
        #expect(error?.location == SourceLocation(file: fifo))
    }
}
