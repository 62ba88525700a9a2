import CLibXML2

/// A compiled W3C XML Schema (XSD). Owns and frees its libxml2 structures. Sendable: the compiled
/// schema is never changed after `init`, and each validation makes its own libxml2 context.
///
/// The schema must be self-contained: it is parsed as `XMLDocument` parses data (network off, no
/// entity substitution, no DTD loading), a DTD is refused, and so is any `xs:include`, `xs:import`
/// or `xs:redefine` (libxml2 would read those with entity substitution on, from any file, FIFO or
/// URL). The process-wide entity loader refuses every external resource as a second barrier.
package final class XMLSchema: @unchecked Sendable {
    private let pointer: xmlSchemaPtr

    /// The XML Schema namespace.
    static let namespace = "http://www.w3.org/2001/XMLSchema"

    /// Elements that make libxml2 read another schema document.
    static let compositionElements: Set<String> = ["include", "import", "redefine", "override"]

    /// Compiles the schema held in `bytes`. Throws when the text is not well formed, declares a DTD,
    /// refers to another schema document, or cannot be compiled.
    package init(bytes: [UInt8], name: String) throws(XMLParseFailure) {
        LibXML2.initialize()
        let document = try XMLDocument(bytes: bytes, name: name)
        try Self.checkSelfContained(document)
        let (compiled, issues) = IssueCollector.collecting { () -> xmlSchemaPtr? in
            guard let context = xmlSchemaNewDocParserCtxt(document.pointer) else { return nil }
            defer { xmlSchemaFreeParserCtxt(context) }
            return xmlSchemaParse(context)
        }
        guard let compiled else {
            throw XMLParseFailure(issues: issues.isEmpty ? [XMLIssue(line: 0, column: nil, message: "the schema cannot be compiled")] : issues)
        }
        self.pointer = compiled
    }

    deinit { xmlSchemaFree(pointer) }

    /// Refuses a DTD and every `xs:include`, `xs:import`, `xs:redefine` (top-level children of `xs:schema`,
    /// the only place the XSD grammar allows them).
    private static func checkSelfContained(_ document: XMLDocument) throws(XMLParseFailure) {
        if document.hasDocumentType {
            throw XMLParseFailure(issues: [XMLIssue(line: 1, column: nil, message: "the schema declares a DTD (<!DOCTYPE …>); a schema must not declare one")])
        }
        let outside = document.root?.children.filter { $0.namespaceURI == namespace && compositionElements.contains($0.name) } ?? []
        guard outside.isEmpty else {
            throw XMLParseFailure(issues: outside.map { element in
                let location = element.attribute("schemaLocation").map { " of '\($0)'" } ?? ""
                return XMLIssue(
                    line: element.line, column: nil,
                    message: "xs:\(element.name)\(location) is refused: the schema must be self-contained (no xs:include, xs:import or xs:redefine)")
            })
        }
    }

    func validate(_ document: xmlDocPtr) -> [XMLIssue] {
        let collector = IssueCollector()
        guard let context = xmlSchemaNewValidCtxt(pointer) else {
            return [XMLIssue(line: 0, column: nil, message: "libxml2 could not allocate a schema validator")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let unmanaged = Unmanaged.passUnretained(collector)
        xmlSchemaSetValidStructuredErrors(context, { userData, error in
            guard let userData, let error else { return }
            Unmanaged<IssueCollector>.fromOpaque(userData).takeUnretainedValue().add(error)
        }, unmanaged.toOpaque())
        let result = xmlSchemaValidateDoc(context, document)
        if result != 0 && collector.issues.isEmpty {
            return [XMLIssue(line: 0, column: nil, message: "the document does not follow the schema")]
        }
        return collector.issues
    }
}
