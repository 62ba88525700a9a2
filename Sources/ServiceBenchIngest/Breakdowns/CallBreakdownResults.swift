/// Turns a period's `CallBreakdownTally` into its `CallBreakdown`, with the formulas of
/// `CallResults` (answer rate, abandonment, service level, ASA, AHT), per queue and per agent.
enum CallBreakdownResults {
    static func breakdown(_ groups: CallGroups, periodIndex: Int, options: IngestOptions) -> CallBreakdown? {
        let collector = groups.breakdown
        guard periodIndex < collector.tallies.count else { return nil }
        let tally = collector.tallies[periodIndex]
        let thresholds = options.serviceLevelThresholds
        var notes: [String] = []

        var queues: [CallBreakdown.QueueRow]?
        if collector.tooManyQueues {
            notes.append("by queue not computed: more than \(groups.maximumQueues) distinct queue names")
        } else {
            let named = groups.queueNames.indices.sorted { groups.queueNames[$0] < groups.queueNames[$1] }.map { $0 + 1 }
            queues = (named + [0]).compactMap { slot -> CallBreakdown.QueueRow? in
                guard slot < tally.slotCount, tally.offered(slot: slot) > 0 else { return nil }
                let answered = tally.answered(slot: slot)
                return CallBreakdown.QueueRow(
                    queue: slot == 0 ? nil : groups.queueNames[slot - 1], offered: tally.offered(slot: slot), answered: answered,
                    abandoned: tally.abandoned(slot: slot),
                    // The tally marks the first 64 thresholds only (`CallGroups.within`); beyond, not computed.
                    serviceLevels: thresholds.indices.map { index in
                        guard index < Int.bitWidth else { return nil }
                        return options.serviceLevelFormula.value(
                            offered: tally.offered(slot: slot), answered: answered, answeredWithin: tally.answeredWithin(slot: slot, index),
                            abandonedWithin: tally.abandonedWithin(slot: slot, index), shortAbandons: tally.shortAbandons(slot: slot))
                    },
                    averageSpeedOfAnswer: mean(tally.answeredWaitMilliseconds(slot: slot), answered),
                    averageHandleTime: mean(tally.handleMilliseconds(slot: slot), answered),
                    abandonedByHour: (0..<24).map { tally.abandoned(slot: slot, hour: $0) })
            }
        }

        var agents: [CallBreakdown.AgentRow]?
        if collector.tooManyAgents {
            notes.append("by agent not computed: more than \(collector.agents.maximum) distinct agent names")
        } else {
            let rows = collector.agents.names.indices.compactMap { number -> CallBreakdown.AgentRow? in
                guard number < tally.agentCount, tally.answered(agent: number) > 0 else { return nil }
                let answered = tally.answered(agent: number)
                return CallBreakdown.AgentRow(
                    agent: collector.agents.names[number], answered: answered, averageTalkTime: mean(tally.talkMilliseconds(agent: number), answered),
                    averageHandleTime: mean(tally.handleMilliseconds(agent: number), answered))
            }
            agents = rows.isEmpty ? nil : rows.sorted { $0.agent < $1.agent }
        }
        return CallBreakdown(
            serviceLevelThresholds: thresholds, queues: queues, agents: agents,
            longestAnswered: tally.longestAnswered.entries.map(wait), longestAbandoned: tally.longestAbandoned.entries.map(wait), notes: notes)
    }

    private static func mean(_ sum: Int128, _ count: Int) -> Double? {
        count > 0 ? Double(sum) / 1000 / Double(count) : nil
    }

    private static func wait(_ entry: LongestWaits.Entry) -> CallBreakdown.Wait {
        CallBreakdown.Wait(
            callID: entry.callID, queue: entry.queue, entered: localText(entry.localSeconds), waitSeconds: Double(entry.waitMilliseconds) / 1000)
    }

    /// `2026-01-05 09:02:15` from local seconds since 1970-01-01.
    static func localText(_ seconds: Int64) -> String {
        let days = CivilCalendar.floorDiv(Int(seconds), 86_400)
        let rest = Int(seconds) - days * 86_400
        let date = CivilCalendar.civil(days: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        let year = String(date.year)
        return "\(String(repeating: "0", count: max(0, 4 - year.count)))\(year)-\(two(date.month))-\(two(date.day)) \(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))"
    }
}
