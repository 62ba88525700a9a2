import Foundation
import Testing
@testable import ServiceBenchCore

/// The tree-less well-formedness check that every rendered report passes before it is written: on
/// documents without a DTD it accepts what `XMLDocument` accepts and rejects what it rejects with the
/// same line; it reads the bytes as UTF-8 whatever they declare, and reads nothing outside them.
@Suite struct XMLWellFormednessTests {
    static let documents: [(text: String, line: Int?)] = [
        ("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>a &amp; b &#160; &lt;</p></body></html>", nil),
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><rect x=\"1\"/></svg>", nil),
        ("<html>\n<body>\n<p>unclosed\n</body>\n</html>", 4),
        ("<html>\n<p>a&nbsp;b</p>\n</html>", 2),
        ("<html><br></html>", 1),
        ("<p a=\"1\" a=\"2\"/>", 1),
        ("<p>\n\n<", 3),
        ("", 1),
        ("<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n<p>é</p>", nil),
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<p>\u{FFFD}</p>", nil),
    ]

    @Test(arguments: documents)
    func agreesWithTheDocumentParser(text: String, line: Int?) {
        let bytes = Array(text.utf8)
        let treeless = Result { () throws(XMLParseFailure) in try XMLWellFormedness.check(bytes) }
        let parsed = Result { () throws(XMLParseFailure) in _ = try XMLDocument(bytes: bytes, name: "test.xhtml") }
        switch (treeless, parsed) {
        case (.success, .success):
            #expect(line == nil)
        case (.failure(let failure), .failure(let reference)):
            #expect(failure.issues.first?.line == line)
            #expect(failure.issues.first?.line == reference.issues.first?.line)
        default:
            Issue.record("the tree-less check and the document parser disagree on \(text.debugDescription)")
        }
    }

    /// Bytes that are not UTF-8 are rejected even when the document declares another encoding.
    @Test func bytesAreReadAsUTF8WhateverTheDeclaration() {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<p>".utf8) + [0xE9] + Array("</p>".utf8)
        #expect(throws: XMLParseFailure.self) { try XMLWellFormedness.check(bytes) }
        #expect(throws: XMLParseFailure.self) { _ = try XMLDocument(bytes: bytes, name: "latin1.xml") }
    }

    /// An external entity declared in the document is not read: its reference is an error.
    @Test func externalEntitiesAreNotRead() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("servicebench-secret-\(UUID().uuidString).txt")
        try "SECRET".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let text = "<!DOCTYPE p [<!ENTITY x SYSTEM \"\(secret.absoluteString)\">]>\n<p>&x;</p>"
        #expect(throws: XMLParseFailure.self) { try XMLWellFormedness.check(Array(text.utf8)) }
    }
}
