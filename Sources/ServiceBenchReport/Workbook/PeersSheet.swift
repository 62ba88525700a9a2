import ServiceBenchCore

/// The peers sheet (Pairs): one row per company × KPI ranked in the peer panel, with the value, the
/// rank (1 = best), the number of companies ranked and the peer percentile (0–100), as the JSON's
/// `peers`; the peer group the company is ranked in (`same-profile`…, its size, the group asked for
/// when it fell back), as the JSON's `peer_group`; and for a count ranked per 1,000 of a volume, that
/// volume and the rate, as `peers.rate`.
struct PeersSheet {
    let texts: ReportTexts
    let language: ReportLanguage

    static let columns: [(key: String, width: Double)] = [
        ("company", 28), ("period", 9), ("kpi", 24), ("label", 34), ("unit", 9), ("value", 12), ("peer_rank", 9), ("peer_count", 9),
        ("peer_percentile", 11), ("small_panel", 9), ("peer_group", 14), ("peer_group_size", 9), ("peer_group_fell_back_from", 14),
        ("ranked_per_1000", 16), ("rate_per_1000", 11),
    ]

    func table(_ comparisons: [CompanyComparison]) throws(ReportError) -> WorkbookTable {
        let rowCount = comparisons.reduce(0) { total, comparison in total + comparison.results.count { $0.peers != nil } }
        return WorkbookTable(
            name: try texts.text("xlsx_sheet_peers"), columns: try WorkbookTable.columns(Self.columns, texts: texts), rowCount: rowCount
        ) { emit in
            for comparison in comparisons {
                for result in comparison.results {
                    guard let peers = result.peers else { continue }
                    let group = comparison.peerGroup
                    try emit([
                        .text(comparison.company.name), .text(comparison.period.description), .text(result.kpi.id),
                        .text(language == .fr ? result.kpi.labelFR : result.kpi.labelEN), .text(result.kpi.unit.rawValue), KPISheet.value(result),
                        .integer(peers.rank), .integer(peers.count), .number(peers.percentile, as: .decimal1), .bool(peers.isSmallPanel),
                        .text(group.used.rawValue), .integer(group.size), group.fellBackFrom.map { .text($0.rawValue) } ?? .empty,
                        peers.rate.map { .text($0.base) } ?? .empty, peers.rate.map { .number($0.value, as: .decimal1) } ?? .empty,
                    ])
                }
            }
        }
    }
}
