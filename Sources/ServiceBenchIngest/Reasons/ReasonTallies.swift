/// The tickets of one contact reason in one period, as they are read.
struct TicketReasonTally: Sendable {
    var created = 0
    var resolved = 0
    /// Σ creation-to-resolution time of the resolved tickets, ms.
    var resolutionMilliseconds: Int128 = 0
    /// Each resolved ticket's resolution time (ms), for the median: one entry per resolved ticket,
    /// so the memory follows the input, never the range of the values.
    var resolutions: [Int64] = []
}

/// The tickets of one period by contact reason number (`NameInterner`; 0 = not given, counted only).
struct TicketReasonTallies: Sendable {
    private(set) var byReason: [TicketReasonTally] = []

    @inline(__always) mutating func add(_ reason: Int, resolutionMilliseconds resolution: Int64?) {
        if reason >= byReason.count { byReason.append(contentsOf: repeatElement(TicketReasonTally(), count: reason + 1 - byReason.count)) }
        byReason[reason].created += 1
        // Not given (0): only counted; its resolution times are shown nowhere.
        if let resolution, reason != NameInterner.unspecified {
            byReason[reason].resolved += 1
            byReason[reason].resolutionMilliseconds += Int128(resolution)
            byReason[reason].resolutions.append(resolution)
        }
    }
}

/// The calls of one contact reason in one group (period, and queue with `--by queue`).
struct CallReasonTally: Sendable {
    var offered = 0
    var answered = 0
    /// Σ (talk + wrap-up) of the answered calls, ms.
    var handleMilliseconds: Int128 = 0

    mutating func merge(_ other: CallReasonTally) {
        offered += other.offered
        answered += other.answered
        handleMilliseconds += other.handleMilliseconds
    }
}

/// The contact reasons of a calls export (`contact_reason`): the names, numbered once, and per call
/// group (`CallGroups`' aggregate index) the tallies by reason number. Integer counts and sums only,
/// so two passes merged give exactly the single-pass result.
struct CallReasons: Sendable {
    var names = NameInterner()
    /// By group index, then by reason number.
    private(set) var groups: [[CallReasonTally]] = []

    /// Counts a finished call of group `group` (as `CallGroups.add` returns it) and reason `reason`.
    @inline(__always) mutating func add(_ call: FinishedCall, group: Int, reason: Int) {
        if group >= groups.count { groups.append(contentsOf: repeatElement([], count: group + 1 - groups.count)) }
        if reason >= groups[group].count { groups[group].append(contentsOf: repeatElement(CallReasonTally(), count: reason + 1 - groups[group].count)) }
        groups[group][reason].offered += 1
        if call.outcome == .answered {
            groups[group][reason].answered += 1
            groups[group][reason].handleMilliseconds += Int128(call.talkMilliseconds) + Int128(call.wrapMilliseconds)
        }
    }

    /// Adds another pass's tallies; `groupMap[i]` is this pass's index of the other's group `i`.
    mutating func absorb(_ other: CallReasons, groupMap: [Int]) {
        let reasonMap = other.names.names.map { names.number(ofName: $0) }
        for (index, tallies) in other.groups.enumerated() where index < groupMap.count {
            let group = groupMap[index]
            for (reason, tally) in tallies.enumerated() where tally.offered > 0 {
                let mine = reasonMap[reason]
                if group >= groups.count { groups.append(contentsOf: repeatElement([], count: group + 1 - groups.count)) }
                if mine >= groups[group].count { groups[group].append(contentsOf: repeatElement(CallReasonTally(), count: mine + 1 - groups[group].count)) }
                groups[group][mine].merge(tally)
            }
        }
    }

    /// The tallies of the groups `indices` added together, by reason number.
    func merged(_ indices: [Int]) -> [CallReasonTally] {
        var total = [CallReasonTally](repeating: CallReasonTally(), count: names.names.count)
        for index in indices where index < groups.count {
            for (reason, tally) in groups[index].enumerated() { total[reason].merge(tally) }
        }
        return total
    }
}

extension CallReasons {
    /// Sets the tally of (group, reason), growing the tables as needed.
    mutating func set(_ tally: CallReasonTally, group: Int, reason: Int) {
        if group >= groups.count { groups.append(contentsOf: repeatElement([], count: group + 1 - groups.count)) }
        if reason >= groups[group].count { groups[group].append(contentsOf: repeatElement(CallReasonTally(), count: reason + 1 - groups[group].count)) }
        groups[group][reason] = tally
    }
}
