/// Running totals of the tickets created in one period. Durations in milliseconds.
struct TicketAggregate {
    var created = 0
    var resolved = 0
    var byChannel: [String: Int] = [:]
    var byReason: [String: Int] = [:]
    var phone = 0
    var emails = 0
    var emailResponded = 0
    var emailResponseMilliseconds: Int128 = 0
    var emailWithin24h = 0
    /// Creation times (epoch seconds) of email tickets with no response yet: whether 24 h have
    /// passed is decided at the end, against the latest time in the input.
    var emailUnansweredCreated: [Int64: Int] = [:]
    var chats = 0
    var chatResponded = 0
    var chatResponseMilliseconds: Int128 = 0
    var resolutionMilliseconds: Int128 = 0
    /// Resolved tickets with both an agent-replies and a reopen count; those resolved at first contact.
    var fcrEligible = 0
    var fcrResolved = 0
    /// First response times of all channels in whole minutes, for the median.
    var responseMinutes = SecondsHistogram()
}
