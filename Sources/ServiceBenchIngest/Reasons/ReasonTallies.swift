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
///
/// The tallies of the first `flatReasons` reason numbers lie in one flat array, group × `stride` +
/// reason (a call touches one element; `stride` doubles as numbers grow, up to `flatReasons`); the
/// numbers beyond, rare, in a dictionary, so that thousands of free-text reasons in many groups take
/// memory by the pairs seen, not by groups × reasons.
struct CallReasons: Sendable {
    static let flatReasons = 1024

    var names = NameInterner()
    private(set) var tallies: [CallReasonTally] = []
    private(set) var stride = 16
    private(set) var groupCount = 0
    /// Tallies of reason numbers ≥ `flatReasons`, by group << 32 | reason.
    private(set) var overflow: [Int: CallReasonTally] = [:]

    /// Counts a finished call of group `group` (as `CallGroups.add` returns it) and reason `reason`.
    @inline(__always) mutating func add(_ call: FinishedCall, group: Int, reason: Int) {
        if reason < Self.flatReasons {
            if group >= groupCount || reason >= stride { grow(groups: group + 1, reasons: reason + 1) }
            Self.count(call, into: &tallies[group &* stride &+ reason])
        } else {
            Self.count(call, into: &overflow[group << 32 | reason, default: CallReasonTally()])
        }
    }

    @inline(__always) private static func count(_ call: FinishedCall, into tally: inout CallReasonTally) {
        tally.offered += 1
        if call.outcome == .answered {
            tally.answered += 1
            tally.handleMilliseconds += Int128(call.talkMilliseconds) + Int128(call.wrapMilliseconds)
        }
    }

    /// Makes room for `groups` groups and reason numbers below `reasons` (at most `flatReasons`).
    private mutating func grow(groups: Int, reasons: Int) {
        let newStride = reasons > stride ? min(Self.flatReasons, max(reasons, 2 * stride)) : stride
        let newGroups = max(groups, groupCount)
        if newStride == stride {
            tallies.append(contentsOf: repeatElement(CallReasonTally(), count: (newGroups - groupCount) * stride))
        } else {
            var grown = [CallReasonTally](repeating: CallReasonTally(), count: newGroups * newStride)
            for group in 0..<groupCount {
                for reason in 0..<stride { grown[group * newStride + reason] = tallies[group * stride + reason] }
            }
            tallies = grown
            stride = newStride
        }
        groupCount = newGroups
    }

    /// The tally of (group, reason).
    func tally(group: Int, reason: Int) -> CallReasonTally {
        if reason >= Self.flatReasons { return overflow[group << 32 | reason] ?? CallReasonTally() }
        return group < groupCount && reason < stride ? tallies[group * stride + reason] : CallReasonTally()
    }

    /// Adds `tally` to (group, reason).
    mutating func merge(_ tally: CallReasonTally, group: Int, reason: Int) {
        if reason >= Self.flatReasons {
            overflow[group << 32 | reason, default: CallReasonTally()].merge(tally)
            return
        }
        if group >= groupCount || reason >= stride { grow(groups: group + 1, reasons: reason + 1) }
        tallies[group * stride + reason].merge(tally)
    }

    /// Every (group, reason, tally) with at least one call.
    var counted: [(group: Int, reason: Int, tally: CallReasonTally)] {
        var result: [(group: Int, reason: Int, tally: CallReasonTally)] = []
        for group in 0..<groupCount {
            for reason in 0..<stride where tallies[group * stride + reason].offered > 0 {
                result.append((group, reason, tallies[group * stride + reason]))
            }
        }
        for (key, tally) in overflow.sorted(by: { $0.key < $1.key }) { result.append((key >> 32, key & 0xFFFF_FFFF, tally)) }
        return result
    }

    /// Adds another pass's tallies; `groupMap[i]` is this pass's index of the other's group `i`.
    mutating func absorb(_ other: CallReasons, groupMap: [Int]) {
        let reasonMap = other.names.names.map { names.number(ofName: $0) }
        for (group, reason, tally) in other.counted where group < groupMap.count && reason < reasonMap.count {
            merge(tally, group: groupMap[group], reason: reasonMap[reason])
        }
    }

    /// The tallies of the groups `indices` added together, by reason number.
    func merged(_ indices: [Int]) -> [CallReasonTally] {
        var total = [CallReasonTally](repeating: CallReasonTally(), count: names.names.count)
        for group in indices where group < groupCount {
            for reason in 0..<min(stride, total.count) { total[reason].merge(tallies[group * stride + reason]) }
        }
        if !overflow.isEmpty {
            let wanted = Set(indices)
            for (key, tally) in overflow where wanted.contains(key >> 32) && key & 0xFFFF_FFFF < total.count { total[key & 0xFFFF_FFFF].merge(tally) }
        }
        return total
    }
}
