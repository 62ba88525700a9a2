/// Running totals of the tickets created in one period. Durations in milliseconds.
struct TicketAggregate {
    var created = 0
    var resolved = 0
    var byChannel: [String: Int] = [:]
    var byReason: [String: Int] = [:]
    var phone = 0
    var emails = 0
    var emailResponded = 0
    var emailResponseMilliseconds: Int64 = 0
    var emailWithin24h = 0
    /// Creation times (epoch seconds) of email tickets with no response yet: whether 24 h have
    /// passed is decided at the end, against the latest time in the input.
    var emailUnansweredCreated: [Int64: Int] = [:]
    var chats = 0
    var chatResponded = 0
    var chatResponseMilliseconds: Int64 = 0
    var resolutionMilliseconds: Int64 = 0
    /// Resolved tickets with both an agent-replies and a reopen count; those resolved at first contact.
    var fcrEligible = 0
    var fcrResolved = 0
    /// First response times of all channels in whole minutes, for the median.
    var responseMinutes = SecondsHistogram()
}

/// Tickets by local day, for the backlog at any day boundary: open(E) = created before E − resolved
/// before E; the sums of creation times give the open tickets' mean age.
struct BacklogDays {
    var created: [Int: (count: Int, createdSeconds: Int64)] = [:]
    var resolved: [Int: (count: Int, createdSeconds: Int64)] = [:]

    /// Open tickets at the start of local day `end`, and the sum of their local creation seconds.
    func open(atStartOf end: Int) -> (count: Int, createdSeconds: Int64) {
        var count = 0
        var seconds: Int64 = 0
        for (day, value) in created where day < end {
            count += value.count
            seconds += value.createdSeconds
        }
        for (day, value) in resolved where day < end {
            count -= value.count
            seconds -= value.createdSeconds
        }
        return (count, seconds)
    }
}
