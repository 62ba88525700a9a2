import ServiceBenchCore

/// One template file as `TemplateCompiler` leaves it: the nodes to bind, and what `PartialGraph`
/// needs to check the set at load time (which partials it includes, where, and how deep it nests).
struct CompiledTemplate: Sendable {
    /// A `{{>name}}` tag of the template.
    struct PartialTag: Sendable, Equatable {
        /// The partial's name (its file name without `.mustache`).
        let name: String
        /// 1-based line and column (in Unicode scalars) of the tag's `{{`.
        let line: Int
        let column: Int
        /// How many sections enclose the tag.
        let enclosingSections: Int
    }

    let nodes: [TemplateNode]
    /// Every partial tag, in the order of the text.
    let partials: [PartialTag]
    /// The deepest nesting of sections in the template itself (0 when it has none).
    let sectionDepth: Int
    /// The template's file (named in errors) and its text, to turn a tag's offset into a line and column.
    let file: String
    let bytes: [UInt8]

    /// Where the tag whose `{{` is at byte `offset` stands.
    func location(of offset: Int) -> SourceLocation {
        let (line, column) = TextPositions.lineAndColumn(of: offset, in: bytes)
        return SourceLocation(file: file, line: line, column: column)
    }
}
