import ServiceBenchCore

/// The agents a call centre would add, and when, to reach its service-level target: for each hour of
/// the staffing what-if whose observed service level is under the target, the agents Erlang C needs
/// minus the agents Erlang C implies the observed level was reached with (the fewest agents whose
/// modelled service level at that hour's volume and handle time is at least the observed one). The
/// hours with a shortfall next to each other make one block; the ask is the block with the most
/// agent-hours to add, its largest hourly shortfall as the number of agents. A model's estimate:
/// the real staffing of each hour is not in the exports.
package struct StaffingAsk: Sendable, Hashable {
    /// The first hour of the block (`09:00`) and the end of its last hour (`12:00`).
    package var from: String
    package var to: String
    /// Agents to add over the block: its largest hourly shortfall.
    package var agents: Int

    package init(from: String, to: String, agents: Int) {
        self.from = from
        self.to = to
        self.agents = agents
    }

    /// The ask of `data`, or nil when no hour with an observed service level falls short of the
    /// target (or the what-if has no hourly rows).
    package static func from(_ data: StaffingReportData) -> StaffingAsk? {
        guard case .weekdayHours? = data.basis else { return nil }
        var blocks: [(from: Int, to: Int, agents: Int, agentHours: Int)] = []
        for row in data.rows {
            guard let hour = hour(of: row.label), let shortfall = shortfall(row, data: data), shortfall > 0 else { continue }
            if let last = blocks.last, last.to == hour {
                blocks[blocks.count - 1] = (last.from, hour + 1, max(last.agents, shortfall), last.agentHours + shortfall)
            } else {
                blocks.append((hour, hour + 1, shortfall, shortfall))
            }
        }
        guard let best = blocks.max(by: { $0.agentHours < $1.agentHours || ($0.agentHours == $1.agentHours && $0.from > $1.from) }) else { return nil }
        return StaffingAsk(from: label(best.from), to: label(best.to), agents: best.agents)
    }

    /// Agents needed minus agents implied by the observed service level, in one hour; nil when the
    /// hour has no observed level or no reachable staffing.
    static func shortfall(_ row: StaffingReportData.Row, data: StaffingReportData) -> Int? {
        guard let observed = row.observedServiceLevel, let needed = row.agentsNeeded, observed < data.targetShare,
            row.calls > 0, row.averageHandleSeconds > 0
        else { return nil }
        let load = row.calls * row.averageHandleSeconds / 3600
        var implied = 0
        while implied < needed,
            ErlangC.row(agents: implied, load: load, ahtSeconds: row.averageHandleSeconds, targetSeconds: data.targetSeconds).serviceLevel * 100 < observed
        {
            implied += 1
        }
        return needed - implied
    }

    static func hour(of label: String) -> Int? {
        guard label.count == 5, label.hasSuffix(":00"), let hour = Int(label.prefix(2)), (0..<24).contains(hour) else { return nil }
        return hour
    }

    static func label(_ hour: Int) -> String { (hour < 10 ? "0" : "") + "\(hour):00" }
}
