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
