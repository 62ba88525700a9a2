import Foundation

/// Finds what a KPI-table header (or, in a transposed table, a row name; in a long table, a `kpi`
/// cell) names: a key column, or a KPI by its id, its French or English catalogue label, or an alias
/// of `headers.xml`. Matching ignores case, accents, the apostrophe's shape and every space
/// (`Taux d'abandon`, `TAUX D’ABANDON` and `taux  d'abandon` are one name); a name that fits two KPIs
/// is ambiguous, and the caller reports the candidates.
struct HeaderMatcher {
    enum Match: Equatable {
        case column(String)
        case kpi(KPIDefinition)
        /// Several KPIs answer to the name (ids sorted).
        case ambiguous([KPIDefinition])
        case unknown

        static func == (lhs: Match, rhs: Match) -> Bool {
            switch (lhs, rhs) {
            case (.column(let a), .column(let b)): return a == b
            case (.kpi(let a), .kpi(let b)): return a.id == b.id
            case (.ambiguous(let a), .ambiguous(let b)): return a.map(\.id) == b.map(\.id)
            case (.unknown, .unknown): return true
            default: return false
            }
        }
    }

    /// The key columns and their built-in English names.
    static let keyColumns = ["company", "period", "kpi", "value", "profile", "sector", "size", "country", "variant"]

    private var columns: [String: String] = [:]
    private var kpis: [String: [KPIDefinition]] = [:]

    init(catalogue: [KPIDefinition], aliases: [HeaderAlias]) {
        for column in Self.keyColumns { columns[Self.key(column)] = column }
        var definitions: [String: KPIDefinition] = [:]
        for kpi in catalogue where definitions[kpi.id] == nil { definitions[kpi.id] = kpi }
        func add(_ name: String, _ kpi: KPIDefinition) {
            let key = Self.key(name)
            guard !key.isEmpty else { return }
            if !(kpis[key] ?? []).contains(where: { $0.id == kpi.id }) { kpis[key, default: []].append(kpi) }
        }
        for kpi in catalogue {
            add(kpi.id, kpi)
            add(kpi.labelFR, kpi)
            add(kpi.labelEN, kpi)
        }
        for alias in aliases {
            switch alias.target {
            case .column(let column): columns[Self.key(alias.name)] = column
            case .kpi(let id): if let kpi = definitions[id] { add(alias.name, kpi) }
            }
        }
        // An id is exact: a label or alias that folds to another KPI's id does not make it ambiguous.
        for kpi in catalogue { kpis[Self.key(kpi.id)] = [kpi] }
    }

    /// What `name` names; key columns first (a KPI is never called `company`).
    func match(_ name: String) -> Match {
        let key = Self.key(name)
        if let column = columns[key] { return .column(column) }
        guard let found = kpis[key], !found.isEmpty else { return .unknown }
        return found.count == 1 ? .kpi(found[0]) : .ambiguous(found.sorted { $0.id < $1.id })
    }

    /// The KPI `name` names, ignoring key columns (a `kpi` cell of a long table, a transposed row).
    func kpi(_ name: String) -> Match {
        let key = Self.key(name)
        guard let found = kpis[key], !found.isEmpty else { return .unknown }
        return found.count == 1 ? .kpi(found[0]) : .ambiguous(found.sorted { $0.id < $1.id })
    }

    /// The comparison key: lower case, accents removed, `’` as `'`, spaces (ASCII, no-break, thin) dropped.
    static func key(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var key = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r", "\u{00A0}", "\u{202F}", "\u{2009}": continue
            case "\u{2019}", "\u{2018}", "\u{00B4}", "`": key.append("'")
            default: key.append(scalar)
            }
        }
        return String(key).lowercased()
    }

    /// "could be 'email_response_time' (Délai de réponse aux e-mails) or 'resolution_time' (Délai de
    /// résolution); name the column with the KPI's id" for an ambiguous name.
    static func ambiguityMessage(_ name: String, candidates: [KPIDefinition]) -> String {
        let listed = candidates.map { "'\($0.id)' (\($0.labelFR))" }
        let joined = listed.count > 1 ? listed.dropLast().joined(separator: ", ") + " or " + listed[listed.count - 1] : listed.joined()
        return "'\(name)' is ambiguous: it could be \(joined); write the KPI's id (\(candidates.map(\.id).joined(separator: ", "))) instead"
    }
}
