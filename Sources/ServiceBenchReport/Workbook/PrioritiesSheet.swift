import ServiceBenchCore

/// The priorities sheet (Priorités): one row per priority of each company, in rank order, as the
/// JSON's `priorities`: the reasons (codes, comma-separated), the gap in the KPI's unit and what it
/// is measured to, the study, the agents a staffed call KPI needs, and the sentence in the report language.
struct PrioritiesSheet {
    let texts: ReportTexts
    let language: ReportLanguage

    static let columns: [(key: String, width: Double)] = [
        ("company", 28), ("period", 9), ("rank", 7), ("kpi", 24), ("label", 34), ("unit", 9), ("value", 12), ("reasons", 30), ("gap", 12),
        ("gap_basis", 13), ("study", 24), ("agents_from", 9), ("agents_to", 9), ("agents", 10), ("sentence", 80),
    ]

    /// `priorities`: each company's, in rank order.
    func table(_ comparisons: [CompanyComparison], priorities: [[PriorityText]]) throws(ReportError) -> WorkbookTable {
        WorkbookTable(
            name: try texts.text("xlsx_sheet_priorities"), columns: try WorkbookTable.columns(Self.columns, texts: texts),
            rowCount: priorities.reduce(0) { $0 + $1.count }
        ) { emit in
            for (offset, comparison) in comparisons.enumerated() {
                let results = Dictionary(comparison.results.map { ($0.kpi.id, $0) }, uniquingKeysWith: { first, _ in first })
                for item in priorities[offset] {
                    let priority = item.priority, kpi = priority.kpi
                    try emit([
                        .text(comparison.company.name), .text(comparison.period.description), .integer(priority.rank), .text(kpi.id),
                        .text(language == .fr ? kpi.labelFR : kpi.labelEN), .text(kpi.unit.rawValue),
                        results[kpi.id].map(KPISheet.value) ?? .empty,
                        .text(priority.reasons.map(\.rawValue).joined(separator: ", ")), .figure(priority.gap, in: kpi.unit),
                        .optionalText(priority.gapBasis?.rawValue), .optionalText(priority.study?.id), .optionalText(item.ask?.from),
                        .optionalText(item.ask?.to), .integer(item.ask?.agents), .text(item.sentence),
                    ])
                }
            }
        }
    }
}
