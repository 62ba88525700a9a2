import ServiceBenchCore

/// Builds the `ReportModel` of one company from its comparison, the reference data and the options.
/// Sections with nothing to say are left out of the model, so the templates leave them out too.
public struct ReportModelBuilder {
    let texts: ReportTexts
    let reference: ReferenceData
    let options: ReportOptions
    let kpis: KPIEntryBuilder
    let formatter: ValueFormatter

    public init(texts: ReportTexts, reference: ReferenceData, options: ReportOptions) {
        self.texts = texts
        self.reference = reference
        self.options = options
        self.kpis = KPIEntryBuilder(texts: texts, reference: reference, language: options.language)
        self.formatter = ValueFormatter(language: options.language)
    }

    /// The values every document shares: language, format flags, texts, title, date.
    func documentContext(title: String) throws(ReportError) -> [String: Any] {
        var context: [String: Any] = [
            "lang": options.language.rawValue, "isXHTML": options.format == .xhtml, "t": texts.strings,
            "title": title, "dateText": false, "profileLabel": false, "panelWarning": false, "summary": false, "maturity": false,
            "staffing": false, "quality": false,
        ]
        if let date = options.date {
            let parts = try ReportOptions.parseDate(date)
            context["dateText"] = try texts.format("date", [
                "day": String(parts.day), "month": texts.text("month_\(parts.month)"), "year": String(parts.year),
            ])
            context["dateISO"] = date
        }
        return context
    }

    public func build(_ comparison: CompanyComparison, staffing: StaffingReportData? = nil) throws(ReportError) -> ReportModel {
        let company = XMLText.clean(comparison.company.name)
        let defaultTitle = try texts.text("default_title")
        let title = XMLText.clean(options.title ?? defaultTitle)
        var context = try documentContext(title: title)
        context["company"] = company
        context["period"] = comparison.period.description
        if let profile = comparison.profile {
            context["profileLabel"] = options.language == .fr ? profile.labelFR : profile.labelEN
        }
        context["panelText"] = try texts.format("panel_size_report", ["count": formatter.number(Double(comparison.panelSize))])
        if comparison.panelSize > 1 && comparison.panelSize < PeerRank.minimumPanel {
            context["panelWarning"] = try texts.format("small_panel", ["count": String(comparison.panelSize), "minimum": String(PeerRank.minimumPanel)])
        }

        var entries: [String: [String: Any]] = [:]
        var toc: [[String: Any]] = []
        for result in comparison.results where entries[result.kpi.id] == nil {
            entries[result.kpi.id] = try kpis.entry(result)
        }

        let headlineList = headlineIDs(comparison)
        let headline = headlineList.compactMap { entries[$0] }
        if !headline.isEmpty {
            // Printed on one A4 page: two columns of cards, three from seven cards on; the KPIs that
            // need attention fill the cells left on the last row, or a row of their own.
            let columns = headline.count >= 7 ? 3 : 2
            let left = headline.count % columns
            context["summary"] = [
                "entries": headline, "columns": columns == 3 ? "three" : "two",
                "attention": try attention(comparison, besides: Set(headlineList), entries: entries, span: left == 0 ? columns : columns - left),
            ]
            toc.append(["anchor": "summary", "title": try texts.text("summary_title")])
        }

        var dimensions: [[String: Any]] = []
        for dimension in Dimension.allCases {
            var seen = Set<String>()
            let rows = comparison.results.filter { $0.kpi.dimension == dimension && seen.insert($0.kpi.id).inserted }.compactMap { entries[$0.kpi.id] }
            guard !rows.isEmpty else { continue }
            let anchor = "dimension-\(dimension.rawValue)"
            let dimensionTitle = try texts.text("dimension_\(dimension.rawValue)")
            dimensions.append(["anchor": anchor, "title": dimensionTitle, "intro": try texts.text("dimension_\(dimension.rawValue)_intro"), "entries": rows])
            toc.append(["anchor": anchor, "title": dimensionTitle])
        }
        context["dimensions"] = dimensions

        if let maturity = try maturitySection(comparison.unmeasured) {
            context["maturity"] = maturity
            toc.append(["anchor": "maturity", "title": try texts.text("maturity_title")])
        }
        if let staffing, !staffing.rows.isEmpty {
            context["staffing"] = try staffingSection(staffing)
            toc.append(["anchor": "staffing", "title": try texts.text("staffing_title")])
        }
        if let quality = try qualitySection(comparison.quality) {
            context["quality"] = quality
            toc.append(["anchor": "quality", "title": try texts.text("quality_title")])
        }
        let studies = try SourcesBuilder(kpis: kpis, reference: reference).studies(cited: comparison)
        context["methodology"] = ["studies": studies, "hasStudies": !studies.isEmpty]
        toc.append(["anchor": "methodology", "title": try texts.text("methodology_title")])
        context["toc"] = toc
        return ReportModel(companyName: comparison.company.name, period: comparison.period, context: context)
    }

    /// The most KPIs the board summary lists under "needs attention", so that it stays on one page.
    static let attentionLimit = 6

    /// The KPIs outside the headline cards whose target is missed or whose trend is worse, missed
    /// targets first (catalogue order within each), at most `attentionLimit`; false when there is none.
    /// `span` is the number of card columns the list takes.
    func attention(
        _ comparison: CompanyComparison, besides headline: Set<String>, entries: [String: [String: Any]], span: Int
    ) throws(ReportError) -> Any {
        let others = comparison.results.filter { !headline.contains($0.kpi.id) }
        let missed = others.filter { $0.target?.status == .missed }
        let worsened = others.filter { $0.target?.status != .missed && $0.trend?.change == .worsened }
        let flagged = (missed + worsened).compactMap { entries[$0.kpi.id] }
        guard !flagged.isEmpty else { return false }
        let shown = Array(flagged.prefix(Self.attentionLimit))
        let more = flagged.count - shown.count
        return [
            "items": shown, "span": String(span),
            "more": more > 0 ? try texts.format("attention_more", ["count": formatter.number(Double(more))]) : false,
        ] as [String: Any]
    }

    /// The board summary's KPIs: the profile's headline list, or the catalogue's headline KPIs.
    func headlineIDs(_ comparison: CompanyComparison) -> [String] {
        if let profile = comparison.profile, !profile.headlineKPIs.isEmpty { return profile.headlineKPIs }
        return reference.kpis.filter(\.headline).map(\.id)
    }

    func maturitySection(_ unmeasured: [UnmeasuredKPI]) throws(ReportError) -> [String: Any]? {
        var entries: [[String: Any]] = []
        var others: [String] = []
        for item in unmeasured {
            guard !item.adoption.isEmpty else {
                others.append(kpis.label(item.kpi))
                continue
            }
            var lines: [[String: Any]] = []
            for (rate, study) in item.adoption {
                let share = min(1, max(0, rate.share))
                let key = item.kpi.kind == .practice ? "adoption_practice" : "adoption_measure"
                var line: [String: Any] = [
                    "text": try texts.format(key, ["share": formatter.share(share)]),
                    "study": kpis.studyName(study), "sample": try kpis.sampleText(study), "method": try kpis.methodWord(study.method),
                    "barWidth": ChartGeometry.coordinate(share * ChartGeometry.positionWidth), "trackWidth": ChartGeometry.coordinate(ChartGeometry.positionWidth),
                    "source": kpis.source(rate.citation), "option": false,
                ]
                if let option = rate.option { line["option"] = texts.strings["option_\(option)"] ?? XMLText.clean(option) }
                lines.append(line)
            }
            entries.append(["label": kpis.label(item.kpi), "definition": kpis.definition(item.kpi), "rates": lines])
        }
        guard !entries.isEmpty || !others.isEmpty else { return nil }
        var section: [String: Any] = ["entries": entries, "hasEntries": !entries.isEmpty, "others": false]
        if !others.isEmpty { section["others"] = try texts.format("maturity_others", ["list": others.joined(separator: ", ")]) }
        return section
    }

    func staffingSection(_ staffing: StaffingReportData) throws(ReportError) -> [String: Any] {
        var averageLabel: String?
        if case .averageVolume? = staffing.basis { averageLabel = try texts.text("staffing_average_label") }
        let unreachable = try texts.text("staffing_unreachable")
        let rows: [[String: Any]] = staffing.rows.map { row in
            var entry: [String: Any] = [
                "label": averageLabel ?? XMLText.clean(row.label), "calls": formatter.number(row.calls),
                "aht": formatter.duration(seconds: row.averageHandleSeconds),
                "agents": row.agentsNeeded.map { formatter.number(Double($0)) } ?? unreachable,
                "serviceLevel": false,
            ]
            if let level = row.observedServiceLevel { entry["serviceLevel"] = formatter.percent(level) }
            return entry
        }
        var basisText: Any = false
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
        return [
            "rows": rows,
            "basisText": basisText,
            "targetText": try texts.format("staffing_target", [
                "share": formatter.percent(staffing.targetShare), "seconds": formatter.duration(seconds: staffing.targetSeconds),
                "model": XMLText.clean(staffing.model),
            ]),
            // One row (the average hour) makes two equal bars that say nothing: the table alone.
            "chart": staffing.rows.count > 1 ? ChartGeometry.staffingChart(staffing.rows) : false,
        ]
    }

    func qualitySection(_ quality: [DataQuality]) throws(ReportError) -> [String: Any]? {
        guard !quality.isEmpty else { return nil }
        var sources: [[String: Any]] = []
        for item in quality {
            var reasons: [[String: Any]] = []
            for reason in item.rejections.keys.sorted() {
                guard let rejection = item.rejections[reason] else { continue }
                let examples: [[String: Any]] = rejection.examples.map { example in
                    ["location": XMLText.clean(example.location.description), "message": XMLText.clean(example.message)]
                }
                reasons.append(["reason": XMLText.clean(reason), "count": formatter.number(Double(rejection.count)), "examples": examples])
            }
            var entry: [String: Any] = [
                "source": XMLText.clean(item.source),
                "summary": try texts.format("quality_summary", [
                    "read": formatter.number(Double(item.recordsRead)), "rejected": formatter.number(Double(item.rejectedCount)),
                ]),
                "reasons": reasons, "hasReasons": !reasons.isEmpty, "notes": false,
            ]
            let notes = item.notes.map { XMLText.clean($0) }
            if !notes.isEmpty { entry["notes"] = notes }
            sources.append(entry)
        }
        return ["sources": sources]
    }
}
