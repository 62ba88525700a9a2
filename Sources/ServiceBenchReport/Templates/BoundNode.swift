/// One piece of a template bound to the views it renders (`TemplateBinder`): every name resolved to
/// the frames of the context stack that may hold it and the members to read there, every section
/// to what its value is. `TemplateRenderer` renders these without looking any name up.
indirect enum BoundNode: Sendable {
    /// Fixed text, as UTF-8 bytes (already escaped where it came from a fixed text `{{t.key}}`).
    case text([UInt8])
    /// `{{name}}` over a text: the text, escaped; nothing when it is absent.
    case value(BoundLookup)
    /// `{{.}}` inside a section over a text or a list of texts: that text, escaped.
    case current
    /// A section over a yes/no flag: the children when it is true (false when `inverted`).
    case flag(BoundLookup, inverted: Bool, [BoundNode])
    /// A section over a text that may be absent: the children inside the text when it is there (with
    /// `inverted`, the children when it is absent).
    case optionalText(BoundLookup, inverted: Bool, [BoundNode])
    /// A section over a part: the children inside it when it is there (with `inverted`, when it is absent).
    case view(BoundLookup, inverted: Bool, [BoundNode])
    /// A section over a list of parts: the children inside each (with `inverted`, when it is empty).
    case list(BoundLookup, inverted: Bool, [BoundNode])
    /// A section over a list of texts: the children inside each (with `inverted`, when it is empty).
    case texts(BoundLookup, inverted: Bool, [BoundNode])
    /// A partial's nodes; `indentation` is the whitespace before its tag when the tag stood alone on
    /// its line (empty otherwise), put before each line the partial adds.
    case partial([BoundNode], indentation: [UInt8])
}

/// Where a name's value is found on the context stack, as Mustache looks it up: the innermost view
/// that has the name's first part, then the rest of the name inside what was found. A member that
/// may be absent (a nil optional) lets the lookup go on to the next enclosing view that has it, so a
/// name may have several candidates, innermost first; the last one is always there or the value is
/// absent.
struct BoundLookup: Sendable {
    struct Candidate: Sendable {
        /// The index of the frame in the context stack, from its bottom (the root view is 0).
        let frame: Int
        /// The member read in that frame's view.
        let first: TemplateSchema.Member
        /// The members read after it, each in the part the previous one gave.
        let rest: [TemplateSchema.Member]
    }

    let candidates: [Candidate]

    /// The value in `stack`.
    func value(in stack: [TemplateFrame]) -> TemplateValue {
        for candidate in candidates {
            guard case .view(let view) = stack[candidate.frame] else { continue }
            var value = candidate.first.read(view)
            if case .absent = value { continue }
            for member in candidate.rest {
                guard case .view(let part) = value else { return .absent }
                value = member.read(part)
            }
            return value
        }
        return .absent
    }
}

/// One frame of the context stack while rendering: a view, the text a section opened, or the
/// empty list an inverted section rendered for.
enum TemplateFrame {
    case view(any TemplateView)
    case text(String)
    case emptyList
}
