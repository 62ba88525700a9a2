import Foundation
import Mustache
import ServiceBenchCore

/// The report templates of one directory (`templates/` or the user's copy given with `--templates`),
/// parsed once and shared by every rendering: `layout` (a company's report), `index` (the panel page)
/// and the partials they include, each `NAME.mustache`.
///
/// swift-mustache parses every template (it reports syntax errors with their line) and defines what
/// a template renders to. The reports are rendered by `TemplateRenderer`, which gives the same bytes
/// several times faster, when every template uses only what it compiles (all of the bundled ones
/// do); a template using more of Mustache (inheritance, set delimiters, transforms) makes the whole
/// set render with swift-mustache.
public struct TemplateSet: Sendable {
    /// The directory the templates were read from.
    public let directory: String
    let library: MustacheLibrary
    /// The compiled templates, or nil when one of them needs swift-mustache.
    let renderer: TemplateRenderer?
    /// Each template's source text, by name, to point errors at a file and line.
    let sources: [String: String]

    /// The templates every report needs.
    public static let required = ["layout", "index"]

    /// Reads and parses every `*.mustache` file of `directory`, and checks that every partial a
    /// template includes exists. Errors name the template file and line.
    ///
    /// Two things are done to each template's text before it is parsed, both invisible in the output:
    /// the fixed texts `{{t.key}}` are replaced by their escaped value from `texts` (they are the same
    /// in every report, so they need not be looked up thousands of times), and swift-mustache's copy
    /// starts with a line of its own telling it to escape with `MarkupEscaper` (taken off the line
    /// numbers of its errors).
    public static func load(directory: String, texts: ReportTexts? = nil) throws(ReportError) -> TemplateSet {
        MarkupEscaper.registered
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ReportError(.missingTemplate, "no templates directory here; pass --templates DIR with a copy of the bundled templates/", at: SourceLocation(file: directory))
        }
        let names = ((try? fileManager.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        var library = MustacheLibrary()
        var sources: [String: String] = [:]
        var compiled: [String: [TemplateNode]]? = [:]
        for file in names {
            let path = (directory as NSString).appendingPathComponent(file)
            guard let data = fileManager.contents(atPath: path) else {
                throw ReportError(.missingTemplate, "cannot read this template; check its permissions", at: SourceLocation(file: path))
            }
            let text = String(decoding: data, as: UTF8.self)
            let name = String(file.dropLast(".mustache".count))
            let substituted = texts.map { substitutingFixedTexts(in: text, from: $0) } ?? text
            do {
                library.register(try MustacheTemplate(string: "{{% CONTENT_TYPE: \(MarkupEscaper.name)}}\n" + substituted), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw ReportError(
                    .templateSyntax, "Mustache syntax error (\(error.error)) in '\(error.context.line.trimmingWhitespace())'; check that every {{#section}} is closed by a matching {{/section}} and every tag by }}",
                    at: SourceLocation(file: path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber))
            } catch {
                throw ReportError(.templateSyntax, "cannot parse this template: \(error)", at: SourceLocation(file: path))
            }
            sources[name] = text
            do {
                compiled?[name] = try TemplateCompiler.compile(substituted)
            } catch {
                compiled = nil  // this template needs swift-mustache, so the whole set renders with it
            }
        }
        for name in required where sources[name] == nil {
            throw ReportError(.missingTemplate, "the template '\(name).mustache' is missing; copy it from the bundled templates/", at: SourceLocation(file: directory))
        }
        for name in sources.keys.sorted() {
            for reference in partialReferences(in: sources[name] ?? "") where sources[reference.name] == nil {
                throw ReportError(
                    .missingPartial, "the partial '\(reference.name)' included here does not exist; add \(reference.name).mustache to the templates directory or fix the name",
                    at: SourceLocation(file: (directory as NSString).appendingPathComponent("\(name).mustache"), line: reference.line, column: reference.column))
            }
        }
        return TemplateSet(directory: directory, library: library, renderer: compiled.map { TemplateRenderer(templates: $0) }, sources: sources)
    }

    /// `text` with every `{{t.key}}` (a fixed text of the report) replaced by the escaped text, when
    /// the text exists and holds neither a line break nor braces; anything else is left to Mustache.
    static func substitutingFixedTexts(in text: String, from texts: ReportTexts) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "}}") else {
                result += rest[open.lowerBound...]
                return result
            }
            let name = String(afterOpen[..<close.lowerBound]).trimmingWhitespace()
            if name.hasPrefix("t."), let value = texts.strings[String(name.dropFirst(2))],
                !value.contains("\n"), !value.contains("{"), !value.contains("}")
            {
                result += MarkupEscaper.escape(value)
            } else {
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = afterOpen[close.upperBound...]
        }
        result += rest
        return result
    }

    /// Every `{{> name}}` of `text`, with its 1-based line and column.
    static func partialReferences(in text: String) -> [(name: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        var line = 1
        let scalars = Array(text.unicodeScalars)
        var index = 0, lineStart = 0
        while index < scalars.count {
            if scalars[index] == "\n" {
                line += 1
                lineStart = index + 1
            } else if scalars[index] == "{", index + 2 < scalars.count, scalars[index + 1] == "{", scalars[index + 2] == ">" {
                var end = index + 3
                var name = ""
                while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") {
                    name.unicodeScalars.append(scalars[end])
                    end += 1
                }
                found.append((name.trimmingWhitespace(), line, index - lineStart + 1))
                index = end
                continue
            }
            index += 1
        }
        return found
    }

    /// `context` rendered with the template `name`, as UTF-8 bytes.
    func render(_ context: [String: Any], template name: String) -> [UInt8] {
        renderer?.render(context, template: name) ?? renderWithMustacheLibrary(context, template: name)
    }

    /// `context` rendered by swift-mustache itself: the fallback, and the reference the tests hold
    /// `TemplateRenderer` to.
    func renderWithMustacheLibrary(_ context: [String: Any], template name: String) -> [UInt8] {
        Array((library.render(context, withTemplate: name) ?? "").utf8)
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
