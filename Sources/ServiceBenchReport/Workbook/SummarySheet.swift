import ServiceBenchCore

/// The summary sheet (Synthèse): one row per company with what its board summary shows, as data:
/// its overall standing in the run (as the JSON's `overall`), how many targets it meets, nears and
/// misses, how many KPIs worsened beyond the margin of error, the records its sources rejected, its
/// first three priorities in words; then, for each headline KPI of the companies' profiles
/// (catalogue order), the company's value and its target status in words.
struct SummarySheet {
    let texts: ReportTexts
    let reference: ReferenceData
    let language: ReportLanguage

    static let columns: [(key: String, width: Double)] = [
        ("company", 28), ("period", 9), ("profile", 16), ("sector", 12), ("size", 10), ("country", 8), ("panel_size", 10),
        ("small_panel", 9), ("overall_rank", 9), ("overall_count", 11), ("mean_peer_percentile", 13), ("ranked_kpis", 11),
        ("kpis_measured", 11), ("targets_met", 10), ("targets_near", 10), ("targets_missed", 10), ("kpis_worsened", 10),
        ("priority_count", 10), ("records_read", 12), ("records_rejected", 12), ("message_1", 60), ("message_2", 60), ("message_3", 60),
    ]

    /// `priorities`: each company's, in rank order; `standings`: each company's overall standing
    /// (`PanelStanding`), nil for a run of one company or a company ranked on no KPI.
    func table(_ comparisons: [CompanyComparison], standings: [PanelStanding?], priorities: [[PriorityText]]) throws(ReportError) -> WorkbookTable {
        let headline = headlineKPIs(comparisons)
        var columns = try WorkbookTable.columns(Self.columns, texts: texts)
        for kpi in headline {
            let label = language == .fr ? kpi.labelFR : kpi.labelEN
            columns.append(WorkbookTable.Column(header: label, width: 14))
            columns.append(WorkbookTable.Column(header: try texts.format("xlsx_col_headline_status", ["label": label]), width: 16))
        }
        let statuses: [String: String] = [
            "met": try texts.text("text_status_met"), "near": try texts.text("text_status_near"), "missed": try texts.text("text_status_missed"),
            "met_within_margin": try texts.text("text_status_met_within_margin"),
        ]
        return WorkbookTable(name: try texts.text("xlsx_sheet_summary"), columns: columns, rowCount: comparisons.count) { emit in
            for (offset, comparison) in comparisons.enumerated() {
                let standing = standings[offset]
                let results = comparison.results
                let messages = priorities[offset].prefix(ReportModelBuilder.fixFirstCount).map { WorkbookCell.text($0.sentence) }
                var cells: [WorkbookCell] = [
                    .text(comparison.company.name), .text(comparison.period.description),
                    .optionalText(comparison.profile?.id ?? comparison.company.profile), .optionalText(comparison.company.sector),
                    .optionalText(comparison.company.size), .optionalText(comparison.company.country), .integer(comparison.panelSize),
                    .bool(comparison.isSmallPanel), .integer(standing?.rank), .integer(standing?.count),
                    .number(standing?.meanPercentile, as: .decimal1), .integer(standing?.rankedKPIs),
                    .integer(Set(results.map(\.kpi.id)).count), .integer(results.count { $0.target?.status == .met }),
                    .integer(results.count { $0.target?.status == .near }), .integer(results.count { $0.target?.status == .missed }),
                    .integer(results.count { $0.trend?.isWorsening == true }), .integer(priorities[offset].count),
                    .integer(comparison.quality.isEmpty ? nil : comparison.quality.reduce(0) { $0 + $1.recordsRead }),
                    .integer(comparison.quality.isEmpty ? nil : comparison.quality.reduce(0) { $0 + $1.rejectedCount }),
                ]
                cells += messages + Array(repeating: .empty, count: ReportModelBuilder.fixFirstCount - messages.count)
                for kpi in headline {
                    guard let result = results.first(where: { $0.kpi.id == kpi.id }) else {
                        cells += [.empty, .empty]
                        continue
                    }
                    cells.append(KPISheet.value(result))
                    if let target = result.target {
                        cells.append(.optionalText(statuses[target.isMetWithinMargin ? "met_within_margin" : target.status.rawValue]))
                    } else {
                        cells.append(.empty)
                    }
                }
                try emit(cells)
            }
        }
    }

    /// The headline KPIs of every profile in `comparisons`, in catalogue order.
    func headlineKPIs(_ comparisons: [CompanyComparison]) -> [KPIDefinition] {
        var profiles = Set<String>()
        var wanted = Set<String>()
        for comparison in comparisons where profiles.insert(comparison.profile?.id ?? "").inserted {
            wanted.formUnion(reference.headlineKPIs(for: comparison.profile))
        }
        return reference.kpis.filter { wanted.contains($0.id) }
    }
}
