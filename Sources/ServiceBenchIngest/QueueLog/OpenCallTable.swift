/// The calls waiting or talking, by `QueueLogCallKey`: an open-addressing hash table with linear
/// probing and backward-shift deletion, a cheap multiplicative hash kept in each slot (no per-lookup
/// seeding as `Dictionary`'s SipHash does, no rehashing when entries move). Its size follows the
/// number of calls open at once, not the input.
struct OpenCallTable {
    private struct Slot {
        var hash: Int
        var key: QueueLogCallKey
        var value: QueueLogConsumer.OpenCall
    }

    private var slots: [Slot?]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always) private static func hash(_ key: QueueLogCallKey) -> Int {
        var h = key.words.0 &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ (h >> 29)) &+ key.words.1 &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 31)) &+ key.words.2 &* 0x94D0_49BB_1331_11EB
        h = (h ^ (h >> 29)) &+ key.words.3 &* 0x9E37_79B9_7F4A_7C15
        h ^= UInt64(UInt32(bitPattern: key.length)) << 32 | UInt64(UInt32(bitPattern: key.queue))
        h = (h ^ (h >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return Int(truncatingIfNeeded: h)
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always) private func find(_ key: QueueLogCallKey, hash: Int) -> (index: Int, found: Bool) {
        var index = hash & mask
        while let slot = slots[index] {
            if slot.hash == hash && slot.key == key { return (index, true) }
            index = (index + 1) & mask
        }
        return (index, false)
    }

    subscript(key: QueueLogCallKey) -> QueueLogConsumer.OpenCall? {
        get {
            let (index, found) = find(key, hash: Self.hash(key))
            return found ? slots[index]?.value : nil
        }
        set {
            guard let newValue else {
                removeValue(forKey: key)
                return
            }
            _ = insert(key, newValue)
        }
    }

    /// Stores `value` under `key`; returns true when the key was already there (value replaced).
    @discardableResult
    mutating func insert(_ key: QueueLogCallKey, _ value: QueueLogConsumer.OpenCall) -> Bool {
        let hash = Self.hash(key)
        let (index, found) = find(key, hash: hash)
        slots[index] = Slot(hash: hash, key: key, value: value)
        if found { return true }
        count += 1
        if count * 2 > slots.count { grow() }
        return false
    }

    var isEmpty: Bool { count == 0 }

    @discardableResult
    mutating func removeValue(forKey key: QueueLogCallKey) -> QueueLogConsumer.OpenCall? {
        let (found, present) = find(key, hash: Self.hash(key))
        guard present, let value = slots[found]?.value else { return nil }
        // Backward-shift deletion keeps every probe sequence unbroken.
        var hole = found
        var next = (hole + 1) & mask
        while let candidate = slots[next] {
            let home = candidate.hash & mask
            if (hole - home) & mask < (next - home) & mask {
                slots[hole] = candidate
                hole = next
            }
            next = (next + 1) & mask
        }
        slots[hole] = nil
        count -= 1
        return value
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: nil, count: old.count * 2)
        mask = slots.count - 1
        for case let slot? in old {
            var index = slot.hash & mask
            while slots[index] != nil { index = (index + 1) & mask }
            slots[index] = slot
        }
    }

    /// Every entry, in no particular order (callers sort or only count).
    var entries: [(key: QueueLogCallKey, value: QueueLogConsumer.OpenCall)] {
        slots.compactMap { slot in slot.map { ($0.key, $0.value) } }
    }
}
