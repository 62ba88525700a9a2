/// How a call left the queue.
enum CallOutcome: UInt8, Sendable {
    case answered, abandoned, timedOut, exitedWithKey, exitedEmpty, withdrawn
}

/// One finished call, reduced to what the KPIs need. Durations in milliseconds.
struct FinishedCall {
    var outcome: CallOutcome
    /// Entry to answer for answered calls, entry to leaving for the others.
    var waitMilliseconds: Int64
    var talkMilliseconds: Int64
    var wrapMilliseconds: Int64
    var transferred: Bool
}

/// Running totals of the calls of one group (period, and queue with `--by queue`). Every field is an
/// integer count or sum, so merging two partial aggregates gives exactly the single-pass result.
struct CallAggregate: Sendable {
    /// Thresholds T in milliseconds, in the order of `IngestOptions.serviceLevelThresholds`.
    let thresholds: [Int64]
    let shortAbandonMilliseconds: Int64

    var outcomes = [Int](repeating: 0, count: 6)
    var transferred = 0
    var answeredWaitMilliseconds: Int64 = 0
    var abandonedWaitMilliseconds: Int64 = 0
    var talkMilliseconds: Int64 = 0
    var wrapMilliseconds: Int64 = 0
    /// Waits of answered calls in whole seconds (truncated).
    var answeredWaits = SecondsHistogram()
    var answeredWithin: [Int]
    var abandonedWithin: [Int]
    var shortAbandons = 0
    var ringNoAnswer = 0
    var ringNoAnswerMilliseconds: Int64 = 0
    var ringCanceled = 0
    /// Per hour of the week (168): calls offered, answered, handle time (ms), answered within each T.
    var hourOffered = [Int](repeating: 0, count: 168)
    var hourAnswered = [Int](repeating: 0, count: 168)
    var hourHandleMilliseconds = [Int64](repeating: 0, count: 168)
    var hourAnsweredWithin: [Int]
    /// Monday-based week numbers with at least one call.
    var weeks = Set<Int>()
    private var lastWeek = Int.min

    init(thresholds: [Int64], shortAbandonMilliseconds: Int64) {
        self.thresholds = thresholds
        self.shortAbandonMilliseconds = shortAbandonMilliseconds
        answeredWithin = [Int](repeating: 0, count: thresholds.count)
        abandonedWithin = [Int](repeating: 0, count: thresholds.count)
        hourAnsweredWithin = [Int](repeating: 0, count: 168 * thresholds.count)
    }

    var offered: Int { outcomes.reduce(0, +) }
    func count(_ outcome: CallOutcome) -> Int { outcomes[Int(outcome.rawValue)] }

    @inline(__always) mutating func add(_ call: FinishedCall, at place: LocalPlacement) {
        outcomes[Int(call.outcome.rawValue)] += 1
        hourOffered[place.hourOfWeek] += 1
        if place.week != lastWeek {
            lastWeek = place.week
            weeks.insert(place.week)
        }
        switch call.outcome {
        case .answered:
            answeredWaitMilliseconds += call.waitMilliseconds
            talkMilliseconds += call.talkMilliseconds
            wrapMilliseconds += call.wrapMilliseconds
            if call.transferred { transferred += 1 }
            answeredWaits.add(Int(call.waitMilliseconds / 1000))
            hourAnswered[place.hourOfWeek] += 1
            hourHandleMilliseconds[place.hourOfWeek] += call.talkMilliseconds + call.wrapMilliseconds
            for index in thresholds.indices where call.waitMilliseconds <= thresholds[index] {
                answeredWithin[index] += 1
                hourAnsweredWithin[place.hourOfWeek * thresholds.count + index] += 1
            }
        case .abandoned:
            abandonedWaitMilliseconds += call.waitMilliseconds
            for index in thresholds.indices where call.waitMilliseconds <= thresholds[index] {
                abandonedWithin[index] += 1
            }
            if call.waitMilliseconds < shortAbandonMilliseconds { shortAbandons += 1 }
        default:
            break
        }
    }

    mutating func merge(_ other: CallAggregate) {
        for index in outcomes.indices { outcomes[index] += other.outcomes[index] }
        transferred += other.transferred
        answeredWaitMilliseconds += other.answeredWaitMilliseconds
        abandonedWaitMilliseconds += other.abandonedWaitMilliseconds
        talkMilliseconds += other.talkMilliseconds
        wrapMilliseconds += other.wrapMilliseconds
        answeredWaits.merge(other.answeredWaits)
        for index in answeredWithin.indices {
            answeredWithin[index] += other.answeredWithin[index]
            abandonedWithin[index] += other.abandonedWithin[index]
        }
        shortAbandons += other.shortAbandons
        ringNoAnswer += other.ringNoAnswer
        ringNoAnswerMilliseconds += other.ringNoAnswerMilliseconds
        ringCanceled += other.ringCanceled
        for hour in 0..<168 {
            hourOffered[hour] += other.hourOffered[hour]
            hourAnswered[hour] += other.hourAnswered[hour]
            hourHandleMilliseconds[hour] += other.hourHandleMilliseconds[hour]
        }
        for index in hourAnsweredWithin.indices { hourAnsweredWithin[index] += other.hourAnsweredWithin[index] }
        weeks.formUnion(other.weeks)
    }
}
