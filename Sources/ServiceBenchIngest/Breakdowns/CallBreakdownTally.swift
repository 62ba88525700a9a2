/// The counters behind the call breakdowns of one period: per queue, per agent, and the longest
/// waits. Integer counts and sums only, so that the tallies of two parts of the input merge into
/// exactly the single-pass figures.
///
/// Queue slot 0 holds the calls without a queue (no queue column, or more queue names than
/// `IngestLimits.maximumQueues`); slot q + 1 holds queue q of `CallGroups.queueNames`.
struct CallBreakdownTally: Sendable {
    /// Thresholds T of the service levels, milliseconds; the short-abandon threshold, milliseconds.
    let thresholds: [Int64]
    let shortAbandonMilliseconds: Int64
    /// Per queue slot, `queueStride` cells: offered, answered, abandoned, short abandons, answered
    /// within each T, abandoned within each T, abandoned by local hour of day (24), then Σ wait of
    /// answered calls (ms) and Σ talk + wrap-up of answered calls (ms). One `Int128` array (counts
    /// and sums alike), so that a call updates one buffer.
    private(set) var queueCells: [Int128] = []
    /// Per agent number (`CallBreakdownCollector.agents`), 3 cells: answered calls, Σ talk (ms),
    /// Σ talk + wrap-up (ms).
    private(set) var agentCells: [Int128] = []
    var longestAnswered = LongestWaits()
    var longestAbandoned = LongestWaits()
    let queueStride: Int
    let thresholdCount: Int
    /// Offset of the two sums in a slot's cells.
    private let sums: Int

    init(thresholds: [Int64], shortAbandonMilliseconds: Int64) {
        self.thresholds = thresholds
        self.shortAbandonMilliseconds = shortAbandonMilliseconds
        thresholdCount = thresholds.count
        sums = 4 + 2 * thresholds.count + 24
        queueStride = sums + 2
    }

    var slotCount: Int { queueCells.count / queueStride }
    var agentCount: Int { agentCells.count / 3 }

    private func count(_ slot: Int, _ offset: Int) -> Int { Int(queueCells[slot * queueStride + offset]) }
    func offered(slot: Int) -> Int { count(slot, 0) }
    func answered(slot: Int) -> Int { count(slot, 1) }
    func abandoned(slot: Int) -> Int { count(slot, 2) }
    func shortAbandons(slot: Int) -> Int { count(slot, 3) }
    func answeredWithin(slot: Int, _ threshold: Int) -> Int { count(slot, 4 + threshold) }
    func abandonedWithin(slot: Int, _ threshold: Int) -> Int { count(slot, 4 + thresholdCount + threshold) }
    func abandoned(slot: Int, hour: Int) -> Int { count(slot, 4 + 2 * thresholdCount + hour) }
    func answeredWaitMilliseconds(slot: Int) -> Int128 { queueCells[slot * queueStride + sums] }
    func handleMilliseconds(slot: Int) -> Int128 { queueCells[slot * queueStride + sums + 1] }
    func answered(agent: Int) -> Int { Int(agentCells[agent * 3]) }
    func talkMilliseconds(agent: Int) -> Int128 { agentCells[agent * 3 + 1] }
    func handleMilliseconds(agent: Int) -> Int128 { agentCells[agent * 3 + 2] }

    /// Counts a finished call of queue slot `slot`, entered at local hour `hour` (0–23), answered by
    /// agent number `agent` (−1: none named); `within`: bit i set when the call waited at most
    /// threshold i (`CallGroups.within`).
    @inline(__always) mutating func add(_ call: FinishedCall, slot: Int, hour: Int, agent: Int32, within: Int) {
        let base = slot * queueStride
        if base >= queueCells.count { growQueues(to: slot + 1) }
        queueCells[base] += 1
        switch call.outcome {
        case .answered:
            queueCells[base + 1] += 1
            var bits = within
            while bits != 0 {
                queueCells[base + 4 + bits.trailingZeroBitCount] += 1
                bits &= bits - 1
            }
            let handle = Int128(call.talkMilliseconds) + Int128(call.wrapMilliseconds)
            queueCells[base + sums] += Int128(call.waitMilliseconds)
            queueCells[base + sums + 1] += handle
            guard agent >= 0 else { return }
            let cell = Int(agent) * 3
            if cell >= agentCells.count { growAgents(to: Int(agent) + 1) }
            agentCells[cell] += 1
            agentCells[cell + 1] += Int128(call.talkMilliseconds)
            agentCells[cell + 2] += handle
        case .abandoned:
            queueCells[base + 2] += 1
            if call.waitMilliseconds < shortAbandonMilliseconds { queueCells[base + 3] += 1 }
            var bits = within
            while bits != 0 {
                queueCells[base + 4 + thresholdCount + bits.trailingZeroBitCount] += 1
                bits &= bits - 1
            }
            queueCells[base + 4 + 2 * thresholdCount + hour] += 1
        default:
            break
        }
    }

    private mutating func growQueues(to slots: Int) {
        let more = max(slots, 2 * slotCount) - slotCount
        queueCells += [Int128](repeating: 0, count: more * queueStride)
    }

    private mutating func growAgents(to agents: Int) {
        let more = max(agents, 2 * agentCount) - agentCount
        agentCells += [Int128](repeating: 0, count: more * 3)
    }

    /// Adds another part's tally; `slotMap` and `agentMap` give this tally's numbers for its slots
    /// and agents.
    mutating func merge(_ other: CallBreakdownTally, slotMap: [Int], agentMap: [Int32]) {
        for slot in 0..<min(other.slotCount, slotMap.count) {
            let mine = slotMap[slot]
            if (mine + 1) * queueStride > queueCells.count { growQueues(to: mine + 1) }
            for offset in 0..<queueStride { queueCells[mine * queueStride + offset] += other.queueCells[slot * queueStride + offset] }
        }
        for agent in 0..<min(other.agentCount, agentMap.count) where other.agentCells[agent * 3] > 0 {
            let mine = Int(agentMap[agent])
            if mine >= agentCount { growAgents(to: mine + 1) }
            for offset in 0..<3 { agentCells[mine * 3 + offset] += other.agentCells[agent * 3 + offset] }
        }
        longestAnswered.merge(other.longestAnswered)
        longestAbandoned.merge(other.longestAbandoned)
    }
}
