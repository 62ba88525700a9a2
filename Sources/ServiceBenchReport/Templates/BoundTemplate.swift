import ServiceBenchCore

/// A template checked against, and bound to, the view type it renders (`TemplateBinder`): it can
/// only be rendered with a view of that type.
struct BoundTemplate<Root: TemplateView>: Sendable {
    let nodes: [BoundNode]

    /// Binds the template `name` of `binder`'s set with `Root` as its root view.
    static func bind(_ name: String, with binder: inout TemplateBinder) throws(ReportError) -> BoundTemplate<Root> {
        BoundTemplate(nodes: try binder.bind(name, root: TemplateSchema(Root.self)))
    }

    /// Compiles, checks and binds a set of template texts (by name) with `Root` for the template
    /// `name`: what `TemplateSet.load` does for a directory, for templates held in memory.
    static func compile(_ sources: [String: String], root name: String, texts: [String: String] = [:], directory: String = ".") throws(ReportError) -> BoundTemplate<Root> {
        var compiled: [String: CompiledTemplate] = [:]
        for (templateName, text) in sources { compiled[templateName] = try TemplateCompiler.compile(text, file: "\(templateName).mustache") }
        try PartialGraph.check(compiled, directory: directory)
        var binder = TemplateBinder(templates: compiled, texts: texts)
        return try bind(name, with: &binder)
    }

    /// `root` rendered, as UTF-8 bytes.
    func render(_ root: Root) -> [UInt8] {
        var renderer = TemplateRenderer(root: root)
        renderer.render(nodes, indentation: [])
        return renderer.output
    }
}
