import CLibXML2

/// Reads an XML document node by node without building its tree (libxml2's `xmlTextReader`): memory
/// stays bounded by the deepest element, not by the document, so a worksheet of a million cells is
/// read as it goes. No libxml2 type leaves this file.
///
/// The options are `XMLDocument`'s: network off, no DTD loading, no entity substitution. A document
/// type declaration (`<!DOCTYPE …>`, with or without entities) is refused as soon as it is met, and
/// so is a reference to an entity it declares: the documents read this way (the parts of a workbook)
/// never have one. The encoding is the one the XML declaration names (UTF-8 when none).
///
/// An empty element (`<c/>`) gives a start and an end, like `<c></c>`.
package final class XMLStreamReader {
    /// What the reader stopped on.
    package enum Node: Sendable, Hashable {
        /// A start tag, by local name (`c` for `<x:c>`); its attributes are read with `attribute(_:)`
        /// before the next call to `next()`.
        case start(String)
        /// An end tag (or the end of an empty element), by local name.
        case end(String)
        /// Character data: text, CDATA or white space between tags.
        case text(String)
    }

    private let reader: OpaquePointer
    /// The bytes, owned here: libxml2 reads them in place while the reader lives.
    private let buffer: UnsafeMutableBufferPointer<CChar>
    private let collector = IssueCollector()
    /// The end of the empty element just returned, due at the next call.
    private var pendingEnd: String?
    /// The name used in messages.
    package let name: String

    /// A reader over `bytes`; `name` is used in libxml2's messages.
    package init(bytes: [UInt8], name: String) throws(XMLParseFailure) {
        LibXML2.initialize()
        let buffer = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(bytes.count, 1))
        bytes.withUnsafeBufferPointer { source in
            source.withMemoryRebound(to: CChar.self) { rebound in _ = buffer.initialize(from: rebound) }
        }
        guard bytes.count <= Int(Int32.max),
            let reader = xmlReaderForMemory(buffer.baseAddress, Int32(bytes.count), name, nil, XMLDocument.parseOptions)
        else {
            buffer.deallocate()
            throw XMLParseFailure(issues: [XMLIssue(line: 0, column: nil, message: "libxml2 could not allocate a reader (or the part is over 2 GiB)")])
        }
        self.reader = reader
        self.buffer = buffer
        self.name = name
        xmlTextReaderSetStructuredErrorHandler(reader, { userData, error in
            guard let userData, let error else { return }
            Unmanaged<IssueCollector>.fromOpaque(userData).takeUnretainedValue().add(error)
        }, Unmanaged.passUnretained(collector).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer.deallocate()
    }

    /// The 1-based line the parser has reached.
    package var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

    /// The next node, or nil at the end of the document. Throws what libxml2 reports when the text is
    /// not well-formed, and refuses a DTD or an entity reference.
    package func next() throws(XMLParseFailure) -> Node? {
        if let end = pendingEnd {
            pendingEnd = nil
            return .end(end)
        }
        while true {
            let status = xmlTextReaderRead(reader)
            if status < 0 || !collector.issues.isEmpty {
                throw XMLParseFailure(issues: collector.issues.isEmpty ? [XMLIssue(line: line, column: nil, message: "the part is not well-formed XML")] : collector.issues)
            }
            if status == 0 { return nil }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let name = localName
                if xmlTextReaderIsEmptyElement(reader) == 1 { pendingEnd = name }
                return .start(name)
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .end(localName)
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                return .text(xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? "")
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                throw XMLParseFailure(issues: [XMLIssue(line: line, column: nil, message: "the part declares a DTD (<!DOCTYPE …>), which is refused: no DTD and no entity is read")])
            case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue), Int32(XML_READER_TYPE_ENTITY.rawValue):
                throw XMLParseFailure(issues: [XMLIssue(line: line, column: nil, message: "the part refers to an entity (&\(localName);), which is refused: entities are not expanded")])
            default:
                continue  // comments, processing instructions, the XML declaration
            }
        }
    }

    /// The value of the current start tag's attribute whose local name is `localName` (in any
    /// namespace: `r:id` is `id`), nil when absent. Namespace declarations are not attributes here.
    package func attribute(_ localName: String) -> String? {
        defer { xmlTextReaderMoveToElement(reader) }
        var moved = xmlTextReaderMoveToFirstAttribute(reader)
        while moved == 1 {
            if xmlTextReaderIsNamespaceDecl(reader) != 1, xmlStrEqual(xmlTextReaderConstLocalName(reader), localName) == 1 {
                return xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
            }
            moved = xmlTextReaderMoveToNextAttribute(reader)
        }
        return nil
    }

    private var localName: String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }
}
