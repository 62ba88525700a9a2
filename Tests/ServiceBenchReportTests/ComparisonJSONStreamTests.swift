import Testing
@testable import ServiceBenchCore
@testable import ServiceBenchReport

/// The JSON of a panel is written one company at a time; joined, the pieces are the document's bytes.
@Suite struct ComparisonJSONStreamTests {
    @Test(arguments: [0, 1, 2, 3])
    func thePiecesAreTheDocument(companies: Int) throws {
        let comparisons = Array(Fixture.panel.prefix(companies))
        var pieces: [[UInt8]] = []
        ComparisonJSON.stream(comparisons) { (piece: [UInt8]) in pieces.append(piece) }
        #expect(pieces.joined().elementsEqual(ComparisonJSON.document(comparisons).serializedBytes()))
        // One piece per company (between the brackets) when there are several: memory holds one at a time.
        #expect(pieces.count == (companies > 1 ? companies + 2 : 1))
    }
}
