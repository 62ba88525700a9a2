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
    /// The bytes seen, in order of first appearance, with their number (several byte sequences may
    /// share a number), for the linear scan of the first few.
    private var seen: [(bytes: [UInt8], number: Int)] = [([], 0)]
    private var lastBytes: [UInt8] = []
    private var last = 0

    /// How many byte sequences are compared one by one before the hash table is asked.
    private static let scanLimit = 32

    /// The number of the name in `raw` (trimmed); new names are numbered on first sight.
    @inline(__always) mutating func number(of raw: UnsafeBufferPointer<UInt8>) -> Int {
        let bytes = Self.trimmed(raw)
        if bytes.isEmpty { return Self.unspecified }
        if Self.same(bytes, lastBytes) { return last }
        if seen.count <= Self.scanLimit {
            for entry in seen where Self.same(bytes, entry.bytes) {
                lastBytes = entry.bytes
                last = entry.number
                return entry.number
            }
        }
        let key = Array(bytes)
        let number = bytesIndex[key] ?? add(key)
        lastBytes = key
        last = number
        return number
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
        if seen.count <= Self.scanLimit { seen.append((key, number)) }
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

    @inline(__always) private static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ name: [UInt8]) -> Bool {
        guard bytes.count == name.count else { return false }
        guard let base = bytes.baseAddress, !name.isEmpty else { return true }
        return name.withUnsafeBufferPointer { memcmp(base, $0.baseAddress!, name.count) == 0 }
    }
}
