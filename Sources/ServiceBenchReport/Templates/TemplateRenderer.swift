/// Renders bound templates (`TemplateBinder`) over the report's views, straight into UTF-8 bytes:
/// the report's hot path, and the only renderer of the reports.
///
/// It gives the bytes swift-mustache 2.1.1 (the test oracle) gives for the same template and views:
/// sections over flags, optional texts, optional parts and lists behave as there, values are escaped
/// by `MarkupEscaper`, and inside a partial whose tag stood indented alone on its line the lines it
/// adds are indented the same way. No name is looked up while rendering: the binder resolved them.
/// The recursion follows the templates' nesting, which `PartialGraph` bounds at load time.
struct TemplateRenderer {
    private var stack: [TemplateFrame]
    private(set) var output: [UInt8] = []

    /// A renderer whose context stack holds the root view.
    init(root: any TemplateView) {
        stack = [.view(root)]
        output.reserveCapacity(64 * 1024)
    }

    /// Appends `nodes` rendered to `output`. Inside a partial that stood indented alone on its line,
    /// swift-mustache renders each node apart and puts the indentation before a node's output when
    /// what this template has produced so far ends with `\n`; the same is done here, in that case only.
    mutating func render(_ nodes: [BoundNode], indentation: [UInt8]) {
        guard !indentation.isEmpty else {
            for node in nodes { render(node, indentation: indentation) }
            return
        }
        let start = output.count
        for node in nodes {
            let pieceStart = output.count
            render(node, indentation: indentation)
            guard output.count > pieceStart, pieceStart > start, output[pieceStart - 1] == 0x0A,
                pieceStart - start < 2 || output[pieceStart - 2] != 0x0D
            else { continue }
            output.insert(contentsOf: indentation, at: pieceStart)
        }
    }

    private mutating func render(_ node: BoundNode, indentation: [UInt8]) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .value(let lookup):
            if case .text(let text) = lookup.value(in: stack) { append(text) }
        case .current:
            if case .text(let text)? = stack.last { append(text) }
        case .flag(let lookup, let inverted, let children):
            guard case .flag(let flag) = lookup.value(in: stack), flag != inverted else { return }
            render(children, indentation: indentation)
        case .optionalText(let lookup, let inverted, let children):
            let value = lookup.value(in: stack)
            if inverted {
                if case .absent = value { render(children, indentation: indentation) }
            } else if case .text(let text) = value {
                renderInside(.text(text), children, indentation: indentation)
            }
        case .view(let lookup, let inverted, let children):
            let value = lookup.value(in: stack)
            if inverted {
                if case .absent = value { render(children, indentation: indentation) }
            } else if case .view(let view) = value {
                renderInside(.view(view), children, indentation: indentation)
            }
        case .list(let lookup, let inverted, let children):
            guard case .list(let list) = lookup.value(in: stack) else { return }
            if inverted {
                if list.count == 0 { renderInside(.emptyList, children, indentation: indentation) }
            } else {
                for index in 0..<list.count { renderInside(.view(list.element(at: index)), children, indentation: indentation) }
            }
        case .texts(let lookup, let inverted, let children):
            guard case .texts(let texts) = lookup.value(in: stack) else { return }
            if inverted {
                if texts.isEmpty { renderInside(.emptyList, children, indentation: indentation) }
            } else {
                for text in texts { renderInside(.text(text), children, indentation: indentation) }
            }
        case .partial(let nodes, let partialIndentation):
            render(nodes, indentation: indentation + partialIndentation)
        }
    }

    private mutating func renderInside(_ frame: TemplateFrame, _ children: [BoundNode], indentation: [UInt8]) {
        stack.append(frame)
        render(children, indentation: indentation)
        stack.removeLast()
    }

    /// Appends a text, escaped by `MarkupEscaper`.
    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes in MarkupEscaper.appendEscaped(bytes, to: &output) }
    }
}
