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
    /// The last entry's wait and entry time once the list is full (a call must beat them to enter);
    /// `Int64.min` and `Int64.max` before.
    private(set) var lastWait = Int64.min
    private(set) var lastEntered = Int64.max

    init() {}

    /// Whether a call of this wait and entry could enter a list whose last entry has `lastWait` and
    /// `lastEntered` (checked before the call's strings are made).
    @inline(__always) static func admits(waitMilliseconds: Int64, enteredMilliseconds: Int64, lastWait: Int64, lastEntered: Int64) -> Bool {
        if waitMilliseconds != lastWait { return waitMilliseconds > lastWait }
        return enteredMilliseconds <= lastEntered
    }

    mutating func offer(_ entry: Entry) {
        if let place = entries.firstIndex(where: { Self.precedes(entry, $0) }) {
            entries.insert(entry, at: place)
            if entries.count > Self.capacity { entries.removeLast() }
        } else if entries.count < Self.capacity {
            entries.append(entry)
        }
        if entries.count == Self.capacity, let last = entries.last {
            lastWait = last.waitMilliseconds
            lastEntered = last.enteredMilliseconds
        }
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
