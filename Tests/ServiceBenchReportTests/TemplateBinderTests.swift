import Foundation
import Testing
import ServiceBenchCore
@testable import ServiceBenchReport

/// Templates are checked against the views they render when they load: a name the view does not
/// have, or a member used as what it is not, is an error at the tag's line and column (exit 70)
/// naming what exists there, before anything is rendered — in the bundled templates and in a user's
/// copy alike.
@Suite struct TemplateBinderTests {
    struct Mistake: CustomTestStringConvertible, Sendable {
        let label: String
        let file: String
        let old: String
        let new: String
        /// The tag the error must point at (its first occurrence in the edited file).
        let tag: String
        /// Words the message must contain.
        let words: [String]
        var testDescription: String { label }
    }

    static let mistakes: [Mistake] = [
        Mistake(
            label: "a misspelt name", file: "section-summary.mustache", old: "<h3>{{label}}</h3>", new: "<h3>{{lable}}</h3>", tag: "{{lable}}",
            words: ["no 'lable'", "did you mean 'label'?", "KPIEntryView (id, label, definition, value"]),
        Mistake(
            label: "a member of a part, misspelt", file: "section-summary.mustache", old: "{{status.statusClass}}", new: "{{status.statusClas}}",
            tag: "{{status.statusClas}}", words: ["'status' (KPIEntryView.Status) has no member 'statusClas'", "statusClass, statusWord"]),
        Mistake(
            label: "a section over a text that is always there", file: "section-summary.mustache", old: "<h3>{{label}}</h3>",
            new: "<h3>{{#label}}x{{/label}}</h3>", tag: "{{#label}}", words: ["a text that is always there", "print it with {{label}}"]),
        Mistake(
            label: "a flag printed", file: "section-summary.mustache", old: "<h3>{{label}}</h3>", new: "<h3>{{hasTarget}}</h3>",
            tag: "{{hasTarget}}", words: ["'hasTarget' is a yes/no flag", "use it as a section"]),
        Mistake(
            label: "a list printed", file: "section-summary.mustache", old: "<h3>{{label}}</h3>", new: "<h3>{{references}}</h3>",
            tag: "{{references}}", words: ["'references' is a list of ReferenceView", "open it with {{#references}}"]),
        Mistake(
            label: "a part printed", file: "section-summary.mustache", old: "<h3>{{label}}</h3>", new: "<h3>{{status}}</h3>",
            tag: "{{status}}", words: ["'status' is a part (KPIEntryView.Status)", "{{status.statusClass}}"]),
        Mistake(
            label: "a name out of its scope", file: "section-cover.mustache", old: "{{company}}", new: "{{company}}{{sentence}}", tag: "{{sentence}}",
            words: ["no 'sentence' in the views in scope", "ReportView (lang, isXHTML"]),
        Mistake(
            label: "a fixed text that does not exist", file: "section-summary.mustache", old: "{{t.summary_title}}", new: "{{t.summary_titel}}",
            tag: "{{t.summary_titel}}", words: ["no fixed text 't.summary_titel'", "did you mean 't.summary_title'?", "i18n/en.json"]),
    ]

    /// Each mistake fails the load at its tag, with the file, the line and the column.
    @Test(arguments: mistakes)
    func aMistakeIsFoundWhenTheTemplatesLoad(_ mistake: Mistake) throws {
        let templates = try TestSupport.copyOfTemplates()
        try TestSupport.edit(templates, mistake.file, replacing: mistake.old, with: mistake.new)
        let file = templates.appendingPathComponent(mistake.file)
        let error = #expect(throws: ReportError.self) {
            _ = try ReportWriter(templatesDirectory: templates.path, reference: Fixture.reference, options: ReportOptions())
        }
        #expect(error?.code == .templateModelMismatch)
        #expect(error?.exitCode == .software)
        let text = try String(contentsOf: file, encoding: .utf8)
        let line = try #require(try TestSupport.line(of: mistake.tag, in: file))
        let lineText = text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1]
        let column = try #require(lineText.range(of: mistake.tag)).lowerBound.utf16Offset(in: lineText) + 1
        #expect(error?.location == SourceLocation(file: file.path, line: line, column: column))
        for word in mistake.words { #expect(error?.message.contains(word) == true, "\(word) not in: \(error?.message ?? "")") }
    }

    /// The same name means the same kind of thing wherever it is looked up: a name that is a text in
    /// one enclosing view and a list in another is refused, since what it shows would depend on the data.
    @Test func aNameOfTwoKindsOnTheStackIsRefused() throws {
        // A text `label` in `gone` and in an item are of one kind: accepted.
        #expect(throws: Never.self) {
            _ = try BoundTemplate<OracleView>.compile(["main": "{{#gone}}\n{{#items}}{{label}}{{/items}}{{/gone}}"], root: "main")
        }
        let conflict = #expect(throws: ReportError.self) {
            _ = try BoundTemplate<ConflictView>.compile(["main": "{{#inner}}\n  {{#value}}x{{/value}}{{/inner}}"], root: "main")
        }
        #expect(conflict?.code == .templateModelMismatch)
        #expect(conflict?.location == SourceLocation(file: "main.mustache", line: 2, column: 3))
        #expect(conflict?.message.contains("'value' is a text that may be absent in one enclosing view and a list of texts in another") == true, "\(conflict?.message ?? "")")
    }

    /// An inverted section over a part that is always there would never render.
    @Test func anInvertedSectionOverAPartAlwaysThereIsRefused() throws {
        let error = #expect(throws: ReportError.self) {
            _ = try BoundTemplate<OracleView>.compile(["main": "a\n{{^nested}}never{{/nested}}"], root: "main")
        }
        #expect(error?.location == SourceLocation(file: "main.mustache", line: 2, column: 1))
        #expect(error?.message.contains("never render") == true)
    }

    /// `{{.}}` prints the current text; over a view it names the members to use instead.
    @Test func theCurrentValueMustBeAText() throws {
        let error = #expect(throws: ReportError.self) {
            _ = try BoundTemplate<OracleView>.compile(["main": "{{#items}}{{.}}{{/items}}"], root: "main")
        }
        #expect(error?.location == SourceLocation(file: "main.mustache", line: 1, column: 11))
        #expect(error?.message.contains("(label, flag)") == true, "\(error?.message ?? "")")
    }

    /// A partial is checked where it is included, with the views in scope there.
    @Test func aPartialIncludedInTwoScopesIsCheckedInEach() throws {
        let partial = "<b>{{label}}</b>\n"
        #expect(throws: Never.self) {
            _ = try BoundTemplate<OracleView>.compile(["main": "{{#items}}{{>p}}{{/items}}", "p": partial], root: "main")
        }
        let error = #expect(throws: ReportError.self) {
            _ = try BoundTemplate<OracleView>.compile(["main": "{{#items}}{{>p}}{{/items}}{{>p}}", "p": partial], root: "main")
        }
        #expect(error?.location == SourceLocation(file: "p.mustache", line: 1, column: 4))
        #expect(error?.message.contains("no 'label' in the views in scope") == true)
    }
}

/// A view whose nested part names `value` as another kind than its parent does.
struct ConflictView: TemplateView {
    struct Inner: TemplateView {
        let value: String?
        static let templateMembers: [TemplateMember<Self>] = [.text("value", \.value)]
    }
    let inner: Inner
    let value: [String]
    static let templateMembers: [TemplateMember<Self>] = [.view("inner", \.inner), .texts("value", \.value)]
}
