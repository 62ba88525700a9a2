#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers the distinct names of a column (queues, agents) read as bytes, so that looking up a
/// name already seen allocates nothing and retains nothing (a name's bytes are copied once, when
/// first seen). A name is keyed by its length and its first and last 8 bytes, read as two integers
/// (`Key`): names of up to 16 bytes are told apart by the key alone, longer ones by the key and then
/// their bytes. Open addressing on the key's hash; the last name found is checked first. Numbers start
/// at 0 in order of first appearance.
struct NameTable: Sendable {
    /// Length, and the first and last 8 bytes (overlapping for 8–16 bytes, zero-padded below 8).
    struct Key: Equatable, Sendable {
        var length: Int
        var head: UInt64
        var tail: UInt64

        @inline(__always) init(_ name: UnsafeBufferPointer<UInt8>) {
            length = name.count
            head = 0
            tail = 0
            guard let base = name.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            if length >= 8 {
                head = raw.loadUnaligned(as: UInt64.self)
                tail = raw.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
            } else if length >= 4 {
                head = UInt64(raw.loadUnaligned(as: UInt32.self)) | UInt64(raw.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)) << 32
            } else {
                for index in 0..<length { head |= UInt64(base[index]) << (8 * UInt64(index)) }
            }
        }

        @inline(__always) var hash: UInt64 {
            var value = (head ^ UInt64(truncatingIfNeeded: length)) &* 0x9E3779B97F4A7C15
            value = (value ^ tail ^ (value >> 29)) &* 0xBF58476D1CE4E5B9
            return value ^ (value >> 32)
        }
    }

    private(set) var names: [String] = []
    /// Every name's bytes, one after the other; name n is `storage[starts[n] ..< starts[n] + keys[n].length]`.
    private var storage: [UInt8] = []
    private var starts: [Int] = []
    private var keys: [Key] = []
    /// Name numbers by slot, −1 for an empty slot; the slot count is a power of two, at least four
    /// times the number of names, so that a lookup almost always ends at its first slot (a branch
    /// the processor predicts: the names of consecutive records differ at random).
    private var slots = [Int32](repeating: -1, count: 64)
    private var lastKey = Key(UnsafeBufferPointer(start: nil, count: 0))
    private var last: Int32 = -1
    /// `add` returns nil for a new name once this many are known.
    let maximum: Int

    init(maximum: Int) {
        self.maximum = maximum
    }

    var count: Int { names.count }

    /// The bytes of name `number`.
    func bytes(_ number: Int) -> [UInt8] {
        Array(storage[starts[number] ..< starts[number] + keys[number].length])
    }

    /// The number of `name`; nil when it is new and `maximum` names are already known.
    @inline(__always) mutating func add(_ name: UnsafeBufferPointer<UInt8>) -> Int32? {
        let key = Key(name)
        if last >= 0 && key == lastKey && (key.length <= 16 || same(name, Int(last))) { return last }
        if let found = find(name, key) {
            last = found
            lastKey = key
            return found
        }
        guard names.count < maximum else { return nil }
        let number = insert(name, key: key)
        last = number
        lastKey = key
        return number
    }

    /// The number of `name`, added whatever `maximum` (names of another part of the input, merged).
    mutating func add(named name: [UInt8]) -> Int32 {
        name.withUnsafeBufferPointer { name in
            let key = Key(name)
            return find(name, key) ?? insert(name, key: key)
        }
    }

    /// Maps `other`'s numbers to this table's, adding its names.
    mutating func map(from other: NameTable) -> [Int32] {
        (0..<other.count).map { add(named: other.bytes($0)) }
    }

    @inline(__always) private func find(_ name: UnsafeBufferPointer<UInt8>, _ key: Key) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while true {
            let found = slots[slot]
            if found < 0 { return nil }
            if keys[Int(found)] == key && (key.length <= 16 || same(name, Int(found))) { return found }
            slot = (slot + 1) & mask
        }
    }

    private mutating func insert(_ name: UnsafeBufferPointer<UInt8>, key: Key) -> Int32 {
        let number = Int32(truncatingIfNeeded: names.count)
        names.append(String(decoding: name, as: UTF8.self))
        starts.append(storage.count)
        keys.append(key)
        storage.append(contentsOf: name)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = number
        if names.count * 4 > slots.count { grow() }
        return number
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: number)
        }
    }

    /// Whether `name` (of name `number`'s key, longer than 16 bytes) is name `number`, byte for byte.
    private func same(_ name: UnsafeBufferPointer<UInt8>, _ number: Int) -> Bool {
        let start = starts[number]
        return storage.withUnsafeBufferPointer { stored in
            guard let base = name.baseAddress, let storedBase = stored.baseAddress else { return name.isEmpty }
            return memcmp(base, storedBase + start, name.count) == 0
        }
    }
}
