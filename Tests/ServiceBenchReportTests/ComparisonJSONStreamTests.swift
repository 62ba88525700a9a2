import Testing
@testable import ServiceBenchCore
@testable import ServiceBenchReport

/// The JSON of a panel is written one company at a time; joined, the pieces are the document's bytes.
@Suite struct ComparisonJSONStreamTests {
    @Test(arguments: [0, 1, 2, 3])
    func thePiecesAreTheDocument(companies: Int) throws {
        let comparisons = Array(Fixture.panel.prefix(companies))
        var pieces: [[UInt8]] = []
        let wording = try PriorityWording(templatesDirectory: Fixture.templates, language: .en, reference: Fixture.reference)
        try ComparisonJSON.stream(comparisons, wording: wording) { (piece: [UInt8]) in pieces.append(piece) }
        #expect(pieces.joined().elementsEqual(try ComparisonJSON.document(comparisons, wording: wording).serializedBytes()))
        // One piece per company (between the brackets) when there are several: memory holds one at a time.
        #expect(pieces.count == (companies > 1 ? companies + 2 : 1))
    }
}
