/// The call aggregates of one pass, one per (period, queue); the queue is 0 for all calls unless
/// `--by queue`. Queue names are interned from bytes, with the last one cached.
struct CallGroups {
    var calendar: PeriodCalendar
    let byQueue: Bool
    let empty: CallAggregate
    /// The queue names, numbered from 0 in order of first appearance (`NameTable`).
    private var queues: NameTable
    var queueNames: [String] { queues.names }
    private(set) var aggregates: [CallAggregate] = []
    /// (period, queue) of each aggregate.
    private(set) var keys: [(period: Int, queue: Int)] = []
    private var groupIndex: [Int: Int] = [:]
    private var lastGroupKey = -1
    private var lastGroup = 0

    /// `IngestLimits.maximumQueues`: `queue(_:)` returns nil for a new name beyond it.
    var maximumQueues: Int { queues.maximum }
    /// The breakdowns by queue and agent and the longest waits, per period, gathered whether or not
    /// calls are grouped by queue, unless `collectsBreakdowns` is off (`IngestOptions.breakdowns`).
    var breakdown: CallBreakdownCollector
    let collectsBreakdowns: Bool

    init(
        calendar: PeriodCalendar, byQueue: Bool, thresholds: [Int], shortAbandonSeconds: Int, maximumQueues: Int = IngestLimits().maximumQueues,
        maximumAgents: Int = IngestLimits().maximumAgents, breakdowns: Bool = true
    ) {
        self.collectsBreakdowns = breakdowns
        self.calendar = calendar
        self.byQueue = byQueue
        self.queues = NameTable(maximum: maximumQueues)
        self.empty = CallAggregate(thresholds: thresholds.map { Int64($0) * 1000 }, shortAbandonMilliseconds: Int64(shortAbandonSeconds) * 1000)
        self.breakdown = CallBreakdownCollector(
            thresholds: empty.thresholds, shortAbandonMilliseconds: empty.shortAbandonMilliseconds, maximumAgents: maximumAgents)
    }

    /// Maps another pass's queue numbers to this one's (for keys built from them).
    mutating func queueMap(from other: CallGroups) -> [Int] {
        queues.map(from: other.queues).map { Int($0) }
    }

    /// The number of a queue name (interned whether or not results are grouped by queue); nil when
    /// the name is new and `maximumQueues` names are already known.
    @inline(__always) mutating func queue(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        queues.add(bytes).map { Int($0) }
    }

    @inline(__always) mutating func group(period: Int, queue: Int) -> Int {
        let key = period << 24 | (byQueue ? queue : 0)
        if key == lastGroupKey { return lastGroup }
        let index: Int
        if let found = groupIndex[key] {
            index = found
        } else {
            aggregates.append(empty)
            keys.append((period, byQueue ? queue : 0))
            index = aggregates.count - 1
            groupIndex[key] = index
        }
        lastGroupKey = key
        lastGroup = index
        return index
    }

    /// Counts a finished call that entered queue number `queue` (−1: none known) at `entered`,
    /// answered by agent number `agent` (−1: none named, `breakdown.agent(_:)`); `callID` (empty:
    /// none) is copied only for a call among the longest waits. Returns the call's group's index.
    @discardableResult @inline(__always) mutating func add(
        _ call: FinishedCall, entered: ParsedTime, queue: Int, agent: Int32 = -1, callID: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)
    ) -> Int {
        let place = calendar.place(entered)
        let index = group(period: place.periodIndex, queue: max(queue, 0))
        aggregates[index].add(call, at: place)
        guard collectsBreakdowns else { return index }
        breakdown.add(call, period: place.periodIndex, hour: place.hourOfWeek % 24, queue: queue, agent: agent, within: within(call.waitMilliseconds))
        if breakdown.admits(call, period: place.periodIndex, enteredMilliseconds: entered.epochMilliseconds) {
            let entry = LongestWaits.Entry(
                waitMilliseconds: call.waitMilliseconds, enteredMilliseconds: entered.epochMilliseconds, localSeconds: calendar.localSeconds(entered),
                callID: callID.isEmpty ? nil : String(decoding: callID, as: UTF8.self), queue: queue >= 0 ? queueNames[queue] : nil)
            breakdown.offer(call, period: place.periodIndex, entry: entry)
        }
        return index
    }

    /// Bit i set when `milliseconds` is at most service-level threshold i (at most 64 thresholds:
    /// `IngestOptions` takes a handful).
    @inline(__always) private func within(_ milliseconds: Int64) -> Int {
        var bits = 0
        for index in 0..<min(empty.thresholds.count, Int.bitWidth) where milliseconds <= empty.thresholds[index] { bits |= 1 << index }
        return bits
    }

    /// A RINGNOANSWER or RINGCANCELED line (queue_log), counted in the group of its own time.
    mutating func addRing(at time: ParsedTime, queue: Int, milliseconds: Int64?, canceled: Bool) {
        let place = calendar.place(time)
        let index = group(period: place.periodIndex, queue: queue)
        if canceled {
            aggregates[index].ringCanceled += 1
        } else {
            aggregates[index].ringNoAnswer += 1
            aggregates[index].ringNoAnswerMilliseconds += Int128(milliseconds ?? 0)
        }
    }

    /// Adds the groups of another pass (another part of the input, or another file); returns, for
    /// each of the other's groups, its index here.
    @discardableResult mutating func absorb(_ other: CallGroups) -> [Int] {
        let periodMap = calendar.absorb(other.calendar)
        let queueMap = queueMap(from: other)
        var groupMap: [Int] = []
        for (index, key) in other.keys.enumerated() {
            let mine = group(period: periodMap[key.period], queue: byQueue ? queueMap[key.queue] : 0)
            aggregates[mine].merge(other.aggregates[index])
            groupMap.append(mine)
        }
        breakdown.absorb(other.breakdown, periodMap: periodMap, queueMap: queueMap)
        return groupMap
    }
}
