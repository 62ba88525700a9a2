#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers the distinct names of a column (agents, for the breakdowns) read as bytes: open
/// addressing on a 64-bit FNV-1a hash, so that looking up a name already seen allocates nothing
/// (a name's bytes are copied once, when it is first seen). Numbers start at 0 in order of first
/// appearance.
struct NameTable: Sendable {
    private(set) var names: [String] = []
    private var bytes: [[UInt8]] = []
    private var hashes: [UInt64] = []
    /// Name numbers by slot, −1 for an empty slot; the slot count is a power of two, at least twice
    /// the number of names.
    private var slots = [Int32](repeating: -1, count: 64)
    private var last: Int32 = -1
    /// `add` returns nil for a new name once this many are known.
    let maximum: Int

    init(maximum: Int) {
        self.maximum = maximum
    }

    var count: Int { names.count }

    /// The number of `name`; nil when it is new and `maximum` names are already known.
    @inline(__always) mutating func add(_ name: UnsafeBufferPointer<UInt8>) -> Int32? {
        if last >= 0 && Self.same(name, bytes[Int(last)]) { return last }
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in name { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let found = slots[slot]
            if hashes[Int(found)] == hash && Self.same(name, bytes[Int(found)]) {
                last = found
                return found
            }
            slot = (slot + 1) & mask
        }
        guard names.count < maximum else { return nil }
        let number = insert(Array(name), hash: hash, slot: slot)
        last = number
        return number
    }

    /// The number of `name`, added whatever `maximum` (names of another part of the input, merged).
    mutating func add(named name: [UInt8]) -> Int32 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in name { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let found = slots[slot]
            if hashes[Int(found)] == hash && bytes[Int(found)] == name { return found }
            slot = (slot + 1) & mask
        }
        return insert(name, hash: hash, slot: slot)
    }

    /// Maps `other`'s numbers to this table's, adding its names.
    mutating func map(from other: NameTable) -> [Int32] {
        other.bytes.map { add(named: $0) }
    }

    private mutating func insert(_ name: [UInt8], hash: UInt64, slot: Int) -> Int32 {
        let number = Int32(truncatingIfNeeded: names.count)
        names.append(String(decoding: name, as: UTF8.self))
        bytes.append(name)
        hashes.append(hash)
        slots[slot] = number
        if names.count * 2 > slots.count { grow() }
        return number
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: number)
        }
    }

    @inline(__always) private static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ name: [UInt8]) -> Bool {
        guard bytes.count == name.count else { return false }
        guard let base = bytes.baseAddress, !name.isEmpty else { return true }
        return name.withUnsafeBufferPointer { memcmp(base, $0.baseAddress!, name.count) == 0 }
    }
}
