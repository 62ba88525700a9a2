import Foundation
import ServiceBenchCore

/// The French or English texts of the reports, read from `templates/i18n/LANG.json` (a flat JSON
/// object of strings), so a translation or a rewording needs no rebuild.
///
/// Patterns hold named placeholders in braces: `"{label} de {value}"`.
package struct ReportTexts: Sendable {
    /// Every text, by key.
    package let strings: [String: String]
    /// The file the texts were read from, for messages.
    package let file: String

    /// Each text cut at its placeholders once, so formatting thousands of sentences does not re-scan them.
    private let patterns: [String: [Piece]]

    /// A fixed run of text or a `{name}` placeholder.
    enum Piece: Sendable {
        case text(String)
        case placeholder(String)
    }

    package init(strings: [String: String], file: String) {
        self.strings = strings
        self.file = file
        var patterns: [String: [Piece]] = [:]
        for (key, value) in strings { patterns[key] = Self.pieces(of: value) }
        self.patterns = patterns
    }

    /// `pattern` cut into text and `{name}` placeholders; an unclosed `{` is text.
    static func pieces(of pattern: String) -> [Piece] {
        var pieces: [Piece] = []
        var text = ""
        var name = ""
        var inPlaceholder = false
        for character in pattern {
            if inPlaceholder {
                if character == "}" {
                    if !text.isEmpty { pieces.append(.text(text)) }
                    pieces.append(.placeholder(name))
                    text = ""
                    name = ""
                    inPlaceholder = false
                } else {
                    name.append(character)
                }
            } else if character == "{" {
                inPlaceholder = true
            } else {
                text.append(character)
            }
        }
        if inPlaceholder { text += "{" + name }
        if !text.isEmpty { pieces.append(.text(text)) }
        return pieces
    }

    /// Reads `DIR/i18n/LANG.json`.
    package static func load(templatesDirectory: String, language: ReportLanguage) throws(ReportError) -> ReportTexts {
        let path = (templatesDirectory as NSString).appendingPathComponent("i18n/\(language.rawValue).json")
        // InputFile reads with open/read: FileManager.contents(atPath:) leaks its buffer on an empty file.
        guard let data = (try? InputFile.read(path)).map({ Data($0) }) else {
            throw ReportError(.missingTemplate, "cannot read the \(language.rawValue) texts; copy i18n/\(language.rawValue).json from the bundled templates", at: SourceLocation(file: path))
        }
        let strings: [String: String]
        do {
            strings = try JSONDecoder().decode([String: String].self, from: data)
        } catch DecodingError.typeMismatch(_, let context) {
            guard let key = context.codingPath.first?.stringValue else {
                throw ReportError(.badTexts, "expected a JSON object of strings at the top level", at: SourceLocation(file: path))
            }
            throw ReportError(.badTexts, "the text '\(key)' is not a string; every value must be a string", at: SourceLocation(file: path))
        } catch {
            throw ReportError(.badTexts, "not valid JSON: \(error.localizedDescription); fix the syntax (a flat object of strings)", at: SourceLocation(file: path))
        }
        return ReportTexts(strings: strings, file: path)
    }

    /// The text for `key`; a `ReportError` naming the file when it is missing.
    package func text(_ key: String) throws(ReportError) -> String {
        guard let value = strings[key] else {
            throw ReportError(.badTexts, "missing text '\(key)'; add it (see the bundled templates/i18n files)", at: SourceLocation(file: file))
        }
        return value
    }

    /// The pattern `key` with every `{name}` replaced by `values[name]`. A placeholder with no value
    /// is an error naming the file and the key.
    package func format(_ key: String, _ values: [String: String]) throws(ReportError) -> String {
        guard let pieces = patterns[key] else { return try text(key) }
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text): result += text
            case .placeholder(let name):
                guard let value = values[name] else {
                    throw ReportError(.badTexts, "the text '\(key)' uses the unknown placeholder {\(name)}; known here: \(values.keys.sorted().map { "{\($0)}" }.joined(separator: ", "))", at: SourceLocation(file: file))
                }
                result += value
            }
        }
        return result
    }
}
