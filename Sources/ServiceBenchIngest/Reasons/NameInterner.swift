#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers the distinct names of a column (contact reasons) once, so that the per-record work is a
/// byte comparison and an array index, never a `String` or a hash of one. Number 0 is the empty
/// name (a blank cell, "not given"); the others follow in order of first appearance.
///
/// Names are compared after trimming spaces, tabs, CR, LF and no-break spaces at both ends. Two byte
/// sequences that decode to the same text (canonically equivalent Unicode, or invalid UTF-8 replaced
/// alike) get the same number: the text is the name.
struct NameInterner: Sendable {
    /// The number of the empty name.
    static let unspecified = 0

    private(set) var names: [String] = [""]
    private var nameIndex: [String: Int] = ["": 0]
    private var bytesIndex: [[UInt8]: Int] = [[]: 0]
    /// The first `scanLimit` byte sequences seen, end to end in one buffer, with where each lies and
    /// its number: compared one by one without touching a reference count.
    private var scanBytes: [UInt8] = []
    private var scanSpans: [(start: Int, count: Int, number: Int)] = []
    /// The last sequence looked up: its span in `scanBytes` (`lastStart` ≥ 0) or its bytes.
    private var lastStart = -1, lastCount = 0
    private var lastBytes: [UInt8] = []
    private var last = 0

    /// How many byte sequences are compared one by one before the hash table is asked.
    private static let scanLimit = 32

    /// The number of the name in `raw` (trimmed); new names are numbered on first sight.
    @inline(__always) mutating func number(of raw: UnsafeBufferPointer<UInt8>) -> Int {
        let bytes = Self.trimmed(raw)
        if bytes.isEmpty { return Self.unspecified }
        if let found = scanned(bytes) { return found }
        let key = Array(bytes)
        let number = bytesIndex[key] ?? add(key)
        lastStart = -1
        lastBytes = key
        last = number
        return number
    }

    /// The number of `bytes` if it is the last sequence looked up or one of the first `scanLimit`.
    @inline(__always) private mutating func scanned(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        let found: (start: Int, number: Int)? = scanBytes.withUnsafeBufferPointer { buffer in
            if lastStart >= 0 {
                if lastCount == count && Self.same(bytes, buffer, lastStart) { return (lastStart, last) }
            } else if lastBytes.count == count, lastBytes.withUnsafeBufferPointer({ Self.same(bytes, $0, 0) }) {
                return (-1, last)
            }
            for span in scanSpans where span.count == count && Self.same(bytes, buffer, span.start) {
                return (span.start, span.number)
            }
            return nil
        }
        guard let found else { return nil }
        if found.start >= 0 {
            lastStart = found.start
            lastCount = count
            last = found.number
        }
        return found.number
    }

    /// The number of `name` (already trimmed), numbering it if new: for merging another pass's names.
    mutating func number(ofName name: String) -> Int {
        if let found = nameIndex[name] { return found }
        return add(Array(name.utf8))
    }

    private mutating func add(_ key: [UInt8]) -> Int {
        let name = String(decoding: key, as: UTF8.self)
        let number: Int
        if let found = nameIndex[name] {
            number = found
        } else {
            names.append(name)
            number = names.count - 1
            nameIndex[name] = number
        }
        bytesIndex[key] = number
        if scanSpans.count < Self.scanLimit {
            scanSpans.append((scanBytes.count, key.count, number))
            scanBytes.append(contentsOf: key)
        }
        return number
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

    /// Whether `bytes` equals the `bytes.count` bytes of `buffer` from `start`.
    @inline(__always) private static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        guard bytes.count > 0 else { return true }
        guard let base = bytes.baseAddress, let other = buffer.baseAddress, start + bytes.count <= buffer.count else { return false }
        return memcmp(base, other + start, bytes.count) == 0
    }
}
