/// Renders compiled templates (`TemplateCompiler`) over the report model (`[String: Any]` objects,
/// arrays of them, strings, booleans), straight into UTF-8 bytes: the report's hot path, and the
/// only renderer of the reports.
///
/// It gives the bytes swift-mustache 2.1.1 (the test oracle) gives for the same template and context:
/// names are looked up the same way, sections treat arrays, booleans and objects the same way, values
/// are escaped by `MarkupEscaper`. It looks names up with direct casts to the model's own types, keeps
/// one context stack, and appends to one byte buffer. Other values are read by reflection (`Mirror`)
/// and printed with `String(describing:)`; lambdas, which the report model never holds, are not
/// called. The recursion follows the templates' nesting, which `PartialGraph` bounds at load time.
struct TemplateRenderer: Sendable {
    /// The compiled templates, by name (the file name without `.mustache`).
    let templates: [String: [TemplateNode]]

    /// `context` rendered with the template `name`; empty when there is no such template.
    func render(_ context: [String: Any], template name: String) -> [UInt8] {
        guard let nodes = templates[name] else { return [] }
        var stack: [Any] = [context]
        var output: [UInt8] = []
        output.reserveCapacity(64 * 1024)
        render(nodes, indentation: [], stack: &stack, into: &output)
        return output
    }

    /// Appends `nodes` rendered to `output`. Inside a partial that stood indented alone on its line,
    /// swift-mustache renders each node apart and puts the indentation before a node's output when
    /// what this template has produced so far ends with `\n`; the same is done here, in that case only.
    private func render(_ nodes: [TemplateNode], indentation: [UInt8], stack: inout [Any], into output: inout [UInt8]) {
        guard !indentation.isEmpty else {
            for node in nodes { render(node, indentation: indentation, stack: &stack, into: &output) }
            return
        }
        var produced: [UInt8] = []
        for node in nodes {
            var piece: [UInt8] = []
            render(node, indentation: indentation, stack: &stack, into: &piece)
            if !piece.isEmpty, produced.last == 0x0A, produced.count < 2 || produced[produced.count - 2] != 0x0D {
                produced.append(contentsOf: indentation)
            }
            produced.append(contentsOf: piece)
        }
        output.append(contentsOf: produced)
    }

    private func render(_ node: TemplateNode, indentation: [UInt8], stack: inout [Any], into output: inout [UInt8]) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let name):
            guard let value = Self.resolve(name, in: stack) else { return }
            Self.appendEscaped(value, to: &output)
        case .section(let name, let inverted, let children):
            let value = Self.resolve(name, in: stack)
            if inverted {
                renderInverted(children, value: value, indentation: indentation, stack: &stack, into: &output)
            } else {
                renderSection(children, value: value, indentation: indentation, stack: &stack, into: &output)
            }
        case .partial(let name, let partialIndentation):
            guard let nodes = templates[name] else { return }
            render(nodes, indentation: indentation + (partialIndentation ?? []), stack: &stack, into: &output)
        }
    }

    private func renderSection(_ children: [TemplateNode], value: Any?, indentation: [UInt8], stack: inout [Any], into output: inout [UInt8]) {
        switch value {
        case .none:
            return
        case let objects as [[String: Any]]:
            for object in objects { renderPushing(object, children, indentation: indentation, stack: &stack, into: &output) }
        case let flag as Bool:
            if flag { render(children, indentation: indentation, stack: &stack, into: &output) }
        case let strings as [String]:
            for string in strings { renderPushing(string, children, indentation: indentation, stack: &stack, into: &output) }
        case is String, is [String: Any]:
            renderPushing(value!, children, indentation: indentation, stack: &stack, into: &output)
        case let sequence as [Any]:
            for element in sequence { renderPushing(element, children, indentation: indentation, stack: &stack, into: &output) }
        case .some(let object):
            renderPushing(object, children, indentation: indentation, stack: &stack, into: &output)
        }
    }

    private func renderInverted(_ children: [TemplateNode], value: Any?, indentation: [UInt8], stack: inout [Any], into output: inout [UInt8]) {
        switch value {
        case .none:
            render(children, indentation: indentation, stack: &stack, into: &output)
        case let flag as Bool:
            if !flag { render(children, indentation: indentation, stack: &stack, into: &output) }
        case is String, is [String: Any]:
            return
        case let sequence as [Any]:
            // swift-mustache renders an empty sequence's inverted section with the sequence as context.
            if sequence.isEmpty { renderPushing(sequence, children, indentation: indentation, stack: &stack, into: &output) }
        case .some:
            return
        }
    }

    private func renderPushing(_ object: Any, _ children: [TemplateNode], indentation: [UInt8], stack: inout [Any], into output: inout [UInt8]) {
        stack.append(object)
        render(children, indentation: indentation, stack: &stack, into: &output)
        stack.removeLast()
    }

    /// The value `name` stands for, looked up as Mustache (swift-mustache's `getChild`) does.
    static func resolve(_ name: TemplateName, in stack: [Any]) -> Any? {
        guard var value = stack.last else { return nil }
        var components = name.components[...]
        switch name.scope {
        case .current, .currentOnly:
            break
        case .stack:
            guard let first = components.popFirst() else { return value }
            guard let found = stack.reversed().lazy.compactMap({ child(named: first, of: $0) }).first else { return nil }
            value = found
        }
        for component in components {
            guard let next = child(named: component, of: value) else { return nil }
            value = next
        }
        return value
    }

    /// `object`'s member `name`: a dictionary entry, or (for other types) the stored property found
    /// by reflection, unwrapped when it is an optional.
    static func child(named name: String, of object: Any) -> Any? {
        // Exact types first: a conditional cast between dictionary types (`as? [String: String]` on a
        // `[String: Any]`, or the reverse) converts every element, which costs more than the lookup.
        let dynamicType = type(of: object)
        if dynamicType == [String: Any].self { return (object as! [String: Any])[name] }
        if dynamicType == [String: String].self { return (object as! [String: String])[name] }
        switch object {
        case is String, is Bool, is [[String: Any]], is [String]:
            return nil
        case let dictionary as [String: Any]:
            return dictionary[name]
        default:
            guard let match = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return nil }
            let optional = Mirror(reflecting: match.value)
            guard optional.displayStyle == .optional else { return match.value }
            return optional.children.first?.value
        }
    }

    /// Appends a value's text, escaped by `MarkupEscaper`.
    private static func appendEscaped(_ value: Any, to output: inout [UInt8]) {
        var text: String
        switch value {
        case let string as String: text = string
        case let optional as any OptionalValue: text = String(describing: optional.wrappedOrSelf)
        default: text = String(describing: value)
        }
        text.withUTF8 { bytes in MarkupEscaper.appendEscaped(bytes, to: &output) }
    }
}

/// An optional stored in an `Any`: swift-mustache prints the wrapped value, not `Optional(…)`.
private protocol OptionalValue {
    var wrappedOrSelf: Any { get }
}

extension Optional: OptionalValue {
    var wrappedOrSelf: Any {
        switch self {
        case .some(let wrapped): return wrapped
        case .none: return self as Any
        }
    }
}
