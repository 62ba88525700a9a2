import ServiceBenchCore

/// Checks templates against the views they render and binds them (`BoundNode`), once, when the
/// templates load: every name must be a member of a view in scope (the view of each enclosing
/// section, then the root), used as what it is — a text printed or opened as a section when it may
/// be absent, a flag, a part or a list opened as a section — and every fixed text `{{t.key}}` must
/// exist. A mistake is an error at the template's line and column naming what exists there (exit
/// 70), before anything is rendered, so a typo in a user's copy of the templates is found at once.
///
/// The lookup follows Mustache's (and swift-mustache's, which the tests hold the renderer to): a
/// name is looked for in the innermost view first, then outwards; `a.b` finds `a` so and reads `b`
/// in it; `.a` looks in the current view only; `.` is the current text. A partial is bound where it
/// is included, with the views in scope there. Sections over flags do not open a view.
struct TemplateBinder {
    /// What the binder knows of one frame of the context stack.
    enum Frame {
        case view(TemplateSchema)
        case text
        case emptyList
    }

    let templates: [String: CompiledTemplate]
    /// The fixed texts `{{t.key}}` stands for, unescaped.
    let texts: [String: String]
    /// Partials already bound, by name and the frame types they were bound with: a partial included
    /// many times with the same views is bound once.
    private var bound: [String: (nodes: [BoundNode], size: Int)] = [:]
    /// The number of nodes the templates expand to, partials counted at each inclusion.
    private var expandedSize = 0

    init(templates: [String: CompiledTemplate], texts: [String: String]) {
        self.templates = templates
        self.texts = texts
    }

    /// The template `name` bound to the root view `root`. The partials it includes must have been
    /// checked by `PartialGraph` (they exist and include no cycle).
    mutating func bind(_ name: String, root: TemplateSchema) throws(ReportError) -> [BoundNode] {
        guard let template = templates[name] else { return [] }
        return try bind(template.nodes, of: template, frames: [.view(root)])
    }

    private mutating func bind(_ nodes: [TemplateNode], of template: CompiledTemplate, frames: [Frame]) throws(ReportError) -> [BoundNode] {
        var result: [BoundNode] = []
        result.reserveCapacity(nodes.count)
        for node in nodes {
            let boundNode: BoundNode
            switch node {
            case .text(let bytes):
                boundNode = .text(bytes)
            case .variable(let name, let offset):
                boundNode = try variable(name, at: offset, of: template, frames: frames)
            case .section(let name, let inverted, let children, let offset):
                boundNode = try section(name, inverted: inverted, children, at: offset, of: template, frames: frames)
            case .partial(let name, let indentation, _):
                boundNode = .partial(try partial(name, frames: frames), indentation: indentation ?? [])
            }
            try count(1, at: node, of: template)
            Self.append(boundNode, to: &result)
        }
        return result
    }

    /// Appends `node`, joining it with the text before it when both are texts and that text does not
    /// end a line (which changes no byte of the output, inside an indented partial included: only a
    /// text ending with a line end starts a new line).
    private static func append(_ node: BoundNode, to nodes: inout [BoundNode]) {
        guard case .text(let text) = node, case .text(var previous)? = nodes.last, !previous.isEmpty, !text.isEmpty, previous.last != 0x0A else {
            nodes.append(node)
            return
        }
        nodes[nodes.count - 1] = .text([])  // so that `previous` is the only reference and grows in place
        previous.append(contentsOf: text)
        nodes[nodes.count - 1] = .text(previous)
    }

    private mutating func count(_ size: Int, at node: TemplateNode, of template: CompiledTemplate) throws(ReportError) {
        expandedSize += size
        guard expandedSize > TemplateLimits.maximumExpandedTags else { return }
        var offset = 0
        switch node {
        case .variable(_, let at), .section(_, _, _, let at), .partial(_, _, let at): offset = at
        case .text: break
        }
        throw ReportError(
            .templateTooLarge,
            "with its partials counted at each inclusion, the templates expand to more than \(TemplateLimits.maximumExpandedTags) pieces; include fewer partials or include them fewer times",
            at: template.location(of: offset))
    }

    private mutating func partial(_ name: String, frames: [Frame]) throws(ReportError) -> [BoundNode] {
        guard let template = templates[name] else { return [] }
        let key = name + "\u{0}" + frames.map(Self.signature).joined(separator: "\u{0}")
        if let done = bound[key] {
            expandedSize += done.size
            if expandedSize > TemplateLimits.maximumExpandedTags { try count(0, at: .partial(name, indentation: nil, at: 0), of: template) }
            return done.nodes
        }
        let before = expandedSize
        let nodes = try bind(template.nodes, of: template, frames: frames)
        bound[key] = (nodes, expandedSize - before)
        return nodes
    }

    private static func signature(_ frame: Frame) -> String {
        switch frame {
        case .view(let schema): return "\(schema.type.hashValue):\(schema.name)"
        case .text: return "text"
        case .emptyList: return "empty"
        }
    }

    // MARK: Names

    private func failure(_ message: String, at offset: Int, of template: CompiledTemplate) -> ReportError {
        ReportError(.templateModelMismatch, message, at: template.location(of: offset))
    }

    /// `{{name}}`.
    private func variable(_ name: TemplateName, at offset: Int, of template: CompiledTemplate, frames: [Frame]) throws(ReportError) -> BoundNode {
        if name.scope == .current {
            guard case .text? = frames.last else {
                throw failure(
                    "{{.}} prints the current text, but the current value here is \(Self.describe(frames.last)); name one of its members\(Self.membersHint(frames.last))",
                    at: offset, of: template)
            }
            return .current
        }
        if let fixed = try fixedText(name, at: offset, of: template) { return .text(Array(MarkupEscaper.escape(fixed).utf8)) }
        let (lookup, kind) = try resolve(name, at: offset, of: template, frames: frames)
        switch kind {
        case .text:
            return .value(lookup)
        case .flag:
            throw failure("'\(name)' is a yes/no flag, which Mustache would print as true or false; use it as a section, {{#\(name)}}…{{/\(name)}} or {{^\(name)}}…{{/\(name)}}", at: offset, of: template)
        case .view(let schema, _):
            throw failure(
                "'\(name)' is \(kind.description), not a text; print one of its members, {{\(name).\(schema.members.first?.name ?? "member")}}, or open it with {{#\(name)}}…{{/\(name)}} (its members: \(Self.memberList(schema)))",
                at: offset, of: template)
        case .list, .texts:
            throw failure("'\(name)' is \(kind.description), not a text; open it with {{#\(name)}}…{{/\(name)}} and print inside it", at: offset, of: template)
        }
    }

    /// `{{#name}}…{{/name}}` and `{{^name}}…{{/name}}`.
    private mutating func section(
        _ name: TemplateName, inverted: Bool, _ children: [TemplateNode], at offset: Int, of template: CompiledTemplate, frames: [Frame]
    ) throws(ReportError) -> BoundNode {
        let tag = inverted ? "{{^\(name)}}" : "{{#\(name)}}"
        if name.scope == .current {
            throw failure("\(tag) opens a section over the current value, which ServiceBench's templates do not use; name a member instead", at: offset, of: template)
        }
        if try fixedText(name, at: offset, of: template) != nil {
            throw failure("'\(name)' is a fixed text; print it with {{\(name)}}, it cannot open a section", at: offset, of: template)
        }
        let (lookup, kind) = try resolve(name, at: offset, of: template, frames: frames)
        let mayBeAbsent = lookup.candidates.last.map { $0.first.kind.isOptional || $0.rest.contains { $0.kind.isOptional } } ?? true
        switch kind {
        case .text:
            guard mayBeAbsent else {
                throw failure(
                    "\(tag) opens a section over '\(name)', a text that is always there, so the section would \(inverted ? "never" : "always") render; print it with {{\(name)}}, or use a flag or a part that may be absent",
                    at: offset, of: template)
            }
            return .optionalText(lookup, inverted: inverted, try bind(children, of: template, frames: inverted ? frames : frames + [.text]))
        case .flag:
            return .flag(lookup, inverted: inverted, try bind(children, of: template, frames: frames))
        case .view(let schema, _):
            if inverted {
                guard mayBeAbsent else {
                    throw failure("\(tag) opens an inverted section over '\(name)', \(kind.description) that is always there, so it would never render; remove it", at: offset, of: template)
                }
                return .view(lookup, inverted: true, try bind(children, of: template, frames: frames))
            }
            return .view(lookup, inverted: false, try bind(children, of: template, frames: frames + [.view(schema)]))
        case .list(let schema):
            return .list(lookup, inverted: inverted, try bind(children, of: template, frames: frames + [inverted ? .emptyList : .view(schema)]))
        case .texts:
            return .texts(lookup, inverted: inverted, try bind(children, of: template, frames: frames + [inverted ? .emptyList : .text]))
        }
    }

    /// The fixed text `t.key` stands for; nil for a name that does not start with `t.`.
    private func fixedText(_ name: TemplateName, at offset: Int, of template: CompiledTemplate) throws(ReportError) -> String? {
        guard name.scope == .stack, name.components.first == "t" else { return nil }
        guard name.components.count == 2 else {
            throw failure("'\(name)' is not a fixed text; fixed texts are named t.key, with one key after t.", at: offset, of: template)
        }
        let key = name.components[1]
        guard let text = texts[key] else {
            let near = NearestName.nearest(to: key, in: texts.keys.sorted()).map { "; did you mean 't.\($0)'?" } ?? ""
            throw failure(
                "there is no fixed text '\(name)' in the texts of templates/i18n\(near) Fix the name, or add the text to i18n/en.json and i18n/fr.json",
                at: offset, of: template)
        }
        return text
    }

    /// Where `name` is found on the stack, and what it is.
    private func resolve(_ name: TemplateName, at offset: Int, of template: CompiledTemplate, frames: [Frame]) throws(ReportError) -> (BoundLookup, TemplateMemberKind) {
        guard let firstName = name.components.first else {
            throw failure("this tag has no name; write {{name}}", at: offset, of: template)
        }
        var firsts: [(frame: Int, member: TemplateSchema.Member)] = []
        let searched = name.scope == .currentOnly ? [frames.count - 1] : Array(frames.indices.reversed())
        for index in searched {
            guard case .view(let schema) = frames[index], let member = schema.member(named: firstName) else { continue }
            firsts.append((index, member))
            if !member.kind.isOptional { break }
        }
        guard !firsts.isEmpty else {
            throw failure(missingMessage(firstName, in: name, frames: name.scope == .currentOnly ? Array(frames.suffix(1)) : frames), at: offset, of: template)
        }
        var candidates: [BoundLookup.Candidate] = []
        var kind: TemplateMemberKind?
        for (frame, first) in firsts {
            var current = first
            var rest: [TemplateSchema.Member] = []
            for component in name.components.dropFirst() {
                guard case .view(let schema, _) = current.kind else {
                    throw failure("in '\(name)', '\(current.name)' is \(current.kind.description), which has no member '\(component)'; open it with a section instead", at: offset, of: template)
                }
                guard let next = schema.member(named: component) else {
                    throw failure(
                        "in '\(name)', '\(current.name)' (\(schema.name)) has no member '\(component)'; its members are \(Self.memberList(schema))\(Self.suggestion(component, schema))",
                        at: offset, of: template)
                }
                rest.append(next)
                current = next
            }
            if let kind, !Self.sameKind(kind, current.kind) {
                throw failure(
                    "'\(name)' is \(kind.description) in one enclosing view and \(current.kind.description) in another, so what it shows would depend on the data; rename one of them or name it with a leading dot, {{.\(name)}}",
                    at: offset, of: template)
            }
            kind = kind ?? current.kind
            candidates.append(BoundLookup.Candidate(frame: frame, first: first, rest: rest))
        }
        return (BoundLookup(candidates: candidates), kind ?? firsts[0].member.kind)
    }

    private static func sameKind(_ lhs: TemplateMemberKind, _ rhs: TemplateMemberKind) -> Bool {
        switch (lhs, rhs) {
        case (.text, .text), (.flag, .flag), (.texts, .texts): return true
        case (.view(let a, _), .view(let b, _)), (.list(let a), .list(let b)): return a.type == b.type
        default: return false
        }
    }

    private func missingMessage(_ missing: String, in name: TemplateName, frames: [Frame]) -> String {
        let views: [TemplateSchema] = frames.reversed().compactMap { if case .view(let schema) = $0 { return schema } else { return nil } }
        guard !views.isEmpty else { return "there is no '\(missing)' here: the current value is \(Self.describe(frames.last)), which has no members" }
        let scope = views.map { "\($0.name) (\(Self.memberList($0)))" }.joined(separator: "; then ")
        let near = NearestName.nearest(to: missing, in: views.flatMap { $0.members.map(\.name) }).map { "; did you mean '\($0)'?" } ?? ""
        return "there is no '\(missing)' in the views in scope here\(near) The names in scope, innermost first: \(scope)"
    }

    private static func memberList(_ schema: TemplateSchema) -> String {
        schema.members.map(\.name).joined(separator: ", ")
    }

    private static func suggestion(_ missing: String, _ schema: TemplateSchema) -> String {
        NearestName.nearest(to: missing, in: schema.members.map(\.name)).map { " (did you mean '\($0)'?)" } ?? ""
    }

    private static func describe(_ frame: Frame?) -> String {
        switch frame {
        case .view(let schema)?: return "a part (\(schema.name))"
        case .text?: return "a text"
        case .emptyList?: return "an empty list"
        case nil: return "nothing"
        }
    }

    private static func membersHint(_ frame: Frame?) -> String {
        guard case .view(let schema)? = frame else { return "" }
        return " (\(memberList(schema)))"
    }
}
