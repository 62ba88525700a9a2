/// A call's identity in the queue_log: its channel uniqueid and queue (a call that leaves one queue
/// and enters another keeps its uniqueid). Ids of up to 32 bytes are stored whole; longer ones by
/// their first 24 bytes and a 64-bit FNV-1a hash of the rest.
struct QueueLogCallKey: Hashable {
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var length: Int32 = 0
    var queue: Int32 = 0

    init(id: UnsafeBufferPointer<UInt8>, queue: Int) {
        // Unchecked conversions: an id is a field of a record of at most 16 MiB (the scanner's
        // bound) and queues are numbered from 0 by `CallGroups`, far below Int32.max; the checked
        // ones kept this hot initialiser from being inlined (5 % of a queue_log read).
        self.queue = Int32(truncatingIfNeeded: queue)
        length = Int32(truncatingIfNeeded: id.count)
        withUnsafeMutableBytes(of: &words) { raw in
            guard let source = id.baseAddress else { return }
            if id.count <= 32 {
                raw.baseAddress?.copyMemory(from: source, byteCount: id.count)
            } else {
                raw.baseAddress?.copyMemory(from: source, byteCount: 24)
                var hash: UInt64 = 0xcbf29ce484222325
                for index in 24..<id.count { hash = (hash ^ UInt64(id[index])) &* 0x100000001b3 }
                raw.storeBytes(of: hash, toByteOffset: 24, as: UInt64.self)
            }
        }
    }

    static func == (a: QueueLogCallKey, b: QueueLogCallKey) -> Bool {
        a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2 && a.words.3 == b.words.3 && a.length == b.length && a.queue == b.queue
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
        hasher.combine(length)
        hasher.combine(queue)
    }
}
