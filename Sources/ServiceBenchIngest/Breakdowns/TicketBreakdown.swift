/// The tickets of one company and period broken down inside its report: by channel, and by agent
/// where the export names one (`agent` column).
package struct TicketBreakdown: Sendable {
    /// The tickets of one channel or one agent. Nil figures are not computed (the export lacks the
    /// column, or no ticket qualifies), never 0.
    package struct Row: Sendable {
        /// The channel (lower case, as the tickets' KPIs read it) or the agent.
        package var name: String
        package var created: Int
        /// Nil when the export has no `resolved_ts` column.
        package var resolved: Int?
        /// Hours. Median first response of the tickets that have one, in whole minutes (truncated)
        /// as the company's figure; nil without a first-response column.
        package var medianFirstResponseHours: Double?
        /// Hours. Mean creation-to-resolution time of the resolved tickets (`resolution_time`).
        package var averageResolutionHours: Double?
        /// Resolved tickets with FCR facts, and those resolved at first contact (one agent reply,
        /// never reopened: the company's `fcr`); 0 eligible without those columns.
        package var fcrEligible: Int
        package var fcrResolved: Int

        /// resolved / created × 100.
        package var resolutionRate: Double? {
            guard let resolved, created > 0 else { return nil }
            return 100 * Double(resolved) / Double(created)
        }
        /// fcrResolved / fcrEligible × 100.
        package var fcr: Double? { fcrEligible > 0 ? 100 * Double(fcrResolved) / Double(fcrEligible) : nil }
    }

    /// Channels, most tickets first (ties by name).
    package var channels: [Row]
    /// Agents by name; nil when the export has no `agent` column.
    package var agents: [Row]?
}

/// The running totals behind one `TicketBreakdown.Row`.
struct TicketTally: Sendable {
    var created = 0
    var resolved = 0
    var resolutionMilliseconds: Int128 = 0
    /// First response times in whole minutes.
    var responseMinutes = SecondsHistogram()
    var fcrEligible = 0
    var fcrResolved = 0

    mutating func add(responseMilliseconds: Int64?, resolutionMilliseconds resolution: Int64?, firstContact: Bool?) {
        created += 1
        if let responseMilliseconds { responseMinutes.add(Int(responseMilliseconds / 60_000)) }
        if let resolution {
            resolved += 1
            resolutionMilliseconds += Int128(resolution)
            if let firstContact {
                fcrEligible += 1
                if firstContact { fcrResolved += 1 }
            }
        }
    }

    mutating func merge(_ other: TicketTally) {
        created += other.created
        resolved += other.resolved
        resolutionMilliseconds += other.resolutionMilliseconds
        responseMinutes.merge(other.responseMinutes)
        fcrEligible += other.fcrEligible
        fcrResolved += other.fcrResolved
    }

    func row(_ name: String, measuresResponse: Bool, measuresResolution: Bool) -> TicketBreakdown.Row {
        TicketBreakdown.Row(
            name: name, created: created, resolved: measuresResolution ? resolved : nil,
            medianFirstResponseHours: measuresResponse ? responseMinutes.quantile(0.5).map { $0 / 60 } : nil,
            averageResolutionHours: measuresResolution && resolved > 0 ? Double(resolutionMilliseconds) / 3_600_000 / Double(resolved) : nil,
            fcrEligible: measuresResolution ? fcrEligible : 0, fcrResolved: measuresResolution ? fcrResolved : 0)
    }
}

/// The tickets of one period by channel and by agent.
struct TicketBreakdownTally: Sendable {
    var channels: [String: TicketTally] = [:]
    var agents: [String: TicketTally] = [:]

    mutating func add(channel: String, agent: String?, responseMilliseconds: Int64?, resolutionMilliseconds: Int64?, firstContact: Bool?) {
        channels[channel, default: TicketTally()].add(
            responseMilliseconds: responseMilliseconds, resolutionMilliseconds: resolutionMilliseconds, firstContact: firstContact)
        if let agent {
            agents[agent, default: TicketTally()].add(
                responseMilliseconds: responseMilliseconds, resolutionMilliseconds: resolutionMilliseconds, firstContact: firstContact)
        }
    }

    /// `namesAgents`: whether the export has an `agent` column.
    func breakdown(namesAgents: Bool, measuresResponse: Bool, measuresResolution: Bool) -> TicketBreakdown {
        let channelRows = channels.sorted { $0.value.created != $1.value.created ? $0.value.created > $1.value.created : $0.key < $1.key }
            .map { $0.value.row($0.key, measuresResponse: measuresResponse, measuresResolution: measuresResolution) }
        let agentRows = agents.sorted { $0.key < $1.key }
            .map { $0.value.row($0.key, measuresResponse: measuresResponse, measuresResolution: measuresResolution) }
        return TicketBreakdown(channels: channelRows, agents: namesAgents ? agentRows : nil)
    }
}
