/// The calls waiting or talking, by `QueueLogCallKey`: an open-addressing hash table with linear
/// probing and backward-shift deletion, and a cheap multiplicative hash (no per-lookup seeding, as
/// `Dictionary`'s SipHash does). Its size follows the number of calls open at once, not the input.
struct OpenCallTable {
    private var keys: [QueueLogCallKey?]
    private var values: [QueueLogConsumer.OpenCall?]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: nil, count: size)
        values = Array(repeating: nil, count: size)
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

    @inline(__always) private func slot(of key: QueueLogCallKey) -> (index: Int, found: Bool) {
        var index = Self.hash(key) & mask
        while let existing = keys[index] {
            if existing == key { return (index, true) }
            index = (index + 1) & mask
        }
        return (index, false)
    }

    subscript(key: QueueLogCallKey) -> QueueLogConsumer.OpenCall? {
        get {
            let (index, found) = slot(of: key)
            return found ? values[index] : nil
        }
        set {
            guard let newValue else {
                _ = removeValue(forKey: key)
                return
            }
            let (index, found) = slot(of: key)
            if found {
                values[index] = newValue
                return
            }
            keys[index] = key
            values[index] = newValue
            count += 1
            if count * 2 > keys.count { grow() }
        }
    }

    var isEmpty: Bool { count == 0 }

    @discardableResult
    mutating func removeValue(forKey key: QueueLogCallKey) -> QueueLogConsumer.OpenCall? {
        let (found, present) = slot(of: key)
        guard present else { return nil }
        let value = values[found]
        // Backward-shift deletion keeps every probe sequence unbroken.
        var hole = found
        var next = (hole + 1) & mask
        while let candidate = keys[next] {
            let home = Self.hash(candidate) & mask
            let distanceToHole = (hole - home) & mask
            let distanceToNext = (next - home) & mask
            if distanceToHole < distanceToNext {
                keys[hole] = candidate
                values[hole] = values[next]
                hole = next
            }
            next = (next + 1) & mask
        }
        keys[hole] = nil
        values[hole] = nil
        count -= 1
        return value
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: nil, count: oldKeys.count * 2)
        values = Array(repeating: nil, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for index in oldKeys.indices {
            if let key = oldKeys[index], let value = oldValues[index] { self[key] = value }
        }
    }

    /// Every entry, in no particular order (callers sort or only count).
    var entries: [(key: QueueLogCallKey, value: QueueLogConsumer.OpenCall)] {
        keys.indices.compactMap { index in
            guard let key = keys[index], let value = values[index] else { return nil }
            return (key, value)
        }
    }
}
