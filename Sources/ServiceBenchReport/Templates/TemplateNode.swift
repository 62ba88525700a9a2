/// One piece of a parsed Mustache template (see `TemplateCompiler`), checked against a view and
/// turned into `BoundNode`s by `TemplateBinder`.
indirect enum TemplateNode: Sendable, Equatable {
    /// Fixed text, as UTF-8 bytes.
    case text([UInt8])
    /// `{{name}}`: the value, escaped by `MarkupEscaper` (there is no unescaped output). `at` is
    /// the byte offset of the tag's `{{` in the template, for errors.
    case variable(TemplateName, at: Int)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
    case section(TemplateName, inverted: Bool, [TemplateNode], at: Int)
    /// `{{>name}}`; `indentation` is the whitespace before a partial tag standing alone on its line.
    case partial(String, indentation: [UInt8]?, at: Int)
}

/// A tag's name, resolved as Mustache resolves it: `.` is the current object; `a.b.c` looks `a`
/// up from the innermost object outwards, then `b` and `c` inside what was found; `.a.b` looks `a` up
/// in the current object only.
struct TemplateName: Sendable, Equatable, CustomStringConvertible {
    enum Scope: Sendable, Equatable {
        /// `.`: the current object itself.
        case current
        /// `.a.b`: the current object only.
        case currentOnly
        /// `a.b`: the first object of the context stack, innermost first, that has `a`.
        case stack
    }

    let scope: Scope
    /// The dot-separated parts, empty ones left out (as `split(separator: ".")` does).
    let components: [String]

    /// The name as written in the template.
    let description: String

    init(_ name: String) {
        description = name
        components = name.split(separator: ".").map(String.init)
        if name == "." || components.isEmpty {
            scope = .current
        } else if name.hasPrefix(".") {
            scope = .currentOnly
        } else {
            scope = .stack
        }
    }
}
