/// Running totals of the calls of one group (period, and queue with `--by queue`). Every field is an
/// integer count or sum, so merging two partial aggregates gives exactly the single-pass result.
/// Millisecond sums are `Int128`: each call adds at most `DurationLimit` (a week) per duration, so
/// no input a machine can hold makes them wrap (an `Int64` would after 7.6 × 10⁹ such calls).
struct CallAggregate: Sendable {
    /// Thresholds T in milliseconds, in the order of `IngestOptions.serviceLevelThresholds`.
    let thresholds: [Int64]
    let shortAbandonMilliseconds: Int64

    var answered = 0, abandoned = 0, timedOut = 0, exitedWithKey = 0, exitedEmpty = 0, withdrawn = 0
    var transferred = 0
    var answeredWaitMilliseconds: Int128 = 0
    var abandonedWaitMilliseconds: Int128 = 0
    var talkMilliseconds: Int128 = 0
    var wrapMilliseconds: Int128 = 0
    /// Σ wait² and Σ (talk + wrap-up)² of answered calls, in ms², for the standard deviations of ASA
    /// and AHT (a call adds at most (2 weeks)² ≈ 1.5 × 10¹⁸: 10²⁰ calls stay far from `Int128`'s limit).
    var answeredWaitSquares: Int128 = 0
    var handleSquares: Int128 = 0
    /// Waits of answered calls in whole seconds (truncated).
    var answeredWaits = SecondsHistogram()
    var answeredWithin: [Int]
    var abandonedWithin: [Int]
    var shortAbandons = 0
    var ringNoAnswer = 0
    var ringNoAnswerMilliseconds: Int128 = 0
    var ringCanceled = 0
    /// Per hour of the week (168), `hourStride` counters: calls offered, answered, handle time (ms),
    /// then answered within each threshold. One flat array, so a call touches one buffer.
    var hours: [Int128]
    let hourStride: Int
    /// Monday-based week numbers with at least one call.
    var weeks = Set<Int>()
    /// Local day numbers (days since 1970-01-01) with at least one call: the open days.
    var days = Set<Int>()
    private var lastWeek = Int.min
    private var lastDay = Int.min

    init(thresholds: [Int64], shortAbandonMilliseconds: Int64) {
        self.thresholds = thresholds
        self.shortAbandonMilliseconds = shortAbandonMilliseconds
        answeredWithin = [Int](repeating: 0, count: thresholds.count)
        abandonedWithin = [Int](repeating: 0, count: thresholds.count)
        hourStride = 3 + thresholds.count
        hours = [Int128](repeating: 0, count: 168 * hourStride)
    }

    var offered: Int { answered + abandoned + timedOut + exitedWithKey + exitedEmpty + withdrawn }

    func count(_ outcome: CallOutcome) -> Int {
        switch outcome {
        case .answered: return answered
        case .abandoned: return abandoned
        case .timedOut: return timedOut
        case .exitedWithKey: return exitedWithKey
        case .exitedEmpty: return exitedEmpty
        case .withdrawn: return withdrawn
        }
    }

    /// Open days (with at least one call) by Monday-based weekday, 0 = Monday.
    var openDaysByWeekday: [Int] {
        var counts = [Int](repeating: 0, count: 7)
        for day in days { counts[CivilCalendar.weekday(days: day)] += 1 }
        return counts
    }

    func hourOffered(_ hour: Int) -> Int { Int(hours[hour * hourStride]) }
    func hourAnswered(_ hour: Int) -> Int { Int(hours[hour * hourStride + 1]) }
    func hourHandleMilliseconds(_ hour: Int) -> Int128 { hours[hour * hourStride + 2] }
    func hourAnsweredWithin(_ hour: Int, _ threshold: Int) -> Int { Int(hours[hour * hourStride + 3 + threshold]) }

    @inline(__always) mutating func add(_ call: FinishedCall, at place: LocalPlacement) {
        let base = place.hourOfWeek * hourStride
        hours[base] += 1
        if place.day != lastDay {
            lastDay = place.day
            days.insert(place.day)
            if place.week != lastWeek {
                lastWeek = place.week
                weeks.insert(place.week)
            }
        }
        switch call.outcome {
        case .answered:
            answered += 1
            answeredWaitMilliseconds += Int128(call.waitMilliseconds)
            talkMilliseconds += Int128(call.talkMilliseconds)
            wrapMilliseconds += Int128(call.wrapMilliseconds)
            let wait = Int128(call.waitMilliseconds), handle = Int128(call.talkMilliseconds) + Int128(call.wrapMilliseconds)
            answeredWaitSquares += wait * wait
            handleSquares += handle * handle
            if call.transferred { transferred += 1 }
            answeredWaits.add(Int(call.waitMilliseconds / 1000))
            hours[base + 1] += 1
            hours[base + 2] += Int128(call.talkMilliseconds) + Int128(call.wrapMilliseconds)
            for index in thresholds.indices where call.waitMilliseconds <= thresholds[index] {
                answeredWithin[index] += 1
                hours[base + 3 + index] += 1
            }
        case .abandoned:
            abandoned += 1
            abandonedWaitMilliseconds += Int128(call.waitMilliseconds)
            for index in thresholds.indices where call.waitMilliseconds <= thresholds[index] {
                abandonedWithin[index] += 1
            }
            if call.waitMilliseconds < shortAbandonMilliseconds { shortAbandons += 1 }
        case .timedOut: timedOut += 1
        case .exitedWithKey: exitedWithKey += 1
        case .exitedEmpty: exitedEmpty += 1
        case .withdrawn: withdrawn += 1
        }
    }

    mutating func merge(_ other: CallAggregate) {
        answered += other.answered
        abandoned += other.abandoned
        timedOut += other.timedOut
        exitedWithKey += other.exitedWithKey
        exitedEmpty += other.exitedEmpty
        withdrawn += other.withdrawn
        transferred += other.transferred
        answeredWaitMilliseconds += other.answeredWaitMilliseconds
        abandonedWaitMilliseconds += other.abandonedWaitMilliseconds
        talkMilliseconds += other.talkMilliseconds
        wrapMilliseconds += other.wrapMilliseconds
        answeredWaitSquares += other.answeredWaitSquares
        handleSquares += other.handleSquares
        answeredWaits.merge(other.answeredWaits)
        for index in answeredWithin.indices {
            answeredWithin[index] += other.answeredWithin[index]
            abandonedWithin[index] += other.abandonedWithin[index]
        }
        shortAbandons += other.shortAbandons
        ringNoAnswer += other.ringNoAnswer
        ringNoAnswerMilliseconds += other.ringNoAnswerMilliseconds
        ringCanceled += other.ringCanceled
        for index in hours.indices { hours[index] += other.hours[index] }
        weeks.formUnion(other.weeks)
        days.formUnion(other.days)
    }
}
