extension CallReasons {
    /// Counts every call of `other` (a file without a `contact_reason` column) as "not given", from
    /// its groups' totals: calls offered, answered, and their handle time.
    mutating func addUnspecified(_ other: CallGroups, groupMap: [Int]) {
        var tallies = CallReasons()
        tallies.names = names
        for (index, aggregate) in other.aggregates.enumerated() {
            let answered = aggregate.count(.answered)
            var tally = CallReasonTally()
            tally.offered = aggregate.offered
            tally.answered = answered
            tally.handleMilliseconds = aggregate.talkMilliseconds + aggregate.wrapMilliseconds
            tallies.merge(tally, group: index, reason: NameInterner.unspecified)
        }
        absorb(tallies, groupMap: groupMap)
    }
}

extension ContactReasonGroup {
    /// The calls' reason groups, one per `CallGroupDetail` row that `CallResults.build` makes: per
    /// period, the company (all its groups) and, with `--by queue`, each queue (`COMPANY / QUEUE`);
    /// each linked to its previous period.
    static func calls(_ groups: CallGroups, reasons: CallReasons, options: IngestOptions) -> [ContactReasonGroup] {
        let calendar = groups.calendar
        let periodOrder = calendar.periods.indices.sorted { calendar.periods[$0] < calendar.periods[$1] }
        let queueOrder = groups.queueNames.indices.sorted { groups.queueNames[$0] < groups.queueNames[$1] }
        var result: [ContactReasonGroup] = []
        for periodIndex in periodOrder {
            let period = calendar.period(calendar.periods[periodIndex])
            let members = groups.keys.indices.filter { groups.keys[$0].period == periodIndex }
            guard !members.isEmpty else { continue }
            result.append(calls(company: options.company, period: period, tallies: reasons.merged(members), names: reasons.names.names))
            guard options.byQueue else { continue }
            for queue in queueOrder {
                let queueMembers = members.filter { groups.keys[$0].queue == queue }
                guard !queueMembers.isEmpty else { continue }
                result.append(calls(
                    company: "\(options.company) / \(groups.queueNames[queue])", period: period, tallies: reasons.merged(queueMembers),
                    names: reasons.names.names))
            }
        }
        // By company (the company, then each queue), then period, for `linkingPrevious`.
        return linkingPrevious(result)
    }

    /// Puts each group on the call detail of the same company and period.
    static func attach(_ groups: [ContactReasonGroup], to details: inout [CallGroupDetail]) {
        var byKey: [String: ContactReasonGroup] = [:]
        for group in groups { byKey["\(group.company)\u{0}\(group.period)"] = group }
        for index in details.indices {
            details[index].reasons = byKey["\(details[index].company)\u{0}\(details[index].period)"]
        }
    }
}
