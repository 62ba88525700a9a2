import ServiceBenchCore

/// Turns one `KPIComparison` into the plain values a template shows: formatted value, target, one
/// entry per study position with its bar geometry, peer rank, trend and the generated sentence.
struct KPIEntryBuilder {
    let texts: ReportTexts
    let formatter: ValueFormatter
    let reference: ReferenceData
    let language: ReportLanguage

    init(texts: ReportTexts, reference: ReferenceData, language: ReportLanguage) {
        self.texts = texts
        self.formatter = ValueFormatter(language: language)
        self.reference = reference
        self.language = language
    }

    func label(_ kpi: KPIDefinition) -> String { language == .fr ? kpi.labelFR : kpi.labelEN }
    func definition(_ kpi: KPIDefinition) -> String { language == .fr ? kpi.definitionFR : kpi.definitionEN }

    /// The value as shown: a number in its unit, `oui`/`non` for a yes/no practice, the option's word.
    func displayValue(_ result: KPIComparison) throws(ReportError) -> String {
        switch result.kpi.unit {
        case .boolean: return try texts.text(result.value != 0 ? "yes" : "no")
        case .category:
            guard let option = result.option else { return formatter.number(result.value, decimals: 1) }
            return texts.strings["option_\(option)"] ?? XMLText.clean(option)
        default: return formatter.value(result.value, unit: result.kpi.unit)
        }
    }

    /// `≥ 80 %`, `≤ 60 s`, `75 % – 85 %`.
    func targetText(_ target: Target, unit: KPIUnit) throws(ReportError) -> String {
        let threshold = formatter.value(target.threshold, unit: unit)
        switch target.comparator {
        case .atLeast: return try texts.format("target_at_least", ["threshold": threshold])
        case .atMost: return try texts.format("target_at_most", ["threshold": threshold])
        case .between:
            let upper = formatter.value(target.upper ?? target.threshold, unit: unit)
            return try texts.format("target_between", ["threshold": threshold, "upper": upper])
        }
    }

    /// The status as class name, word and shape flags (colour is never the only signal).
    func status(_ status: TargetStatus?) throws(ReportError) -> KPIEntryView.Status {
        let name = status?.rawValue ?? "none"
        return KPIEntryView.Status(
            statusClass: name, statusWord: try texts.text("status_\(name)"),
            isMet: status == .met, isNear: status == .near, isMissed: status == .missed, isNone: status == nil)
    }

    /// A source reference: a link when it is a URL, plain text otherwise.
    func source(_ citation: Citation) -> SourceView {
        let reference = XMLText.clean(citation.reference)
        // A link only for a whole URL: an abbreviated one (`https://site/…/page`) or a sentence stays text.
        let isLink = (reference.hasPrefix("https://") || reference.hasPrefix("http://"))
            && !reference.contains(where: { $0 == " " || $0 == "…" || $0 == "\u{00A0}" })
        return SourceView(reference: reference, isLink: isLink, isText: !isLink, quote: citation.quote.isEmpty ? nil : XMLText.clean(citation.quote))
    }

    /// The study named for readers: `Easiware 2017`.
    func studyName(_ study: Study) -> String { "\(XMLText.clean(study.publisher)) \(study.year)" }

    /// `n = 300`, or the sample in words when the size is not published.
    func sampleText(_ study: Study) throws(ReportError) -> String {
        if let size = study.sampleSize { return try texts.format("sample_size", ["count": formatter.number(Double(size))]) }
        return XMLText.clean(study.sampleDescription)
    }

    func methodWord(_ method: StudyMethod) throws(ReportError) -> String { try texts.text("method_\(method.rawValue)") }

    /// `62e centile`, or the range with "approximate" when the interval is wide.
    func positionText(_ position: PositionEstimate) throws(ReportError) -> String {
        if position.isApproximate {
            return try texts.format("position_range", [
                "low": formatter.ordinal(Int(position.low.rounded())), "high": formatter.ordinal(Int(position.high.rounded())),
                "approximate": texts.text("approximate"),
            ])
        }
        return try texts.format("position_percentile", ["ordinal": formatter.ordinal(Int(position.estimate.rounded()))])
    }

    func referenceEntry(_ item: ReferencePosition, unit: KPIUnit) throws(ReportError) -> ReferenceView {
        let study = item.study
        var positionText = try texts.text("no_position")
        var approximate = false, uninformative = false
        var bar: ReferenceView.PositionBar?, quartileClass: String?, barLabel: String?
        if let position = item.position {
            positionText = try self.positionText(position)
            approximate = position.isApproximate
            bar = ChartGeometry.positionBar(position)
            uninformative = position.width > ChartGeometry.uninformativeWidth
            quartileClass = uninformative ? "uninformative" : ChartGeometry.quartileClass(position.estimate)
            barLabel = try texts.format("bar_label", [
                "low": formatter.number(position.low), "high": formatter.number(position.high), "estimate": formatter.number(position.estimate),
            ])
        }
        let distribution = item.distribution
        return ReferenceView(
            studyName: studyName(study), studyTitle: XMLText.clean(study.title), studyYear: String(study.year),
            sample: try sampleText(study), sampleDescription: XMLText.clean(study.sampleDescription),
            method: try methodWord(study.method), hasPosition: item.position != nil, positionText: positionText,
            approximate: approximate, uninformative: uninformative, bar: bar, quartileClass: quartileClass, barLabel: barLabel,
            band: item.band.map(XMLText.clean), segment: distribution.segment.map(XMLText.clean),
            medianText: try distribution.median.map { median throws(ReportError) in try texts.format("median", ["value": formatter.value(median, unit: unit)]) },
            meanText: try distribution.mean.map { mean throws(ReportError) in try texts.format("mean", ["value": formatter.value(mean, unit: unit)]) },
            formulaVariant: distribution.formulaVariant.map(XMLText.clean), note: distribution.note.map(XMLText.clean),
            source: source(distribution.citation))
    }

    func peersEntry(_ peers: PeerRank) throws(ReportError) -> KPIEntryView.Peers {
        KPIEntryView.Peers(
            rankText: try texts.format("peer_rank", ["rank": formatter.ordinal(peers.rank), "count": formatter.number(Double(peers.count))]),
            percentileText: try texts.format("peer_percentile", ["value": formatter.number(peers.percentile)]),
            quartileClass: ChartGeometry.quartileClass(peers.percentile),
            smallPanel: peers.isSmallPanel,
            warning: peers.isSmallPanel
                ? try texts.format("small_panel", ["count": String(peers.count), "minimum": String(PeerRank.minimumPanel)]) : nil)
    }

    /// The trend's word: `en progrès`, `en recul`, `stable`, or for a KPI with no better direction
    /// (volumes) `en hausse` / `en baisse`.
    func trendEntry(_ trend: Trend, unit: KPIUnit) throws(ReportError) -> KPIEntryView.Trend {
        let word = trend.change == .changed ? (trend.delta > 0 ? "trend_up" : "trend_down") : "trend_\(trend.change.rawValue)"
        return KPIEntryView.Trend(
            deltaText: try texts.format("trend_delta", [
                "delta": formatter.delta(trend.delta, unit: unit), "period": trend.previousPeriod.description,
                "previous": formatter.value(trend.previous, unit: unit),
            ]),
            changeClass: trend.change.rawValue, changeWord: try texts.text(word),
            rotation: ChartGeometry.arrowRotation(delta: trend.delta))
    }

    /// The sentence of a headline KPI: « Taux de décroché de 91,2 % : objectif atteint (≥ 80 %),
    /// 62e centile de l'étude Easiware 2017 (n = 300, déclaratif). »
    func sentence(_ result: KPIComparison, value: String) throws(ReportError) -> String {
        var details: [String] = []
        if let target = result.target {
            details.append(try texts.format("sentence_target_\(target.status.rawValue)", ["target": targetText(target.target, unit: result.kpi.unit)]))
        }
        if let item = result.references.first(where: { $0.position != nil }), let position = item.position {
            details.append(try texts.format("sentence_position", [
                "position": positionText(position), "study": studyName(item.study), "sample": sampleText(item.study),
                "method": methodWord(item.study.method),
            ]))
        }
        if let peers = result.peers {
            details.append(try texts.format("sentence_peers", ["rank": formatter.ordinal(peers.rank), "count": String(peers.count)]))
        }
        let lead = try texts.format("sentence_lead", ["label": label(result.kpi), "value": value])
        if details.isEmpty { return try texts.format("sentence_bare", ["lead": lead]) }
        return try texts.format("sentence", ["lead": lead, "details": details.joined(separator: try texts.text("sentence_separator"))])
    }

    /// Everything a template shows for one measured KPI.
    func entry(_ result: KPIComparison) throws(ReportError) -> KPIEntryView {
        let unit = result.kpi.unit
        let value = try displayValue(result)
        var target: KPIEntryView.Target?
        if let comparison = result.target {
            let study = comparison.target.studyID.flatMap { reference.study($0) }
            target = KPIEntryView.Target(
                text: try targetText(comparison.target, unit: unit), source: source(comparison.target.citation), study: study.map(studyName))
        }
        let references = try result.references.map { item throws(ReportError) in try referenceEntry(item, unit: unit) }
        return KPIEntryView(
            id: result.kpi.id, label: label(result.kpi), definition: definition(result.kpi), value: value,
            status: try status(result.target?.status), hasTarget: result.target != nil, target: target,
            peers: try result.peers.map { peers throws(ReportError) in try peersEntry(peers) },
            trend: try result.trend.map { trend throws(ReportError) in try trendEntry(trend, unit: unit) },
            references: references, hasReferences: !references.isEmpty,
            mainReference: references.first(where: \.hasPosition),
            sentence: try sentence(result, value: value))
    }
}
