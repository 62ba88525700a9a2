import Foundation
import ServiceBenchTestSupport
import Testing
@testable import ServiceBenchCore

/// Workbooks that must be refused with a clear error naming the file: broken, not a workbook,
/// encrypted, missing parts, zip bombs, huge sheets, DTDs and entities.
@Suite("Workbook reader: refused files")
struct WorkbookSafetyTests {
    typealias Fixture = WorkbookFixture

    static let small = Fixture(sheets: [Fixture.Sheet(name: "KPIs", rows: Fixture.row(1, [("A1", "", "<v>1</v>")]))])

    static func error(_ bytes: [UInt8], name: String = "kpis.xlsx", limits: WorkbookLimits = WorkbookLimits()) -> CoreError? {
        WorkbookReaderTests.error(bytes, name: name, limits: limits)
    }

    /// Sets the uncompressed size every directory record and local header declares for `path`.
    static func declare(_ size: UInt32, for path: String, in bytes: inout [UInt8]) {
        let name = Array(path.utf8)
        for offset in 0..<(bytes.count - 46) {
            let isCentral = bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 1, 2])
            let isLocal = bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 3, 4])
            guard isCentral || isLocal else { continue }
            let nameAt = offset + (isCentral ? 46 : 30)
            guard nameAt + name.count <= bytes.count, bytes[nameAt..<nameAt + name.count].elementsEqual(name) else { continue }
            let sizeAt = offset + (isCentral ? 24 : 22)
            for index in 0..<4 { bytes[sizeAt + index] = UInt8((size >> (8 * UInt32(index))) & 0xFF) }
        }
    }

    @Test("a workbook cut short is a broken archive")
    func truncated() throws {
        let bytes = try Self.small.bytes()
        for length in [bytes.count / 2, bytes.count - 10, 30] {
            let error = try #require(Self.error(Array(bytes.prefix(length))))
            #expect(error.code == .badWorkbook)
            #expect(error.exitCode == .dataError)
            #expect(error.location?.file == "kpis.xlsx")
            #expect(error.message.contains("ZIP archive cannot be read"), "\(length): \(error.message)")
        }
    }

    @Test("a CSV or text file named .xlsx, an old .xls or an encrypted workbook")
    func notWorkbooks() throws {
        let csv = try #require(Self.error(Array("company,period\n".utf8)))
        #expect(csv.message.contains("not an Excel .xlsx workbook"))
        let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        let xls = try #require(Self.error(compound, name: "kpis.xls"))
        #expect(xls.message.contains("old Excel .xls workbook or a password-protected .xlsx"))
        #expect(xls.exitCode == .dataError)
        let empty = try #require(Self.error([]))
        #expect(empty.code == .badWorkbook)
    }

    @Test("a workbook without its sheet part, or without its workbook part", arguments: ["xl/worksheets/sheet1.xml", "xl/workbook.xml"])
    func missingPart(_ path: String) throws {
        var fixture = Self.small
        fixture.omittedParts = [path]
        let error = try #require(Self.error(try fixture.bytes()))
        #expect(error.message.contains("has no part '\(path)'"))
        #expect(error.exitCode == .dataError)
    }

    @Test("a part of zeros that decompresses far past its compressed size (a zip bomb) is refused by its ratio")
    func ratioBomb() throws {
        var fixture = Self.small
        fixture.extraParts["xl/sharedStrings.xml"] = [UInt8](repeating: 0, count: 8 << 20)
        let error = try #require(Self.error(try fixture.bytes()))
        #expect(error.message.contains("'xl/sharedStrings.xml' would decompress"))
        #expect(error.message.contains("zip bomb"))
    }

    @Test("a part declaring more than the bound is refused before it is inflated")
    func declaredBomb() throws {
        var fixture = Self.small
        fixture.extraParts["xl/sharedStrings.xml"] = [UInt8](repeating: 0, count: 3 << 20)
        var limits = WorkbookLimits()
        limits.partBytes = 1 << 20
        let error = try #require(Self.error(try fixture.bytes(), limits: limits))
        #expect(error.message.contains("declares 3145728 bytes once decompressed, more than the 1048576 bytes allowed"))
    }

    @Test("a part inflating past the size it declares stops at that size")
    func lyingBomb() throws {
        var fixture = Self.small
        fixture.extraParts["xl/sharedStrings.xml"] = [UInt8](repeating: 0, count: 4 << 20)
        var bytes = try fixture.bytes()
        Self.declare(1_000, for: "xl/sharedStrings.xml", in: &bytes)
        let error = try #require(Self.error(bytes))
        #expect(error.message.contains("decompresses to more than the 1000 bytes its directory declares"))
    }

    @Test("a deflated part whose stream does not end before its data does is an error, not a wait")
    func unendingStream() throws {
        // A stored deflate block announcing 65,535 bytes, of which only 3 follow.
        let stream: [UInt8] = [0x00, 0xFF, 0xFF, 0x00, 0x00, 0x61, 0x62, 0x63]
        var bytes = try Fixture.zip(["_rels/.rels": stream], stored: true)
        // Stored by the writer (method 0); declared deflated (8) in both headers.
        for offset in 0..<(bytes.count - 4) where bytes[offset] == 0x50 && bytes[offset + 1] == 0x4B {
            if bytes[offset + 2] == 3 && bytes[offset + 3] == 4 { bytes[offset + 8] = 8 }
            if bytes[offset + 2] == 1 && bytes[offset + 3] == 2 { bytes[offset + 10] = 8 }
        }
        var archive = try WorkbookArchive(bytes: bytes, name: "kpis.xlsx", limits: WorkbookLimits())
        #expect(throws: CoreError.self) { _ = try archive.read("_rels/.rels") }
    }

    @Test("more entries than the bound")
    func tooManyEntries() throws {
        var parts: [String: [UInt8]] = [:]
        for index in 0..<20 { parts["media/image\(index).png"] = [1, 2, 3] }
        var limits = WorkbookLimits()
        limits.entries = 10
        let error = try #require(Self.error(try Fixture.zip(parts), limits: limits))
        #expect(error.message.contains("lists 20 entries, more than the 10"))
    }

    @Test("more rows or cells than the bound, named at the row past it")
    func hugeSheet() throws {
        let rows = (1...50).map { Fixture.row($0, [("A\($0)", "", "<v>\($0)</v>"), ("B\($0)", "", "<v>1</v>")]) }.joined()
        let fixture = Fixture(sheets: [Fixture.Sheet(name: "Big", rows: rows)])
        var limits = WorkbookLimits()
        limits.rows = 20
        let rowError = try #require(Self.error(try fixture.bytes(), limits: limits))
        #expect(rowError.message.contains("more than 20 rows"))
        #expect(rowError.location?.description == "kpis.xlsx, sheet Big, row 21")
        limits = WorkbookLimits()
        limits.cells = 30
        let cellError = try #require(Self.error(try fixture.bytes(), limits: limits))
        #expect(cellError.message.contains("more than 30 cells"))
        #expect(cellError.location?.description == "kpis.xlsx, sheet Big, cell A16")
    }

    @Test("a stray cell far right does not multiply every row past the bound")
    func strayCell() throws {
        let rows = Fixture.row(1, [("A1", "", "<v>1</v>"), ("XFD1", "", "<v>2</v>")])
            + (2...200).map { Fixture.row($0, [("A\($0)", "", "<v>\($0)</v>")]) }.joined()
        let error = try #require(Self.error(try Fixture(sheets: [Fixture.Sheet(name: "S", rows: rows)]).bytes()))
        #expect(error.message.contains("span 200 rows and 16384 columns (3276800 cells once filled)"))
        #expect(error.location?.description == "kpis.xlsx, sheet S")
    }

    @Test("rows out of order or repeated are refused (no cell silently replaced)")
    func rowsOutOfOrder() throws {
        let rows = Fixture.row(2, [("A2", "", "<v>1</v>")]) + Fixture.row(2, [("A2", "", "<v>2</v>")])
        let error = try #require(Self.error(try Fixture(sheets: [Fixture.Sheet(name: "S", rows: rows)]).bytes()))
        #expect(error.message.contains("row 2 comes after row 2"))
        let cells = Fixture.row(1, [("B1", "", "<v>1</v>"), ("A1", "", "<v>2</v>")])
        let cellError = try #require(Self.error(try Fixture(sheets: [Fixture.Sheet(name: "S", rows: cells)]).bytes()))
        #expect(cellError.location?.description == "kpis.xlsx, sheet S, cell A1")
    }

    @Test("a part with a DTD or an entity is refused, the entity never expanded", arguments: [
        "<!DOCTYPE sst [<!ENTITY boom \"BOOM\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&boom;</t></si></sst>",
        "<!DOCTYPE sst SYSTEM \"file:///etc/passwd\"><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>x</t></si></sst>",
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&boom;</t></si></sst>",
    ])
    func documentTypes(_ text: String) throws {
        var fixture = Self.small
        fixture.sharedStrings = ["x"]
        fixture.extraParts["xl/sharedStrings.xml"] = Array(text.utf8)
        let error = try #require(Self.error(try fixture.bytes()))
        #expect(error.code == .badWorkbook)
        #expect(error.message.contains("'xl/sharedStrings.xml'"))
        #expect(!error.message.contains("BOOM"))
    }

    @Test("a part that is not well-formed XML names the part and the line")
    func malformed() throws {
        var fixture = Self.small
        fixture.extraParts["xl/worksheets/sheet1.xml"] = Array("<worksheet><sheetData>\n<row r=\"1\"><c r=\"A1\"><v>1</v></row>".utf8)
        let error = try #require(Self.error(try fixture.bytes()))
        #expect(error.message.contains("the part 'xl/worksheets/sheet1.xml' is not well-formed XML (line 2"))
    }

    @Test("a shared string index the workbook does not have")
    func badSharedString() throws {
        let fixture = Fixture(sheets: [Fixture.Sheet(name: "S", rows: Fixture.row(3, [("C3", "t=\"s\"", "<v>7</v>")]))])
        let error = try #require(Self.error(try fixture.bytes()))
        #expect(error.location?.description == "kpis.xlsx, sheet S, cell C3")
        #expect(error.message.contains("shared string '7'"))
    }
}
