import ServiceBenchCore

/// The peer group in words, for the report's cover and summary, the KPI entries, the deck, the index
/// and the terminal table: « 9 entreprises du même profil de service (Accueil généraliste), celle-ci
/// comprise », and why a group asked for was not used.
struct PeerGroupText {
    let texts: ReportTexts
    let language: ReportLanguage
    /// The profile shown by its label (`Accueil généraliste`) rather than its id; the terminal table
    /// shows ids.
    let profileLabels: Bool

    /// « du même profil de service (Accueil généraliste) », « de tout le panel »: `group` as the
    /// company of `comparison` is placed in it.
    func phrase(_ group: PeerGroup, of comparison: CompanyComparison) throws(ReportError) -> String {
        let key = "peer_group_\(group.rawValue)"
        switch group {
        case .all: return try texts.text(key)
        case .sameProfile:
            let label = comparison.profile.map { profileLabels ? (language == .fr ? $0.labelFR : $0.labelEN) : $0.id }
            return try texts.format(key, ["key": XMLText.clean(label ?? comparison.company.profile ?? "")])
        case .sameSector: return try texts.format(key, ["key": XMLText.clean(comparison.company.sector ?? "")])
        case .sameSize: return try texts.format(key, ["key": XMLText.clean(comparison.company.size ?? "")])
        }
    }

    /// `panel_size_report`, `summary_peers`, `text_peer_group`: `{count}` companies of the group used, `{group}` it.
    func sizeText(_ key: String, of comparison: CompanyComparison, count: String) throws(ReportError) -> String {
        try texts.format(key, ["count": count, "group": phrase(comparison.peerGroup.used, of: comparison)])
    }

    /// Why the group asked for was not used, nil when it was.
    func fallbackNote(of comparison: CompanyComparison) throws(ReportError) -> String? {
        let choice = comparison.peerGroup
        switch choice.fallback {
        case nil: return nil
        case .unknownKey: return try texts.text("peer_group_unknown_\(choice.requested.rawValue)")
        case .tooSmall(let size):
            return try texts.format("peer_group_fallback", [
                "group": phrase(choice.requested, of: comparison), "size": String(size), "minimum": String(PeerGroup.minimumSize),
            ])
        }
    }
}
