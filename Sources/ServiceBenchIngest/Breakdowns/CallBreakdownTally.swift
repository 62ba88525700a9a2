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
    /// Counters per queue slot, `queueStride` each: offered, answered, abandoned, short abandons,
    /// answered within each T, abandoned within each T, abandoned by local hour of day (24).
    private(set) var queueCounts: [Int] = []
    /// Per queue slot: Σ wait of answered calls (ms), Σ talk + wrap-up of answered calls (ms).
    private(set) var queueSums: [Int128] = []
    /// Answered calls per agent number (`CallBreakdownCollector.agents`).
    private(set) var agentCounts: [Int] = []
    /// Per agent: Σ talk (ms), Σ talk + wrap-up (ms) of the calls they answered.
    private(set) var agentSums: [Int128] = []
    var longestAnswered = LongestWaits()
    var longestAbandoned = LongestWaits()
    let queueStride: Int

    init(thresholds: [Int64], shortAbandonMilliseconds: Int64) {
        self.thresholds = thresholds
        self.shortAbandonMilliseconds = shortAbandonMilliseconds
        queueStride = 4 + 2 * thresholds.count + 24
    }

    var slotCount: Int { queueCounts.count / queueStride }
    var agentCount: Int { agentCounts.count }

    func offered(slot: Int) -> Int { queueCounts[slot * queueStride] }
    func answered(slot: Int) -> Int { queueCounts[slot * queueStride + 1] }
    func abandoned(slot: Int) -> Int { queueCounts[slot * queueStride + 2] }
    func shortAbandons(slot: Int) -> Int { queueCounts[slot * queueStride + 3] }
    func answeredWithin(slot: Int, _ threshold: Int) -> Int { queueCounts[slot * queueStride + 4 + threshold] }
    func abandonedWithin(slot: Int, _ threshold: Int) -> Int { queueCounts[slot * queueStride + 4 + thresholds.count + threshold] }
    func abandoned(slot: Int, hour: Int) -> Int { queueCounts[slot * queueStride + 4 + 2 * thresholds.count + hour] }
    func answeredWaitMilliseconds(slot: Int) -> Int128 { queueSums[slot * 2] }
    func handleMilliseconds(slot: Int) -> Int128 { queueSums[slot * 2 + 1] }
    func answered(agent: Int) -> Int { agentCounts[agent] }
    func talkMilliseconds(agent: Int) -> Int128 { agentSums[agent * 2] }
    func handleMilliseconds(agent: Int) -> Int128 { agentSums[agent * 2 + 1] }

    /// Counts a finished call of queue slot `slot`, entered at local hour `hour` (0–23), answered by
    /// agent number `agent` (−1: none named).
    @inline(__always) mutating func add(_ call: FinishedCall, slot: Int, hour: Int, agent: Int32) {
        let base = slot * queueStride
        if base >= queueCounts.count { growQueues(to: slot + 1) }
        queueCounts[base] += 1
        switch call.outcome {
        case .answered:
            let handle = Int128(call.talkMilliseconds) + Int128(call.wrapMilliseconds)
            queueCounts[base + 1] += 1
            queueSums[slot * 2] += Int128(call.waitMilliseconds)
            queueSums[slot * 2 + 1] += handle
            for index in thresholds.indices where call.waitMilliseconds <= thresholds[index] { queueCounts[base + 4 + index] += 1 }
            if agent >= 0 {
                let number = Int(agent)
                if number >= agentCounts.count { growAgents(to: number + 1) }
                agentCounts[number] += 1
                agentSums[number * 2] += Int128(call.talkMilliseconds)
                agentSums[number * 2 + 1] += handle
            }
        case .abandoned:
            queueCounts[base + 2] += 1
            if call.waitMilliseconds < shortAbandonMilliseconds { queueCounts[base + 3] += 1 }
            for index in thresholds.indices where call.waitMilliseconds <= thresholds[index] {
                queueCounts[base + 4 + thresholds.count + index] += 1
            }
            queueCounts[base + 4 + 2 * thresholds.count + hour] += 1
        default:
            break
        }
    }

    private mutating func growQueues(to slots: Int) {
        let more = max(slots, 2 * slotCount) - slotCount
        queueCounts += [Int](repeating: 0, count: more * queueStride)
        queueSums += [Int128](repeating: 0, count: more * 2)
    }

    private mutating func growAgents(to agents: Int) {
        let more = max(agents, 2 * agentCounts.count) - agentCounts.count
        agentCounts += [Int](repeating: 0, count: more)
        agentSums += [Int128](repeating: 0, count: more * 2)
    }

    /// Adds another part's tally; `slotMap` and `agentMap` give this tally's numbers for its slots
    /// and agents.
    mutating func merge(_ other: CallBreakdownTally, slotMap: [Int], agentMap: [Int32]) {
        for slot in 0..<min(other.slotCount, slotMap.count) {
            let mine = slotMap[slot]
            if (mine + 1) * queueStride > queueCounts.count { growQueues(to: mine + 1) }
            for offset in 0..<queueStride { queueCounts[mine * queueStride + offset] += other.queueCounts[slot * queueStride + offset] }
            queueSums[mine * 2] += other.queueSums[slot * 2]
            queueSums[mine * 2 + 1] += other.queueSums[slot * 2 + 1]
        }
        for agent in 0..<min(other.agentCount, agentMap.count) where other.agentCounts[agent] > 0 {
            let mine = Int(agentMap[agent])
            if mine >= agentCounts.count { growAgents(to: mine + 1) }
            agentCounts[mine] += other.agentCounts[agent]
            agentSums[mine * 2] += other.agentSums[agent * 2]
            agentSums[mine * 2 + 1] += other.agentSums[agent * 2 + 1]
        }
        longestAnswered.merge(other.longestAnswered)
        longestAbandoned.merge(other.longestAbandoned)
    }
}
