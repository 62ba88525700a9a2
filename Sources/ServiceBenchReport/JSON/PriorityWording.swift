import ServiceBenchCore
import ServiceBenchStaffing

/// The words of the JSON's `priorities`: the texts of the report language, with which each priority's
/// reasons and sentence are written as the report writes them.
package struct PriorityWording: Sendable {
    let kpis: KPIEntryBuilder
    let reference: ReferenceData

    /// Reads the texts of `language` from `templatesDirectory` (`i18n/fr.json` or `i18n/en.json`).
    package init(templatesDirectory: String, language: ReportLanguage, reference: ReferenceData) throws(ReportError) {
        let texts = try ReportTexts.load(templatesDirectory: templatesDirectory, language: language)
        self.init(texts: texts, reference: reference, language: language)
    }

    init(texts: ReportTexts, reference: ReferenceData, language: ReportLanguage) {
        kpis = KPIEntryBuilder(texts: texts, reference: reference, language: language)
        self.reference = reference
    }

    /// `priorities` of one company: `[{kpi, rank, reasons, gap, gap_unit, gap_basis, study,
    /// agents_needed: {from, to, agents} | null, sentence}]`, rank order; `gap` in the KPI's unit
    /// (`gap_unit`) to the target's threshold or the study's median (`gap_basis`), null when neither.
    func json(for comparison: CompanyComparison, staffing: StaffingReportData?) throws(ReportError) -> JSONValue {
        .array(try items(for: comparison, staffing: staffing).map { item in
            let priority = item.priority
            return .object([
                ("kpi", .string(priority.kpi.id)),
                ("rank", .number(Double(priority.rank))),
                ("reasons", .array(priority.reasons.map { .string($0.rawValue) })),
                ("gap", .optional(priority.gap)),
                ("gap_unit", priority.gap == nil ? .null : .string(priority.kpi.unit.rawValue)),
                ("gap_basis", .optional(priority.gapBasis?.rawValue)),
                ("study", .optional(priority.study?.id)),
                ("agents_needed", item.ask.map { ask in
                    .object([("from", .string(ask.from)), ("to", .string(ask.to)), ("agents", .number(Double(ask.agents)))])
                } ?? .null),
                ("sentence", .string(item.sentence)),
            ])
        })
    }

    /// The priorities of one company in rank order, in words: what `json` writes, and the workbook's
    /// priorities sheet and summary too.
    func items(for comparison: CompanyComparison, staffing: StaffingReportData?) throws(ReportError) -> [PriorityText] {
        try PriorityText.all(for: comparison, staffing: staffing, reference: reference, kpis: kpis)
    }
}
