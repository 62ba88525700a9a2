import Foundation
import ServiceBenchCore

/// The report templates of one directory (`templates/` or the user's copy given with `--templates`),
/// parsed once by `TemplateCompiler`, checked against the views they render and bound to them by
/// `TemplateBinder`, and shared by every rendering: `layout` (a company's report, over `ReportView`),
/// `index` (the panel page, over `IndexView`) and the partials they include, each `NAME.mustache`.
///
/// Loading checks everything rendering relies on, so that a bad copy of the templates fails before
/// anything is rendered (exit 70), with the file, line and column: each file is a regular file of at
/// most `TemplateLimits.maximumTemplateBytes`, valid Mustache within the supported part, every
/// partial exists, none includes itself, nothing nests deeper than `TemplateLimits.maximumNesting`,
/// every name is a member of a view in scope used as what it is, and every fixed text `{{t.key}}` is
/// one of `texts`.
package struct TemplateSet: Sendable {
    /// The directory the templates were read from.
    package let directory: String
    /// Each template's source text, by name, to point errors at a file and line.
    let sources: [String: String]
    /// `layout`, bound to a company's report.
    let report: BoundTemplate<ReportView>
    /// `index`, bound to the panel page.
    let index: BoundTemplate<IndexView>
    /// `deck`, bound to a company's slide deck; nil in a copy of the templates made before decks
    /// existed (asking it for a deck is then an error that says to copy `deck.mustache`).
    let deck: BoundTemplate<DeckView>?

    /// The templates every report needs.
    package static let required = ["layout", "index"]

    /// Reads and compiles every `*.mustache` file of `directory`, checks the partials they include
    /// (see `PartialGraph`), and binds `layout` and `index` to their views with the fixed texts
    /// `{{t.key}}` of `texts` (the same in every report, so they are put in once here). Errors name
    /// the template file, line and column.
    package static func load(directory: String, texts: ReportTexts) throws(ReportError) -> TemplateSet {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ReportError(.missingTemplate, "no templates directory here; pass --templates DIR with a copy of the bundled templates/", at: SourceLocation(file: directory))
        }
        let names = ((try? fileManager.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        var sources: [String: String] = [:]
        var compiled: [String: CompiledTemplate] = [:]
        for file in names {
            let path = (directory as NSString).appendingPathComponent(file)
            let text = try readTemplate(at: path)
            let name = String(file.dropLast(".mustache".count))
            compiled[name] = try TemplateCompiler.compile(text, file: path)
            sources[name] = text
        }
        for name in required where sources[name] == nil {
            throw ReportError(.missingTemplate, "the template '\(name).mustache' is missing; copy it from the bundled templates/", at: SourceLocation(file: directory))
        }
        try PartialGraph.check(compiled, directory: directory)
        var binder = TemplateBinder(templates: compiled, texts: texts.strings)
        return TemplateSet(
            directory: directory, sources: sources,
            report: try .bind("layout", with: &binder), index: try .bind("index", with: &binder),
            deck: compiled["deck"] == nil ? nil : try .bind("deck", with: &binder))
    }

    /// The text of the template file at `path`, refused when it is not a regular file (a FIFO would
    /// block the read) or holds more than `TemplateLimits.maximumTemplateBytes` (checked before and
    /// while reading, so a file that grows is not read whole).
    static func readTemplate(at path: String) throws(ReportError) -> String {
        let limit = TemplateLimits.maximumTemplateBytes
        let values = try? URL(fileURLWithPath: path).resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey])
        guard let values, values.isRegularFile == true else {
            throw ReportError(.missingTemplate, "this template is not a regular file; replace it with a copy of the bundled template", at: SourceLocation(file: path))
        }
        let tooLarge = { (size: String) in
            ReportError(
                .templateTooLarge, "this template holds \(size) bytes, more than the limit of \(limit) bytes (1 MiB) per template; split it into partials ({{>name}})",
                at: SourceLocation(file: path))
        }
        if let size = values.fileSize, size > limit { throw tooLarge("\(size)") }
        guard let handle = FileHandle(forReadingAtPath: path), let data = try? handle.read(upToCount: limit + 1) ?? Data() else {
            throw ReportError(.missingTemplate, "cannot read this template; check its permissions", at: SourceLocation(file: path))
        }
        try? handle.close()
        if data.count > limit { throw tooLarge("more than \(limit)") }
        return String(decoding: data, as: UTF8.self)
    }

    /// A company's report rendered with `layout`, as UTF-8 bytes.
    func render(_ view: ReportView) -> [UInt8] { report.render(view) }

    /// The panel page rendered with `index`, as UTF-8 bytes.
    func render(_ view: IndexView) -> [UInt8] { index.render(view) }

    /// A company's slide deck rendered with `deck`, as UTF-8 bytes.
    func render(_ view: DeckView) throws(ReportError) -> [UInt8] {
        guard let deck else {
            throw ReportError(.missingTemplate, "the template 'deck.mustache' is missing; copy it (and deck-style.mustache) from the bundled templates/", at: SourceLocation(file: directory))
        }
        return deck.render(view)
    }

    /// The template file and line that most likely produced `outputLine` of a rendered document: the
    /// line whose fixed text (between tags) appears, in order, in the output line. Nil when none does.
    func locate(outputLine: String) -> SourceLocation? {
        var best: (score: Int, location: SourceLocation)?
        for name in sources.keys.sorted() {
            guard let text = sources[name] else { continue }
            for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let fragments = Self.fixedFragments(of: String(line))
                let score = fragments.reduce(0) { $0 + $1.count }
                guard score >= 4, score > (best?.score ?? 0), Self.contains(outputLine, inOrder: fragments) else { continue }
                best = (score, SourceLocation(file: (directory as NSString).appendingPathComponent("\(name).mustache"), line: offset + 1))
            }
        }
        return best?.location
    }

    /// The text of a template line outside its `{{…}}` tags, trimmed, empty pieces left out.
    static func fixedFragments(of line: String) -> [String] {
        var fragments: [String] = []
        var rest = Substring(line)
        while let open = rest.range(of: "{{") {
            fragments.append(String(rest[..<open.lowerBound]))
            guard let close = rest[open.upperBound...].range(of: "}}") else { rest = ""; break }
            rest = rest[close.upperBound...]
            if rest.hasPrefix("}") { rest = rest.dropFirst() }
        }
        fragments.append(String(rest))
        return fragments.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    static func contains(_ text: String, inOrder fragments: [String]) -> Bool {
        var rest = Substring(text)
        for fragment in fragments {
            guard let range = rest.range(of: fragment) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }
}
