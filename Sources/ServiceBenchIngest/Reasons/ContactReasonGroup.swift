import ServiceBenchCore

/// The contacts of one company (or company / queue) and period by contact reason, from a tickets
/// export or a calls export that has a `contact_reason` column.
///
/// - `total`: every contact of the period; `unspecified`: those whose reason cell is blank (counted,
///   never dropped); `reasons`: the others by reason, most first (ties by name).
/// - Shares (see `ContactReasonPareto`) are of the contacts that have a reason, `total − unspecified`.
/// - `previousPeriod`: the period before this one in the input with contacts from the same source
///   (nil for the first); each reason's `previousCount` is its count then (0 when it had none).
package struct ContactReasonGroup: Sendable {
    package enum Source: String, Sendable {
        case tickets, calls
    }

    /// One reason's figures. Tickets fill `resolved` and the resolution times, calls `answered` and
    /// the handle time; the other source's fields are nil.
    package struct Reason: Sendable {
        package var reason: String
        /// Tickets created, or calls offered, in the period.
        package var count: Int
        /// Tickets: resolved tickets among `count`.
        package var resolved: Int?
        /// Hours. Median and mean creation-to-resolution time of the resolved tickets (median of an
        /// even number: the mean of the two middle values); nil with no resolved ticket.
        package var medianResolutionHours: Double?
        package var meanResolutionHours: Double?
        /// Calls: answered calls among `count`.
        package var answered: Int?
        /// Seconds. Mean talk + wrap-up of the answered calls (AHT); nil with no answered call.
        package var averageHandleSeconds: Double?
        /// The count in `ContactReasonGroup.previousPeriod`; nil when there is no previous period.
        package var previousCount: Int?

        package init(
            reason: String, count: Int, resolved: Int? = nil, medianResolutionHours: Double? = nil, meanResolutionHours: Double? = nil,
            answered: Int? = nil, averageHandleSeconds: Double? = nil, previousCount: Int? = nil
        ) {
            self.reason = reason
            self.count = count
            self.resolved = resolved
            self.medianResolutionHours = medianResolutionHours
            self.meanResolutionHours = meanResolutionHours
            self.answered = answered
            self.averageHandleSeconds = averageHandleSeconds
            self.previousCount = previousCount
        }
    }

    package var company: String
    package var period: Period
    package var source: Source
    package var total: Int
    package var unspecified: Int
    package var reasons: [Reason]
    package var previousPeriod: Period?
    /// `total − unspecified` of the previous period; nil when there is none.
    package var previousClassified: Int?

    package init(
        company: String, period: Period, source: Source, total: Int, unspecified: Int, reasons: [Reason], previousPeriod: Period? = nil,
        previousClassified: Int? = nil
    ) {
        self.company = company
        self.period = period
        self.source = source
        self.total = total
        self.unspecified = unspecified
        self.reasons = reasons
        self.previousPeriod = previousPeriod
        self.previousClassified = previousClassified
    }

    /// Contacts with a reason.
    package var classified: Int { total - unspecified }

    /// Fills each group's previous period and counts from the group before it with the same company
    /// and source; `groups` in period order within each company and source.
    static func linkingPrevious(_ groups: [ContactReasonGroup]) -> [ContactReasonGroup] {
        var last: [String: Int] = [:]
        var linked = groups
        for index in linked.indices {
            let key = "\(linked[index].source.rawValue)\u{0}\(linked[index].company)"
            if let before = last[key] {
                let previous = linked[before]
                let counts = Dictionary(previous.reasons.map { ($0.reason, $0.count) }, uniquingKeysWith: +)
                linked[index].previousPeriod = previous.period
                linked[index].previousClassified = previous.classified
                for reason in linked[index].reasons.indices {
                    linked[index].reasons[reason].previousCount = counts[linked[index].reasons[reason].reason] ?? 0
                }
            }
            last[key] = index
        }
        return linked
    }

    /// Reasons most first, ties by name.
    static func ordered(_ reasons: [Reason]) -> [Reason] {
        reasons.sorted { $0.count != $1.count ? $0.count > $1.count : $0.reason < $1.reason }
    }

    /// The tickets of one period, from the tallies by reason number and the reasons' names.
    static func tickets(company: String, period: Period, tallies: TicketReasonTallies, names: [String]) -> ContactReasonGroup {
        var reasons: [Reason] = []
        var total = 0, unspecified = 0
        for (number, tally) in tallies.byReason.enumerated() where tally.created > 0 {
            total += tally.created
            if number == NameInterner.unspecified {
                unspecified = tally.created
                continue
            }
            reasons.append(Reason(
                reason: names[number], count: tally.created, resolved: tally.resolved,
                medianResolutionHours: median(tally.resolutions).map { $0 / 3_600_000 },
                meanResolutionHours: tally.resolved > 0 ? Double(tally.resolutionMilliseconds) / 3_600_000 / Double(tally.resolved) : nil))
        }
        return ContactReasonGroup(company: company, period: period, source: .tickets, total: total, unspecified: unspecified, reasons: ordered(reasons))
    }

    /// The calls of one group, from the tallies by reason number and the reasons' names.
    static func calls(company: String, period: Period, tallies: [CallReasonTally], names: [String]) -> ContactReasonGroup {
        var reasons: [Reason] = []
        var total = 0, unspecified = 0
        for (number, tally) in tallies.enumerated() where tally.offered > 0 {
            total += tally.offered
            if number == NameInterner.unspecified {
                unspecified = tally.offered
                continue
            }
            reasons.append(Reason(
                reason: names[number], count: tally.offered, answered: tally.answered,
                averageHandleSeconds: tally.answered > 0 ? Double(tally.handleMilliseconds) / 1000 / Double(tally.answered) : nil))
        }
        return ContactReasonGroup(company: company, period: period, source: .calls, total: total, unspecified: unspecified, reasons: ordered(reasons))
    }

    /// The median of `values` (ms) as a `Double`; the mean of the two middle values for an even count.
    static func median(_ values: [Int64]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return Double(sorted[middle]) }
        return (Double(sorted[middle - 1]) + Double(sorted[middle])) / 2
    }
}
