/// Words an export writes in one column (outcomes, directions, channels), matched without regard to
/// ASCII case or surrounding spaces; bytes outside ASCII (`répondu`) match exactly. Kept as bytes so
/// that a match on the hot path allocates nothing.
struct WordList: Sendable {
    private(set) var words: [[UInt8]] = []

    init(_ words: [String] = []) {
        for word in words { add(word) }
    }

    mutating func add(_ word: String) {
        let folded = Array(word.trimmingWhitespace().utf8).map(Self.fold)
        if !folded.isEmpty && !words.contains(folded) { words.append(folded) }
    }

    var isEmpty: Bool { words.isEmpty }

    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte | 0x20 : byte }

    /// Whether `bytes`, spaces trimmed, is one of the words.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        var end = bytes.count
        while start < end && bytes[start] == 32 { start += 1 }
        while end > start && bytes[end - 1] == 32 { end -= 1 }
        let length = end - start
        search: for word in words where word.count == length {
            for index in 0..<length where Self.fold(bytes[start + index]) != word[index] { continue search }
            return true
        }
        return false
    }
}
