/// One piece of a compiled Mustache template (see `TemplateCompiler`), rendered by `TemplateRenderer`.
indirect enum TemplateNode: Sendable, Equatable {
    /// Fixed text, as UTF-8 bytes.
    case text([UInt8])
    /// `{{name}}`: the value, escaped by `MarkupEscaper` (there is no unescaped output).
    case variable(TemplateName)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
    case section(TemplateName, inverted: Bool, [TemplateNode])
    /// `{{>name}}`; `indentation` is the whitespace before a partial tag standing alone on its line.
    case partial(String, indentation: [UInt8]?)
}

/// A tag's name, resolved as Mustache resolves it: `.` is the current object; `a.b.c` looks `a`
/// up from the innermost object outwards, then `b` and `c` inside what was found; `.a.b` looks `a` up
/// in the current object only.
struct TemplateName: Sendable, Equatable {
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

    init(_ name: String) {
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
