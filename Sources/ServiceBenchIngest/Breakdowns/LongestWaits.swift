/// The calls that waited longest (answered ones, or abandoned ones) of one period, at most
/// `capacity`, longest first. Ties are broken by a total order (wait, then earlier entry, then call
/// id, then queue), so that the list does not depend on how the input was split between threads.
struct LongestWaits: Sendable {
    struct Entry: Sendable {
        var waitMilliseconds: Int64
        /// Epoch milliseconds of the entry in the queue, and the same instant as local seconds.
        var enteredMilliseconds: Int64
        var localSeconds: Int64
        var callID: String?
        var queue: String?
    }

    static let capacity = 10
    private(set) var entries: [Entry] = []

    init() {}

    /// Whether a call of this wait and entry could enter the list (checked before its strings are made).
    @inline(__always) func admits(waitMilliseconds: Int64, enteredMilliseconds: Int64) -> Bool {
        guard entries.count == Self.capacity, let last = entries.last else { return true }
        if waitMilliseconds != last.waitMilliseconds { return waitMilliseconds > last.waitMilliseconds }
        return enteredMilliseconds <= last.enteredMilliseconds
    }

    mutating func offer(_ entry: Entry) {
        guard let place = entries.firstIndex(where: { Self.precedes(entry, $0) }) else {
            if entries.count < Self.capacity { entries.append(entry) }
            return
        }
        entries.insert(entry, at: place)
        if entries.count > Self.capacity { entries.removeLast() }
    }

    mutating func merge(_ other: LongestWaits) {
        for entry in other.entries { offer(entry) }
    }

    /// The list's order: longer wait first, then earlier entry, then call id, then queue name.
    static func precedes(_ a: Entry, _ b: Entry) -> Bool {
        if a.waitMilliseconds != b.waitMilliseconds { return a.waitMilliseconds > b.waitMilliseconds }
        if a.enteredMilliseconds != b.enteredMilliseconds { return a.enteredMilliseconds < b.enteredMilliseconds }
        if a.callID != b.callID { return (a.callID ?? "") < (b.callID ?? "") }
        return (a.queue ?? "") < (b.queue ?? "")
    }
}
