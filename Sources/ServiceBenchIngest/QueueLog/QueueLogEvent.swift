/// The queue_log events ServiceBench knows (README, "queue_log events"), by what they mean for a call.
enum QueueLogEvent: Equatable {
    case enterQueue
    case connect
    /// COMPLETECALLER / COMPLETEAGENT: `holdtime|calltime|origposition`.
    case complete
    /// TRANSFER, BLINDTRANSFER, ATTENDEDTRANSFER: `…|…|holdtime|calltime|origposition`.
    case transfer
    /// ABANDON, EXITWITHTIMEOUT, EXITEMPTY, WITHDRAW: `position|origposition|waittime`.
    case left(CallOutcome)
    /// EXITWITHKEY: `key|position|origposition|waittime`.
    case exitWithKey
    /// RINGNOANSWER: ring time in milliseconds.
    case ringNoAnswer
    case ringCanceled
    /// Member, agent, system and vendor events that do not change a call's outcome.
    case skipped
    case unknown

    private static let names: [(StaticString, QueueLogEvent)] = [
        ("ENTERQUEUE", .enterQueue), ("CONNECT", .connect), ("COMPLETECALLER", .complete), ("COMPLETEAGENT", .complete),
        ("ABANDON", .left(.abandoned)), ("EXITWITHTIMEOUT", .left(.timedOut)), ("EXITWITHKEY", .exitWithKey),
        ("EXITEMPTY", .left(.exitedEmpty)), ("WITHDRAW", .left(.withdrawn)),
        ("BLINDTRANSFER", .transfer), ("ATTENDEDTRANSFER", .transfer), ("TRANSFER", .transfer),
        ("RINGNOANSWER", .ringNoAnswer), ("RINGCANCELED", .ringCanceled),
        ("AGENTDUMP", .skipped), ("SYSCOMPAT", .skipped), ("AGENTLOGIN", .skipped), ("AGENTLOGOFF", .skipped),
        ("AGENTCALLBACKLOGIN", .skipped), ("AGENTCALLBACKLOGOFF", .skipped), ("ADDMEMBER", .skipped), ("REMOVEMEMBER", .skipped),
        ("PAUSE", .skipped), ("UNPAUSE", .skipped), ("PAUSEALL", .skipped), ("UNPAUSEALL", .skipped), ("PENALTY", .skipped),
        ("RINGINUSE", .skipped), ("QUEUESTART", .skipped), ("CONFIGRELOAD", .skipped), ("OUTCALL", .skipped),
        ("DID", .skipped), ("INFO", .skipped),
        // Wazo's own events (calls turned away before entering, or wrap-up markers).
        ("FULL", .skipped), ("JOINEMPTY", .skipped), ("LEAVEEMPTY", .skipped), ("CLOSED", .skipped),
        ("DIVERT_CA_RATIO", .skipped), ("DIVERT_HOLDTIME", .skipped), ("WRAPUPSTART", .skipped),
    ]

    /// The event of a name (exact, upper case as Asterisk writes it).
    @inline(__always) static func classify(_ bytes: UnsafeBufferPointer<UInt8>) -> QueueLogEvent {
        // The three most frequent first.
        if equal(bytes, "ENTERQUEUE") { return .enterQueue }
        if equal(bytes, "CONNECT") { return .connect }
        if equal(bytes, "COMPLETECALLER") || equal(bytes, "COMPLETEAGENT") { return .complete }
        for (name, event) in names where equal(bytes, name) { return event }
        return .unknown
    }

    @inline(__always) private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        guard bytes.count == name.utf8CodeUnitCount else { return false }
        let pointer = name.utf8Start
        for index in 0..<bytes.count where bytes[index] != pointer[index] { return false }
        return true
    }
}
