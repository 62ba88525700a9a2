import CLibXML2
import Foundation
import Testing
@testable import ServiceBenchCore

private typealias F = ReferenceDataFixtures

/// The reference data schema is built in and self-contained: a data directory's own .xsd is not read,
/// and a schema that would reach outside (include, import, redefine, DTD) is refused before libxml2
/// reads anything.
@Suite struct ReferenceSchemaTests {
    @Test func theBuiltInSchemaIsTheBundledFile() throws {
        let file = try Data(contentsOf: URL(fileURLWithPath: F.schemaPath))
        #expect(Array(ReferenceSchema.text.utf8) == Array(file), "run .ci/embed-schema after editing \(F.schemaPath)")
    }

    @Test func theBuiltInSchemaCompiles() throws {
        _ = try ReferenceSchema.compiled.get()
    }

    // MARK: - A data directory cannot reach outside

    /// A data directory whose .xsd includes a schema over HTTP: the directory loads (with the built-in
    /// schema) and no connection reaches the loopback listener the include names.
    @Test(.timeLimit(.minutes(1))) func anHTTPIncludeInTheDataDirectoryMakesNoConnection() throws {
        let listener = try LoopbackListener()
        let directory = try F.directory(study: F.study(F.validBody))
        try Self.hostileSchema(including: "http://127.0.0.1:\(listener.port)/x.xsd").write(
            to: directory.appendingPathComponent(ReferenceDataLoader.schemaFileName), atomically: true, encoding: .utf8)
        #expect(F.problems(directory).isEmpty)
        #expect(!listener.hasPendingConnection)
    }

    /// A data directory whose .xsd includes a FIFO (which nobody writes): loading does not block.
    @Test(.timeLimit(.minutes(1))) func aFIFOIncludeInTheDataDirectoryDoesNotBlock() throws {
        let directory = try F.directory(study: F.study(F.validBody))
        let fifo = directory.appendingPathComponent("blocking.xsd").path
        #expect(mkfifo(fifo, 0o600) == 0)
        try Self.hostileSchema(including: fifo).write(
            to: directory.appendingPathComponent(ReferenceDataLoader.schemaFileName), atomically: true, encoding: .utf8)
        #expect(F.problems(directory).isEmpty)
    }

    /// A data directory's .xsd cannot change what is valid: one that accepts no document at all is ignored.
    @Test func theDataDirectorySchemaIsNotRead() throws {
        let directory = try F.directory(study: F.study(F.validBody))
        try Self.hostileSchema(including: nil).write(
            to: directory.appendingPathComponent(ReferenceDataLoader.schemaFileName), atomically: true, encoding: .utf8)
        #expect(F.problems(directory).isEmpty)
    }

    // MARK: - XMLSchema refuses what reaches outside

    /// Each way a schema document can name another one is refused, with the element's line; the HTTP
    /// one without connecting, the FIFO one without blocking.
    @Test(.timeLimit(.minutes(1)), arguments: ["include", "import", "redefine"])
    func aSchemaNamingAnotherDocumentIsRefused(element: String) throws {
        let listener = try LoopbackListener()
        let directory = try F.directory([:])
        let fifo = directory.appendingPathComponent("blocking.xsd").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for location in ["http://127.0.0.1:\(listener.port)/x.xsd", fifo, F.schemaPath] {
            let text = """
                <?xml version="1.0"?>
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:\(element) schemaLocation="\(location)"\(element == "import" ? " namespace=\"urn:x\"" : "")/>
                  <xs:element name="r" type="xs:string"/>
                </xs:schema>
                """
            #expect {
                _ = try XMLSchema(bytes: Array(text.utf8), name: "hostile.xsd")
            } throws: { error in
                let issue = (error as? XMLParseFailure)?.issues.first
                return issue?.line == 3 && issue?.message.contains("xs:\(element)") == true && issue?.message.contains(location) == true
            }
        }
        #expect(!listener.hasPendingConnection)
    }

    /// A schema with a DTD is refused, so its entities are never substituted (the file stays unread).
    @Test func aSchemaWithADTDIsRefused() throws {
        let directory = try F.directory([:])
        let secret = directory.appendingPathComponent("secret.txt")
        try "fr".write(to: secret, atomically: true, encoding: .utf8)
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE xs:schema [<!ENTITY x SYSTEM "\(secret.absoluteString)">]>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:annotation><xs:documentation>&x;</xs:documentation></xs:annotation>
              <xs:element name="r" type="xs:string"/>
            </xs:schema>
            """
        #expect {
            _ = try XMLSchema(bytes: Array(text.utf8), name: "entity.xsd")
        } throws: { error in
            (error as? XMLParseFailure)?.issues.first?.message.contains("DTD") == true
        }
    }

    /// An external entity naming a file stays unread even when libxml2 is asked to substitute entities
    /// (as it does for the schemas it includes): the process-wide entity loader refuses every file.
    /// (libxml2 is called directly here, with the option ServiceBench never uses, to probe the loader.)
    @Test func theEntityLoaderRefusesFiles() throws {
        LibXML2.initialize()
        let directory = try F.directory([:])
        let secret = directory.appendingPathComponent("secret.txt")
        try "the secret".write(to: secret, atomically: true, encoding: .utf8)
        let text = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"\(secret.absoluteString)\">]><r>&x;</r>"
        let options = Int32(XML_PARSE_NOENT.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = xmlReadMemory(text, Int32(text.utf8.count), "probe.xml", "UTF-8", options)
        defer { if let document { xmlFreeDoc(document) } }
        let content = document.flatMap { xmlDocGetRootElement($0) }.flatMap { xmlNodeGetContent($0) }
        defer { if let content { sb_xmlFree(content) } }
        #expect(content.map { String(cString: $0) }?.contains("the secret") != true)
    }

    // MARK: - NonEmptyText

    /// Titles the schema accepts and refuses; the long ones (200,000 characters) are checked in linear
    /// time (the former pattern `.*\S.*` backtracked: 4 s for 32,000 characters ending in a line break).
    @Test(arguments: [
        ("Title", true), ("  Title", true), ("\tTitle  ", true), ("T", true),
        ("", false), ("   ", false), ("\t", false), ("Two\nlines", false),
        (String(repeating: "a", count: 200_000), true),
        (String(repeating: "a", count: 200_000) + "\n", false),
        (String(repeating: " ", count: 200_000), false),
        (String(repeating: " ", count: 200_000) + "a", true),
    ])
    func aTitleIsOneNonBlankLine(title: String, valid: Bool) throws {
        let study = F.study(F.validBody).replacingOccurrences(of: "<title>Title</title>", with: "<title>\(title)</title>")
        let problems = F.problems(try F.directory(study: study))
        if valid {
            #expect(problems.isEmpty)
        } else {
            #expect(!problems.isEmpty)
            #expect(problems.allSatisfy { $0.exitCode == .dataError && $0.message.contains("title") })
        }
    }

    // MARK: - Helpers

    /// A schema that accepts no reference data document (its only element is `nothing`), including
    /// `location` when given.
    static func hostileSchema(including location: String?) -> String {
        """
        <?xml version="1.0"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          \(location.map { "<xs:include schemaLocation=\"\($0)\"/>" } ?? "")
          <xs:element name="nothing" type="xs:string"/>
        </xs:schema>
        """
    }
}

/// A TCP socket listening on 127.0.0.1 (a free port) that never accepts: a connection attempt
/// completes in the kernel's backlog, where `hasPendingConnection` finds it.
final class LoopbackListener {
    private let socketDescriptor: Int32
    let port: UInt16

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 8) == 0 else {
            close(descriptor)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        socketDescriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(socketDescriptor) }

    /// Whether a client has connected (accepts it, without blocking, to find out).
    var hasPendingConnection: Bool {
        let client = accept(socketDescriptor, nil, nil)
        if client >= 0 { close(client) }
        return client >= 0
    }
}
