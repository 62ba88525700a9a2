/// What `CallGroups` gathers for the breakdowns inside a company's report, whether or not the
/// calls are grouped by queue: a `CallBreakdownTally` per period (by the calendar's period index)
/// and the agents' names.
struct CallBreakdownCollector: Sendable {
    var tallies: [CallBreakdownTally] = []
    /// Per period, the bars a call must pass to enter the longest waits (`LongestWaits.lastWait`,
    /// `lastEntered`, answered then abandoned): plain integers, read for every call without touching
    /// the lists and their strings.
    private var bars: [Int64] = []
    var agents: NameTable
    let empty: CallBreakdownTally
    /// A call's agent was a new name beyond `IngestLimits.maximumAgents`: the by-agent table is not
    /// computed. A call's queue was a new name beyond `IngestLimits.maximumQueues`.
    var tooManyAgents = false
    var tooManyQueues = false

    init(thresholds: [Int64], shortAbandonMilliseconds: Int64, maximumAgents: Int) {
        empty = CallBreakdownTally(thresholds: thresholds, shortAbandonMilliseconds: shortAbandonMilliseconds)
        agents = NameTable(maximum: maximumAgents)
    }

    /// The agent number of `name` (−1 for an empty name, `NONE` as queue_log writes it, or a new
    /// name beyond the bound).
    @inline(__always) mutating func agent(_ name: UnsafeBufferPointer<UInt8>) -> Int32 {
        if name.isEmpty || (name.count == 4 && name[0] == 78 && name[1] == 79 && name[2] == 78 && name[3] == 69) { return -1 }
        guard let number = agents.add(name) else {
            tooManyAgents = true
            return -1
        }
        return number
    }

    /// `within`: bit i set when the call waited at most threshold i.
    @inline(__always) mutating func add(_ call: FinishedCall, period: Int, hour: Int, queue: Int, agent: Int32, within: Int) {
        if period >= tallies.count { extend(to: period + 1) }
        tallies[period].add(call, slot: queue + 1, hour: hour, agent: agent, within: within)
    }

    private mutating func extend(to count: Int) {
        bars += (tallies.count..<count).flatMap { _ in [Int64.min, Int64.max, Int64.min, Int64.max] }
        tallies += [CallBreakdownTally](repeating: empty, count: count - tallies.count)
    }

    /// Whether the call could enter its period's list of longest waits (answered or abandoned).
    @inline(__always) func admits(_ call: FinishedCall, period: Int, enteredMilliseconds: Int64) -> Bool {
        let base: Int
        switch call.outcome {
        case .answered: base = period * 4
        case .abandoned: base = period * 4 + 2
        default: return false
        }
        return LongestWaits.admits(
            waitMilliseconds: call.waitMilliseconds, enteredMilliseconds: enteredMilliseconds, lastWait: bars[base], lastEntered: bars[base + 1])
    }

    mutating func offer(_ call: FinishedCall, period: Int, entry: LongestWaits.Entry) {
        if call.outcome == .answered {
            tallies[period].longestAnswered.offer(entry)
            bars[period * 4] = tallies[period].longestAnswered.lastWait
            bars[period * 4 + 1] = tallies[period].longestAnswered.lastEntered
        } else {
            tallies[period].longestAbandoned.offer(entry)
            bars[period * 4 + 2] = tallies[period].longestAbandoned.lastWait
            bars[period * 4 + 3] = tallies[period].longestAbandoned.lastEntered
        }
    }

    /// Adds another part's collector: `periodMap` and `queueMap` give this part's numbers for the
    /// other's periods and queues.
    mutating func absorb(_ other: CallBreakdownCollector, periodMap: [Int], queueMap: [Int]) {
        let agentMap = agents.map(from: other.agents)
        let slotMap = [0] + queueMap.map { $0 + 1 }
        for (period, tally) in other.tallies.enumerated() {
            let mine = periodMap[period]
            if mine >= tallies.count { extend(to: mine + 1) }
            tallies[mine].merge(tally, slotMap: slotMap, agentMap: agentMap)
            bars[mine * 4] = tallies[mine].longestAnswered.lastWait
            bars[mine * 4 + 1] = tallies[mine].longestAnswered.lastEntered
            bars[mine * 4 + 2] = tallies[mine].longestAbandoned.lastWait
            bars[mine * 4 + 3] = tallies[mine].longestAbandoned.lastEntered
        }
        tooManyAgents = tooManyAgents || other.tooManyAgents || agents.count > agents.maximum
        tooManyQueues = tooManyQueues || other.tooManyQueues
    }
}
