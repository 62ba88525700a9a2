/// Numbers the distinct names of a column (contact reasons) once, so that the per-record work is a
/// byte lookup in a `NameTable` and an array index, never a `String` or a hash of one. Number 0 is
/// the empty name (a blank cell, "not given"); the others follow in order of first appearance.
///
/// Names are compared after trimming spaces, tabs, CR, LF and no-break spaces at both ends. Two byte
/// sequences that decode to the same text (canonically equivalent Unicode, or invalid UTF-8 replaced
/// alike) get the same number: the text is the name.
struct NameInterner: Sendable {
    /// The number of the empty name.
    static let unspecified = 0

    private(set) var names: [String] = [""]
    private var nameIndex: [String: Int] = ["": 0]
    /// The distinct trimmed byte sequences seen; `numbers[n]` is the name number of sequence n
    /// (several sequences may spell one name).
    private var sequences = NameTable(maximum: Int(Int32.max))
    private var numbers: [Int] = []

    /// The number of the name in `raw` (trimmed); new names are numbered on first sight.
    @inline(__always) mutating func number(of raw: UnsafeBufferPointer<UInt8>) -> Int {
        let bytes = Self.trimmed(raw)
        if bytes.isEmpty { return Self.unspecified }
        // `maximum` is beyond any count an `Int32` numbering reaches, so `add` always numbers.
        guard let sequence = sequences.add(bytes).map(Int.init) else { return Self.unspecified }
        if sequence < numbers.count { return numbers[sequence] }
        let number = number(ofName: String(decoding: bytes, as: UTF8.self))
        numbers.append(number)
        return number
    }

    /// The number of `name` (already trimmed), numbering it if new: for merging another pass's names.
    mutating func number(ofName name: String) -> Int {
        if let found = nameIndex[name] { return found }
        names.append(name)
        nameIndex[name] = names.count - 1
        return names.count - 1
    }

    /// `raw` without leading and trailing spaces, tabs, CR, LF and UTF-8 no-break spaces (C2 A0).
    @inline(__always) static func trimmed(_ raw: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let base = raw.baseAddress else { return raw }
        var start = 0, end = raw.count
        while start < end {
            let byte = raw[start]
            if byte == 32 || byte == 9 || byte == 13 || byte == 10 {
                start += 1
            } else if byte == 0xC2, start + 1 < end, raw[start + 1] == 0xA0 {
                start += 2
            } else {
                break
            }
        }
        while end > start {
            let byte = raw[end - 1]
            if byte == 32 || byte == 9 || byte == 13 || byte == 10 {
                end -= 1
            } else if byte == 0xA0, end - 2 >= start, raw[end - 2] == 0xC2 {
                end -= 2
            } else {
                break
            }
        }
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }
}
