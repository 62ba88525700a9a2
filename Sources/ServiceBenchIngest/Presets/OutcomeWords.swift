/// The words of a calls export's `outcome` column, by outcome. Built in: English and French words
/// (`answered`, `répondu`, `abandoned`, `abandonné`, `manqué`, `non répondu`, `timeout`,
/// `messagerie` …); a preset replaces them with its vendor's.
struct OutcomeWords: Sendable {
    var answered: WordList
    var abandoned: WordList
    /// Calls neither answered nor abandoned by the caller (a timeout, sent to voicemail, busy).
    var timedOut: WordList

    static let empty = OutcomeWords(answered: WordList(), abandoned: WordList(), timedOut: WordList())

    static let builtIn = OutcomeWords(
        answered: WordList(["answered", "connected", "completed", "répondu", "repondu", "décroché", "decroche"]),
        abandoned: WordList(["abandoned", "abandon", "missed", "unanswered", "abandonné", "abandonne", "manqué", "manque", "non répondu", "non repondu", "perdu"]),
        timedOut: WordList(["timeout", "timedout", "timed_out", "voicemail", "messagerie", "dissuasion"]))

    var isEmpty: Bool { answered.isEmpty && abandoned.isEmpty && timedOut.isEmpty }

    /// The outcome `bytes` names, nil when none.
    @inline(__always) func outcome(of bytes: UnsafeBufferPointer<UInt8>) -> CallOutcome? {
        if answered.contains(bytes) { return .answered }
        if abandoned.contains(bytes) { return .abandoned }
        if timedOut.contains(bytes) { return .timedOut }
        return nil
    }

    /// The words, for error messages.
    var listed: String {
        [("answered", answered), ("abandoned", abandoned), ("timeout", timedOut)].map { name, list in
            "\(name): " + list.words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ", ")
        }.joined(separator: "; ")
    }
}

/// The words of a tickets export's `channel` column that mean phone, e-mail and chat.
struct ChannelWords: Sendable {
    var phone: WordList
    var email: WordList
    var chat: WordList

    static let empty = ChannelWords(phone: WordList(), email: WordList(), chat: WordList())

    static let builtIn = ChannelWords(
        phone: WordList(["phone", "voice", "call", "calls", "telephone", "téléphone", "telephone call"]),
        email: WordList(["email", "e-mail", "mail", "courriel"]),
        chat: WordList(["chat", "live chat", "livechat", "webchat", "tchat"]))

    var isEmpty: Bool { phone.isEmpty && email.isEmpty && chat.isEmpty }
}
