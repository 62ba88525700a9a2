import ServiceBenchCore
import ServiceBenchIngest
import ServiceBenchStaffing

/// Builds the `ReportModel` of one company from its comparison, the reference data and the options.
/// Sections with nothing to say are left out of the model, so the templates leave them out too.
package struct ReportModelBuilder {
    let texts: ReportTexts
    let reference: ReferenceData
    let options: ReportOptions
    let kpis: KPIEntryBuilder
    let formatter: ValueFormatter

    package init(texts: ReportTexts, reference: ReferenceData, options: ReportOptions) {
        self.texts = texts
        self.reference = reference
        self.options = options
        self.kpis = KPIEntryBuilder(texts: texts, reference: reference, language: options.language)
        self.formatter = ValueFormatter(language: options.language)
    }

    /// What every document shows in its head: language, title, the date the user gave.
    struct DocumentHead {
        let lang: String
        let isXHTML: Bool
        let title: String
        /// `--date` in words, and as given (ISO 8601).
        let dateText: String?
        let dateISO: String?
    }

    /// The head of a document titled `--title`, or the default title.
    func documentHead() throws(ReportError) -> DocumentHead {
        let defaultTitle = try texts.text("default_title")
        let title = XMLText.clean(options.title ?? defaultTitle)
        var dateText: String?
        if let date = options.date {
            let parts = try ReportOptions.parseDate(date)
            dateText = try texts.format("date", [
                "day": String(parts.day), "month": texts.text("month_\(parts.month)"), "year": String(parts.year),
            ])
        }
        return DocumentHead(
            lang: options.language.rawValue, isXHTML: options.format == .xhtml, title: title, dateText: dateText,
            dateISO: dateText == nil ? nil : options.date)
    }

    /// What a company's report and deck say of it under their title: its profile, its peer group and
    /// its size, why the group asked for was not used, and the warning of a small panel.
    struct CompanyFacts {
        let profileLabel: String?
        let panelText: String
        let panelWarning: String?
        /// « Rangs parmi 9 entreprises du même profil de service (…), celle-ci comprise. »
        let peersText: String
        /// The peer group in words, for each KPI entry's rank.
        let peerGroup: String
        /// Why the group asked for (`--peers`) was not used; nil when it was.
        let peerGroupNote: String?
    }

    var peerGroupText: PeerGroupText { PeerGroupText(texts: texts, language: options.language, profileLabels: true) }

    func companyFacts(_ comparison: CompanyComparison) throws(ReportError) -> CompanyFacts {
        let groups = peerGroupText
        let count = formatter.number(Double(comparison.panelSize))
        return CompanyFacts(
            profileLabel: comparison.profile.map { options.language == .fr ? $0.labelFR : $0.labelEN },
            panelText: try groups.sizeText("panel_size_report", of: comparison, count: count),
            panelWarning: comparison.isSmallPanel
                ? try texts.format("small_panel", ["count": String(comparison.panelSize), "minimum": String(PeerRank.minimumPanel)]) : nil,
            peersText: try groups.sizeText("summary_peers", of: comparison, count: count),
            peerGroup: try groups.phrase(comparison.peerGroup.used, of: comparison),
            peerGroupNote: try groups.fallbackNote(of: comparison))
    }

    /// `detail`: the company's calls, tickets and surveys from its raw exports (nil for a KPI table).
    package func build(
        _ comparison: CompanyComparison, staffing: StaffingReportData? = nil, detail: IngestDetail? = nil
    ) throws(ReportError) -> ReportModel {
        let head = try documentHead()
        let facts = try companyFacts(comparison)

        var entries: [String: KPIEntryView] = [:]
        var toc: [ReportView.ContentsEntry] = []
        // The peer group is the company's, the same for every KPI: the cover and the summary say it
        // once (`facts.peerGroup`), not each KPI's rank.
        for result in comparison.results where entries[result.kpi.id] == nil {
            entries[result.kpi.id] = try kpis.entry(result)
        }

        let priorities = try prioritiesSection(comparison, staffing: staffing)
        var summary: SummaryView?
        let headlineList = headlineIDs(comparison)
        let headline = headlineList.compactMap { entries[$0] }
        if !headline.isEmpty {
            // Printed on one A4 page: two columns of cards, three from seven cards on; the KPIs that
            // need attention fill the cells left on the last row, or a row of their own.
            let columns = headline.count >= 7 ? 3 : 2
            let left = headline.count % columns
            summary = SummaryView(
                entries: headline, peersText: facts.peersText, peerGroupNote: facts.peerGroupNote,
                rejected: try rejectedSources(comparison.quality), columns: columns == 3 ? "three" : "two",
                attention: try attention(comparison, besides: Set(headlineList), entries: entries, span: left == 0 ? columns : columns - left),
                fixFirst: priorities.map { PrioritiesView(items: Array($0.items.prefix(Self.fixFirstCount)), method: $0.method) })
            toc.append(ReportView.ContentsEntry(anchor: "summary", title: try texts.text("summary_title")))
        }
        if priorities != nil { toc.append(ReportView.ContentsEntry(anchor: "priorities", title: try texts.text("priorities_title"))) }

        var dimensions: [DimensionView] = []
        for dimension in Dimension.allCases {
            var seen = Set<String>()
            let rows = comparison.results.filter { $0.kpi.dimension == dimension && seen.insert($0.kpi.id).inserted }.compactMap { entries[$0.kpi.id] }
            guard !rows.isEmpty else { continue }
            let anchor = "dimension-\(dimension.rawValue)"
            let dimensionTitle = try texts.text("dimension_\(dimension.rawValue)")
            dimensions.append(DimensionView(
                anchor: anchor, title: dimensionTitle, intro: try texts.text("dimension_\(dimension.rawValue)_intro"), entries: rows))
            toc.append(ReportView.ContentsEntry(anchor: anchor, title: dimensionTitle))
        }

        let maturity = try maturitySection(comparison.unmeasured)
        if maturity != nil { toc.append(ReportView.ContentsEntry(anchor: "maturity", title: try texts.text("maturity_title"))) }
        var staffingView: StaffingView?
        if let staffing, !staffing.rows.isEmpty {
            staffingView = try staffingSection(staffing)
            toc.append(ReportView.ContentsEntry(anchor: "staffing", title: try texts.text("staffing_title")))
        }
        let breakdowns = try BreakdownsBuilder(texts: texts, reference: reference, kpis: kpis, formatter: formatter)
            .sections(comparison, detail: detail)
        toc += breakdowns.map { ReportView.ContentsEntry(anchor: $0.anchor, title: $0.title) }
        let reasons = try reasonsSection(detail, period: comparison.period)
        if reasons != nil { toc.append(ReportView.ContentsEntry(anchor: "reasons", title: try texts.text("reasons_title"))) }
        let quality = try qualitySection(comparison.quality)
        if quality != nil { toc.append(ReportView.ContentsEntry(anchor: "quality", title: try texts.text("quality_title"))) }
        let studies = try SourcesBuilder(kpis: kpis, reference: reference).studies(cited: comparison)
        toc.append(ReportView.ContentsEntry(anchor: "methodology", title: try texts.text("methodology_title")))

        let view = ReportView(
            lang: head.lang, isXHTML: head.isXHTML, title: head.title, company: XMLText.clean(comparison.company.name),
            period: comparison.period.description, dateText: head.dateText, dateISO: head.dateISO,
            profileLabel: facts.profileLabel, panelText: facts.panelText, panelWarning: facts.panelWarning,
            peerGroupNote: facts.peerGroupNote, keyMessages: Array((priorities?.items ?? []).prefix(Self.fixFirstCount).map(\.sentence)),
            hasKeyMessages: priorities != nil, toc: toc, summary: summary, priorities: priorities, dimensions: dimensions, maturity: maturity,
            staffing: staffingView, quality: quality, methodology: MethodologyView(studies: studies, hasStudies: !studies.isEmpty),
            breakdowns: breakdowns, reasons: reasons)
        return ReportModel(companyName: comparison.company.name, period: comparison.period, view: view)
    }

    /// The priorities the board summary shows.
    static let fixFirstCount = 3

    /// Every priority of the company (`PriorityRanker`), with its reasons and staffing ask in words;
    /// nil when there is none.
    func prioritiesSection(_ comparison: CompanyComparison, staffing: StaffingReportData?) throws(ReportError) -> PrioritiesView? {
        let priorities = try PriorityText.all(for: comparison, staffing: staffing, reference: reference, kpis: kpis)
        guard !priorities.isEmpty else { return nil }
        let results = Dictionary(comparison.results.map { ($0.kpi.id, $0) }, uniquingKeysWith: { first, _ in first })
        let items = try priorities.map { item throws(ReportError) in
            PrioritiesView.Item(
                id: item.priority.kpi.id, rank: String(item.priority.rank), label: kpis.label(item.priority.kpi),
                value: try results[item.priority.kpi.id].map { result throws(ReportError) in try kpis.displayValue(result) } ?? "",
                reasons: item.reasons, ask: item.askText, sentence: item.sentence)
        }
        return PrioritiesView(items: items, method: try texts.text("priorities_method"))
    }

    /// The most KPIs the board summary lists under "needs attention", so that it stays on one page.
    static let attentionLimit = 6

    /// The KPIs outside the headline cards whose target is missed or that worsened (not within the
    /// margin of error, `Trend.isWorsening`), missed targets first (catalogue order within each), at most `attentionLimit`; nil when there is none.
    /// `span` is the number of card columns the list takes.
    func attention(
        _ comparison: CompanyComparison, besides headline: Set<String>, entries: [String: KPIEntryView], span: Int
    ) throws(ReportError) -> SummaryView.Attention? {
        let others = comparison.results.filter { !headline.contains($0.kpi.id) }
        let missed = others.filter { $0.target?.status == .missed }
        let worsened = others.filter { $0.target?.status != .missed && $0.trend?.isWorsening == true }
        let flagged = (missed + worsened).compactMap { entries[$0.kpi.id] }
        guard !flagged.isEmpty else { return nil }
        let shown = Array(flagged.prefix(Self.attentionLimit))
        let more = flagged.count - shown.count
        return SummaryView.Attention(
            items: shown, span: String(span),
            more: more > 0 ? try texts.format("attention_more", ["count": formatter.number(Double(more))]) : nil)
    }

    /// The board summary's KPIs: the profile's headline list, or the catalogue's headline KPIs.
    func headlineIDs(_ comparison: CompanyComparison) -> [String] {
        reference.headlineKPIs(for: comparison.profile)
    }

    func maturitySection(_ unmeasured: [UnmeasuredKPI]) throws(ReportError) -> MaturityView? {
        var entries: [MaturityView.Entry] = []
        var others: [String] = []
        for item in unmeasured {
            guard !item.adoption.isEmpty else {
                others.append(kpis.label(item.kpi))
                continue
            }
            var lines: [MaturityView.Rate] = []
            for (rate, study) in item.adoption {
                let share = min(1, max(0, rate.share))
                let key = item.kpi.kind == .practice ? "adoption_practice" : "adoption_measure"
                lines.append(MaturityView.Rate(
                    text: try texts.format(key, ["share": formatter.share(share)]),
                    option: rate.option.map { texts.strings["option_\($0)"] ?? XMLText.clean($0) },
                    study: kpis.studyName(study), sample: try kpis.sampleText(study), method: try kpis.methodWord(study.method),
                    barWidth: ChartGeometry.coordinate(share * ChartGeometry.positionWidth),
                    trackWidth: ChartGeometry.coordinate(ChartGeometry.positionWidth),
                    source: kpis.source(rate.citation, statement: options.language == .fr ? rate.statementFR : rate.statementEN)))
            }
            entries.append(MaturityView.Entry(label: kpis.label(item.kpi), definition: kpis.definition(item.kpi), rates: lines))
        }
        guard !entries.isEmpty || !others.isEmpty else { return nil }
        return MaturityView(
            entries: entries, hasEntries: !entries.isEmpty,
            others: others.isEmpty ? nil : try texts.format("maturity_others", ["list": others.joined(separator: ", ")]))
    }

    func staffingSection(_ staffing: StaffingReportData) throws(ReportError) -> StaffingView {
        var averageLabel: String?
        if case .averageVolume? = staffing.basis { averageLabel = try texts.text("staffing_average_label") }
        let unreachable = try texts.text("staffing_unreachable")
        let rows = staffing.rows.map { row in
            StaffingView.Row(
                label: averageLabel ?? XMLText.clean(row.label), calls: formatter.number(row.calls),
                aht: formatter.duration(seconds: row.averageHandleSeconds),
                agents: row.agentsNeeded.map { formatter.number(Double($0)) } ?? unreachable,
                serviceLevel: row.observedServiceLevel.map { formatter.percent($0) })
        }
        var basisText: String?
        switch staffing.basis {
        case .weekdayHours(let weeks, let days)?:
            basisText = try texts.format("staffing_basis_hourly", ["weeks": formatter.number(Double(weeks)), "days": formatter.number(Double(days))])
        case .averageVolume(let calls, let hours, let days, let hoursPerDay)?:
            basisText = try texts.format("staffing_basis_average", [
                "calls": formatter.number(calls), "hours": formatter.number(hours),
                "days": formatter.number(days), "hoursPerDay": formatter.number(hoursPerDay),
            ])
        case nil:
            break
        }
        return StaffingView(
            targetText: try texts.format("staffing_target", [
                "share": formatter.percent(staffing.targetShare), "seconds": formatter.duration(seconds: staffing.targetSeconds),
                "model": XMLText.clean(staffing.model),
            ]),
            basisText: basisText, rows: rows,
            // One row (the average hour) makes two equal bars that say nothing: the table alone.
            chart: staffing.rows.count > 1 ? ChartGeometry.staffingChart(staffing.rows, format: { formatter.number($0) }) : nil)
    }

    /// The board summary's line for each source with rejected records: the KPIs computed from that
    /// source rest on the records that could be read.
    func rejectedSources(_ quality: [DataQuality]) throws(ReportError) -> [String] {
        var lines: [String] = []
        for item in quality where item.rejectedCount > 0 {
            lines.append(XMLText.clean(try texts.format("summary_rejected", [
                "source": item.source, "read": formatter.number(Double(item.recordsRead)), "rejected": formatter.number(Double(item.rejectedCount)),
            ])))
        }
        return lines
    }

    func qualitySection(_ quality: [DataQuality]) throws(ReportError) -> QualityView? {
        guard !quality.isEmpty else { return nil }
        var sources: [QualityView.Source] = []
        for item in quality {
            var reasons: [QualityView.Source.Reason] = []
            for reason in item.rejections.keys.sorted() {
                guard let rejection = item.rejections[reason] else { continue }
                let examples = rejection.examples.map { example in
                    QualityView.Source.Reason.Example(location: XMLText.clean(example.location.description), message: XMLText.clean(example.message))
                }
                reasons.append(QualityView.Source.Reason(
                    reason: XMLText.clean(reason), count: formatter.number(Double(rejection.count)), examples: examples))
            }
            sources.append(QualityView.Source(
                source: XMLText.clean(item.source),
                summary: try texts.format("quality_summary", [
                    "read": formatter.number(Double(item.recordsRead)), "rejected": formatter.number(Double(item.rejectedCount)),
                ]),
                reasons: reasons, hasReasons: !reasons.isEmpty, notes: item.notes.map { XMLText.clean($0) }))
        }
        return QualityView(sources: sources)
    }
}
