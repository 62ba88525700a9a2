import CLibXML2

/// A compiled W3C XML Schema (XSD). Owns and frees its libxml2 structures.
public final class XMLSchema {
    private let pointer: xmlSchemaPtr

    /// Compiles the schema held in `bytes`. The schema itself is parsed with the network off.
    public init(bytes: [UInt8], name: String) throws(XMLParseFailure) {
        LibXML2.initialize()
        let document = try XMLDocument(bytes: bytes, name: name)
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

