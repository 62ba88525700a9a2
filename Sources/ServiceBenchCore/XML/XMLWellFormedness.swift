import CLibXML2

/// Checks that bytes are well-formed XML without building a document: libxml2 parses them with a SAX
/// handler that does nothing, so there is no tree to allocate and free. The options are
/// `XMLDocument`'s (network off, no DTD loading, no entity substitution), and the bytes are read as
/// UTF-8 whatever their XML declaration says, as `XMLDocument` reads them.
///
/// For a document without a DTD (the reports) it gives `XMLDocument`'s verdict. With an internal
/// subset the two can differ: declarations are not recorded here, so a reference to a declared
/// entity is an error, and a redefined element or attribute list is not.
package enum XMLWellFormedness {
    /// Throws every problem libxml2 reports, with its line, when `bytes` is not well-formed XML.
    package static func check(_ bytes: [UInt8]) throws(XMLParseFailure) {
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
                    xmlCtxtUseOptions(context, XMLDocument.parseOptions | Int32(XML_PARSE_IGNORE_ENC.rawValue))
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
