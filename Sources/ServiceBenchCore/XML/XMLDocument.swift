import CLibXML2

/// A problem libxml2 reported, with the 1-based line (and column where libxml2 gives one).
package struct XMLIssue: Sendable, Hashable {
    package var line: Int
    package var column: Int?
    package var message: String
}

/// A parsed XML document. Owns its libxml2 tree and frees it; no libxml2 type leaves this file and
/// `XMLSchema.swift`.
///
/// Parsing is always done with the network off (`XML_PARSE_NONET`), without entity substitution and
/// without DTD loading or validation, and libxml2's external entity loader refuses everything (see
/// `LibXML2.initialize`), so nothing outside the given bytes is ever read.
package final class XMLDocument {
    let pointer: xmlDocPtr
    /// The name used in messages.
    package let name: String

    /// libxml2 options: no network, no DTD loading, no entity substitution, errors collected not printed.
    static let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// Parses `bytes`. Throws the problems found, with their lines, when the text is not well formed.
    package init(bytes: [UInt8], name: String) throws(XMLParseFailure) {
        LibXML2.initialize()
        let context = xmlNewParserCtxt()
        guard let context else { throw XMLParseFailure(issues: [XMLIssue(line: 0, column: nil, message: "libxml2 could not allocate a parser")]) }
        defer { xmlFreeParserCtxt(context) }
        let (document, issues) = IssueCollector.collecting {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) { base in
                    xmlCtxtReadMemory(context, base, Int32(buffer.count), name, "UTF-8", Self.parseOptions)
                }
            }
        }
        guard let document, context.pointee.wellFormed != 0, issues.isEmpty else {
            if let document { xmlFreeDoc(document) }
            throw XMLParseFailure(issues: issues.isEmpty ? [XMLIssue(line: 1, column: nil, message: "the document is not well-formed XML")] : issues)
        }
        self.pointer = document
        self.name = name
    }

    deinit { xmlFreeDoc(pointer) }

    /// Whether the document declares a DTD (`<!DOCTYPE …>`, internal subset or external identifier).
    package var hasDocumentType: Bool { pointer.pointee.intSubset != nil || pointer.pointee.extSubset != nil }

    /// The root element.
    package var root: XMLElement? {
        xmlDocGetRootElement(pointer).map { XMLElement(node: $0, document: self) }
    }

    /// Validates the document against `schema`; returns every violation (empty when valid).
    package func validate(against schema: XMLSchema) -> [XMLIssue] {
        schema.validate(pointer)
    }
}

/// The document could not be parsed; every problem libxml2 reported.
package struct XMLParseFailure: Error, Sendable {
    package var issues: [XMLIssue]
}

/// An element of a parsed document. Keeps its document alive.
package struct XMLElement {
    private let node: xmlNodePtr
    private let document: XMLDocument

    fileprivate init(node: xmlNodePtr, document: XMLDocument) {
        self.node = node
        self.document = document
    }

    /// The local name (`study`).
    package var name: String { String(cString: node.pointee.name) }

    /// The namespace URI (`http://www.w3.org/2001/XMLSchema` for `xs:include`), nil when none.
    package var namespaceURI: String? {
        guard let namespace = node.pointee.ns, let href = namespace.pointee.href else { return nil }
        return String(cString: href)
    }

    /// 1-based line of the start tag.
    package var line: Int { Int(xmlGetLineNo(node)) }

    /// The value of attribute `name`, nil when absent.
    package func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { sb_xmlFree(value) }
        return String(cString: value)
    }

    /// The text content of the element and its descendants.
    package var text: String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { sb_xmlFree(value) }
        return String(cString: value)
    }

    /// Child elements, in document order.
    package var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(node: current, document: document)) }
            child = current.pointee.next
        }
        return result
    }

    /// Child elements called `name`.
    package func children(named name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    /// The first child element called `name`.
    package func child(named name: String) -> XMLElement? {
        children.first { $0.name == name }
    }
}

/// Collects libxml2's structured errors during one parse or validation.
final class IssueCollector {
    private(set) var issues: [XMLIssue] = []

    /// Runs `body` with libxml2's errors (of this thread) going to a new collector; returns what
    /// `body` returned and the problems reported meanwhile.
    static func collecting<T>(_ body: () -> T) -> (T, [XMLIssue]) {
        let collector = IssueCollector()
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collector).toOpaque(), { userData, error in
            guard let userData, let error else { return }
            Unmanaged<IssueCollector>.fromOpaque(userData).takeUnretainedValue().add(error)
        })
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let result = withExtendedLifetime(collector) { body() }
        return (result, collector.issues)
    }

    func add(_ error: UnsafePointer<xmlError>) {
        let raw = error.pointee.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        let message = raw.trimmingWhitespace()
        let column = error.pointee.int2 > 0 ? Int(error.pointee.int2) : nil
        issues.append(XMLIssue(line: Int(error.pointee.line), column: column, message: message))
    }
}

/// One-time libxml2 set-up: the parser's globals, and an external entity loader that refuses every
/// file and URL (libxml2 would otherwise open a `SYSTEM` entity's file, a FIFO that blocks forever,
/// or an `http://` schema include, whatever the parse options say for the included document).
enum LibXML2 {
    private static let once: Void = {
        xmlInitParser()
        sb_refuseExternalEntities()
    }()

    static func initialize() { _ = once }
}
