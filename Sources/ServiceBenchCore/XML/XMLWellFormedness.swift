import CLibXML2

/// Checks that bytes are well-formed XML without building a document: libxml2 parses them with a SAX
/// handler that does nothing, so there is no tree to allocate and free. The options are
/// `XMLDocument`'s (network off, no DTD loading, no entity substitution).
public enum XMLWellFormedness {
    /// Throws every problem libxml2 reports, with its line, when `bytes` is not well-formed XML.
    /// `name` is the document's name in libxml2's messages.
    public static func check(_ bytes: [UInt8], name: String) throws(XMLParseFailure) {
        LibXML2.initialize()
        guard !bytes.isEmpty else { throw XMLParseFailure(issues: [XMLIssue(line: 1, column: nil, message: "the document is empty")]) }
        let (wellFormed, issues) = IssueCollector.collecting { () -> Bool? in
            bytes.withUnsafeBufferPointer { buffer -> Bool? in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { base -> Bool? in
                    guard let context = sb_createTreelessParserCtxt(base, Int32(buffer.count)) else { return nil }
                    defer {
                        if let document = context.pointee.myDoc { xmlFreeDoc(document) }
                        xmlFreeParserCtxt(context)
                    }
                    xmlCtxtUseOptions(context, XMLDocument.parseOptions)
                    xmlParseDocument(context)
                    return context.pointee.wellFormed != 0
                }
            }
        }
        guard let wellFormed else { throw XMLParseFailure(issues: [XMLIssue(line: 0, column: nil, message: "libxml2 could not allocate a parser")]) }
        guard wellFormed, issues.isEmpty else {
            throw XMLParseFailure(issues: issues.isEmpty ? [XMLIssue(line: 1, column: nil, message: "the document is not well-formed XML")] : issues)
        }
    }
}
