/// Running totals of the tickets created in one period. Durations in milliseconds; sums in `Int128`
/// (a ticket may stay open for years: 10⁶ such tickets would wrap an `Int64`).
struct TicketAggregate {
    enum ChannelKind { case phone, email, chat, other }

    var created = 0
    var resolved = 0
    var byChannel: [String: Int] = [:]
    /// By contact reason number (`NameInterner`), when the export has a `contact_reason` column.
    var reasons = TicketReasonTallies()
    var phone = 0
    var emails = 0
    var emailResponded = 0
    var emailResponseMilliseconds: Int128 = 0
    /// Σ of the squared durations (ms²) beside each Σ, for the means' standard deviations. Timestamps
    /// lie in 1900–2200, so a ticket adds at most (300 years)² ≈ 9 × 10²⁵ ms²: no file that can exist
    /// brings an `Int128` sum near its limit (1.7 × 10³⁸).
    var emailResponseSquares: Int128 = 0
    var emailWithin24h = 0
    /// Creation times (epoch seconds) of email tickets with no response yet: whether 24 h have
    /// passed is decided at the end, against the latest time in the input.
    var emailUnansweredCreated: [Int64: Int] = [:]
    var chats = 0
    var chatResponded = 0
    var chatResponseMilliseconds: Int128 = 0
    var chatResponseSquares: Int128 = 0
    var resolutionMilliseconds: Int128 = 0
    var resolutionSquares: Int128 = 0
    /// Resolved tickets with both an agent-replies and a reopen count; those resolved at first contact.
    var fcrEligible = 0
    var fcrResolved = 0
    /// First response times of all channels in whole minutes, for the median.
    var responseMinutes = SecondsHistogram()

    /// Counts one ticket (already checked). Called in place on the stored aggregate
    /// (`periods[i, default: …].add`), so the dictionaries are never copied.
    mutating func add(
        channel: String, kind: ChannelKind, reason: Int?, createdSeconds: Int64, responseMilliseconds: Int64?,
        resolutionMilliseconds resolution: Int64?, firstContact: Bool?
    ) {
        created += 1
        byChannel[channel, default: 0] += 1
        if let reason { reasons.add(reason, resolutionMilliseconds: resolution) }
        if let responseMilliseconds { responseMinutes.add(Int(responseMilliseconds / 60_000)) }
        switch kind {
        case .phone:
            phone += 1
        case .email:
            emails += 1
            if let responseMilliseconds {
                emailResponded += 1
                emailResponseMilliseconds += Int128(responseMilliseconds)
                emailResponseSquares += Int128(responseMilliseconds) * Int128(responseMilliseconds)
                if responseMilliseconds <= 24 * 3_600_000 { emailWithin24h += 1 }
            } else {
                emailUnansweredCreated[createdSeconds, default: 0] += 1
            }
        case .chat:
            if let responseMilliseconds {
                chats += 1
                chatResponded += 1
                chatResponseMilliseconds += Int128(responseMilliseconds)
                chatResponseSquares += Int128(responseMilliseconds) * Int128(responseMilliseconds)
            }
        case .other:
            break
        }
        if let resolution {
            resolved += 1
            resolutionMilliseconds += Int128(resolution)
            resolutionSquares += Int128(resolution) * Int128(resolution)
            if let firstContact {
                fcrEligible += 1
                if firstContact { fcrResolved += 1 }
            }
        }
    }
}
