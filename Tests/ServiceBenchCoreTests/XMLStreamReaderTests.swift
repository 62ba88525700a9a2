import Testing
@testable import ServiceBenchCore

/// The streaming XML reader: nodes in order, empty elements closed, attributes by local name, and
/// DTDs and entities refused.
@Suite("XML stream reader")
struct XMLStreamReaderTests {
    static func nodes(_ text: String) throws -> [XMLStreamReader.Node] {
        let reader = try XMLStreamReader(bytes: Array(text.utf8), name: "t.xml")
        var nodes: [XMLStreamReader.Node] = []
        while let node = try reader.next() { nodes.append(node) }
        return nodes
    }

    @Test("elements, empty elements, text and CDATA in document order, by local name")
    func order() throws {
        let nodes = try Self.nodes("<?xml version=\"1.0\"?><!-- c --><x:a xmlns:x=\"urn:x\"><b/>t&amp;u<![CDATA[<v>]]></x:a>")
        #expect(nodes == [.start("a"), .start("b"), .end("b"), .text("t&u"), .text("<v>"), .end("a")])
    }

    @Test("attributes by local name, in any namespace; namespace declarations are not attributes")
    func attributes() throws {
        let reader = try XMLStreamReader(bytes: Array("<s xmlns:r=\"urn:r\" name=\"KPIs\" r:id=\"rId1\"/>".utf8), name: "t.xml")
        #expect(try reader.next() == .start("s"))
        #expect(reader.attribute("name") == "KPIs")
        #expect(reader.attribute("id") == "rId1")
        #expect(reader.attribute("r") == nil)
        #expect(reader.attribute("missing") == nil)
        #expect(try reader.next() == .end("s"))
        #expect(try reader.next() == nil)
    }

    @Test("a DTD, an entity or bad XML is an error with its line", arguments: [
        ("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>", "DTD"),
        ("<a>\n&e;</a>", "line 2"),
        ("<a><b></a>", "line 1"),
        ("", "line"),
    ])
    func refused(_ example: (text: String, expected: String)) {
        do {
            _ = try Self.nodes(example.text)
            Issue.record("read \(example.text)")
        } catch {
            let issues = (error as? XMLParseFailure)?.issues ?? []
            let described = issues.map { "line \($0.line): \($0.message)" }.joined(separator: "; ")
            #expect(described.contains(example.expected), "\(described)")
        }
    }
}
