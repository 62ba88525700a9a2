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
    /// `≥ 80 %`; a client's own target says so: `client’s target ≥ 90 %` (`objectif du client ≥ 90 %`).
    func targetText(_ target: Target, unit: KPIUnit) throws(ReportError) -> String {
        let threshold = formatter.value(target.threshold, unit: unit)
        let text: String
        switch target.comparator {
        case .atLeast: text = try texts.format("target_at_least", ["threshold": threshold])
        case .atMost: text = try texts.format("target_at_most", ["threshold": threshold])
        case .between:
            let upper = formatter.value(target.upper ?? target.threshold, unit: unit)
            text = try texts.format("target_between", ["threshold": threshold, "upper": upper])
        }
        return target.origin == .client ? try texts.format("target_client", ["target": text]) : text
    }

    /// The status as class name, word and shape flags (colour is never the only signal); a target met
    /// by less than the value's margin of error says so (`Objectif atteint, dans la marge d'erreur`).
    func status(_ status: TargetStatus?, metWithinMargin: Bool = false) throws(ReportError) -> KPIEntryView.Status {
        let name = status?.rawValue ?? "none"
        return KPIEntryView.Status(
            statusClass: name, statusWord: try texts.text(metWithinMargin && status == .met ? "status_met_within_margin" : "status_\(name)"),
            isMet: status == .met, isNear: status == .near, isMissed: status == .missed, isNone: status == nil)
    }

    /// A source with the project's own statement of the figures in the report's language, shown in place
    /// of the quote when the data gives one.
    func source(_ citation: Citation, statement: String?) -> SourceView {
        let plain = source(citation)
        guard let statement else { return plain }
        return SourceView(lead: plain.lead, reference: plain.reference, isLink: plain.isLink, isText: plain.isText, quote: XMLText.clean(statement))
    }

    /// A source reference: a link when it is a URL, plain text otherwise.
    func source(_ citation: Citation) -> SourceView {
        let reference = XMLText.clean(citation.reference)
        // A link only for a whole URL: an abbreviated one (`https://site/…/page`) or a sentence stays text.
        let isLink = (reference.hasPrefix("https://") || reference.hasPrefix("http://"))
            && !reference.contains(where: { $0 == " " || $0 == "…" || $0 == "\u{00A0}" })
        return SourceView(
            lead: sourceLead(citation), reference: reference, isLink: isLink, isText: !isLink,
            quote: citation.quote.isEmpty ? nil : XMLText.clean(citation.quote))
    }

    /// What the page is when it is not the publisher's own: `rapporté par Call Centre Helper :`,
    /// `copie hébergée par vdocuments.us :`; nil for the publisher's page or a source article.
    func sourceLead(_ citation: Citation) -> String? {
        var parts: [String] = []
        if let via = citation.via, let text = try? texts.format("source_via", ["via": XMLText.clean(via)]) { parts.append(text) }
        if citation.isMirror, let host = citation.host, let text = try? texts.format("source_mirror", ["host": XMLText.clean(host)]) {
            parts.append(text)
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// The study named for readers: `Easiware 2017`, `Force Plus non daté`.
    /// The `id` of the study's entry in the report's list of studies: `study-` and the study's id,
    /// every byte but ASCII letters, digits and `-` written `_XX` (hex), so that two ids never share one.
    static func studyAnchor(_ study: Study) -> String {
        var anchor = "study-"
        for byte in study.id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                anchor.append(Character(Unicode.Scalar(byte)))
            default:
                anchor += "_" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return anchor
    }

    func studyName(_ study: Study) -> String { "\(XMLText.clean(study.publisher)) \(studyYear(study))" }

    /// The study's year, or `non daté` / `undated`.
    func studyYear(_ study: Study) -> String {
        study.year.map(String.init) ?? (texts.strings["study_undated"] ?? "undated")
    }

    /// The date of publication as precisely as known (`19 novembre 2014`, `2017`), or `non daté`.
    func studyDate(_ study: Study) -> String {
        guard let date = study.published, let month = date.month, let monthName = texts.strings["month_\(month)"] else { return studyYear(study) }
        return [date.day.map(String.init), monthName, String(date.year)].compactMap { $0 }.joined(separator: " ")
    }

    /// `n = 300`, or the sample in words when the size is not published.
    func sampleText(_ study: Study) throws(ReportError) -> String {
        if let size = study.sampleSize { return try texts.format("sample_size", ["count": formatter.number(Double(size))]) }
        return sampleDescription(study)
    }

    /// The sample in words, in the report's language where the data gives both.
    func sampleDescription(_ study: Study) -> String {
        XMLText.clean(study.sampleDescription(french: language == .fr))
    }

    /// The study's region in the report's language (`Royaume-Uni`), else as the study writes it; nil
    /// when unknown.
    func regionName(_ study: Study) -> String? {
        if let name = texts.strings["study_region_\(study.regionCode)"] { return name }
        return study.regionCode == "unknown" ? nil : XMLText.clean(study.region)
    }

    func methodWord(_ method: StudyMethod) throws(ReportError) -> String { try texts.text("method_\(method.rawValue)") }

    /// `62e centile`; the range with "approximate" when the interval is wide; the range alone when the
    /// study identifies no estimate; a fitted estimate with its model and interval.
    func positionText(_ position: PositionEstimate, unit: KPIUnit) throws(ReportError) -> String {
        let ordinal = { (value: Double) in self.formatter.ordinal(Int(value.rounded())) }
        guard let estimate = position.estimate else {
            return try texts.format("position_no_estimate", ["low": ordinal(position.low), "high": ordinal(position.high)])
        }
        if let model = position.model {
            return try texts.format("position_fitted", [
                "ordinal": ordinal(estimate), "low": ordinal(model.low), "high": ordinal(model.high),
                "model": modelText(model, unit: unit),
            ])
        }
        if position.isApproximate {
            return try texts.format("position_range", [
                "low": ordinal(position.low), "high": ordinal(position.high), "approximate": texts.text("approximate"),
            ])
        }
        return try texts.format("position_percentile", ["ordinal": ordinal(estimate)])
    }

    /// « modèle log-normal ajusté sur la moyenne (5,6 %) et la médiane (4,5 %) publiées ».
    func modelText(_ model: FittedModel, unit: KPIUnit) throws(ReportError) -> String {
        var parts: [String] = []
        for statistic in model.fittedFrom {
            switch statistic {
            case .quantile(let value, let share):
                let text = formatter.value(value, unit: unit)
                if share == 0.5 {
                    parts.append(try texts.format("statistic_median", ["value": text]))
                } else {
                    parts.append(try texts.format("statistic_quantile", ["value": text, "share": formatter.number(100 * share)]))
                }
            case .mean(let value):
                parts.append(try texts.format("statistic_mean", ["value": formatter.value(value, unit: unit)]))
            case .shareBetween(let lower, let upper, let share):
                parts.append(try texts.format("statistic_between", [
                    "share": formatter.number(100 * share), "lower": formatter.value(lower, unit: unit), "upper": formatter.value(upper, unit: unit),
                ]))
            case .range(let minimum, let maximum, let count):
                parts.append(try texts.format("statistic_range", [
                    "lower": formatter.value(minimum, unit: unit), "upper": formatter.value(maximum, unit: unit), "count": formatter.number(Double(count)),
                ]))
            }
        }
        let statistics = parts.count > 1
            ? parts.dropLast().joined(separator: ", ") + (try texts.text("list_and")) + (parts.last ?? "")
            : parts.joined()
        return try texts.format("model_\(model.family.rawValue)", ["statistics": statistics])
    }

    /// « Non comparable : NPS relationnel » for a reference that is context, not a position.
    func comparabilityText(_ item: ReferencePosition, companyVariant: KPIVariant?) throws(ReportError) -> String {
        if let variant = item.studyVariant, let companyVariant, variant.id != companyVariant.id {
            let label = { (variant: KPIVariant) in XMLText.clean(self.language == .fr ? variant.labelFR : variant.labelEN) }
            return try texts.format("not_comparable_variant", ["variant": label(variant), "company": label(companyVariant)])
        }
        return try texts.text("not_comparable_industries")
    }

    func referenceEntry(_ item: ReferencePosition, unit: KPIUnit, companyVariant: KPIVariant? = nil) throws(ReportError) -> ReferenceView {
        let study = item.study
        var positionText = try texts.text("no_position")
        var approximate = false, uninformative = false
        var bar: ReferenceView.PositionBar?, quartileClass: String?, barLabel: String?
        if !item.comparable {
            positionText = try comparabilityText(item, companyVariant: companyVariant)
        } else if let position = item.position {
            positionText = try self.positionText(position, unit: unit)
            approximate = position.isApproximate
            bar = ChartGeometry.positionBar(position)
            uninformative = !position.isInformative || position.estimate == nil
            if let estimate = position.estimate {
                quartileClass = uninformative ? "uninformative" : ChartGeometry.quartileClass(estimate)
                barLabel = try texts.format("bar_label", [
                    "low": formatter.number(position.low), "high": formatter.number(position.high), "estimate": formatter.number(estimate),
                ])
            } else {
                quartileClass = "uninformative"
                barLabel = try texts.format("bar_label_bounds", ["low": formatter.number(position.low), "high": formatter.number(position.high)])
            }
        }
        let distribution = item.distribution
        let french = language == .fr
        return ReferenceView(
            studyName: studyName(study), studyTitle: XMLText.clean(study.title), studyYear: studyYear(study),
            sample: try sampleText(study), sampleDescription: sampleDescription(study),
            method: try methodWord(study.method), regionName: regionName(study), hasPosition: item.comparable && item.position != nil,
            positionText: positionText, approximate: approximate, uninformative: uninformative, bar: bar, quartileClass: quartileClass,
            barLabel: barLabel, band: item.band.map(XMLText.clean), segment: distribution.segment.map(XMLText.clean),
            medianText: try distribution.median.map { median throws(ReportError) in try texts.format("median", ["value": formatter.value(median, unit: unit)]) },
            meanText: try distribution.mean.map { mean throws(ReportError) in try texts.format("mean", ["value": formatter.value(mean, unit: unit)]) },
            formulaVariant: distribution.formulaVariant(french: french).map(XMLText.clean), note: distribution.note(french: french).map(XMLText.clean),
            source: source(distribution.citation, statement: distribution.statement(french: french)),
            studyAnchor: Self.studyAnchor(study), sourceInStudies: study.citations.contains(distribution.citation))
    }

    /// The peer rank; `group` the peer group in words (`PeerGroupText.phrase`), `kpi` the KPI ranked
    /// (its label for a rate).
    func peersEntry(_ peers: PeerRank, kpi: KPIDefinition? = nil, group: String? = nil) throws(ReportError) -> KPIEntryView.Peers {
        var rateText: String?
        if let rate = peers.rate, let kpi {
            rateText = try texts.format("peer_rate", [
                "label": label(kpi), "base": baseLabel(rate.base), "value": formatter.number(rate.value, decimals: 1),
            ])
        }
        return KPIEntryView.Peers(
            rankText: try texts.format("peer_rank", ["rank": formatter.ordinal(peers.rank), "count": formatter.number(Double(peers.count))]),
            percentileText: try texts.format("peer_percentile", ["value": formatter.number(peers.percentile)]),
            quartileClass: ChartGeometry.quartileClass(peers.percentile),
            smallPanel: peers.isSmallPanel,
            warning: peers.isSmallPanel
                ? try texts.format("small_panel", ["count": String(peers.count), "minimum": String(PeerRank.minimumPanel)]) : nil,
            groupText: try group.map { group throws(ReportError) in try texts.format("peer_rank_group", ["group": group]) },
            rateText: rateText)
    }

    /// The volume a count is ranked per 1,000 of, in words: its label with a lower-case first letter
    /// (« tickets créés »), else its id.
    func baseLabel(_ id: String) -> String {
        guard let base = reference.kpi(id) else { return id }
        let text = label(base)
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// Why a KPI has no peer rank, in words (`unranked_*`); nil when nothing needs saying.
    func unrankedText(_ result: KPIComparison) throws(ReportError) -> String? {
        guard let reason = result.unranked else { return nil }
        return try texts.format("unranked_\(reason.rawValue)", ["base": baseLabel(result.kpi.rankedPer ?? "")])
    }

    /// The trend's word: `en progrès`, `en recul`, `stable`, or for a KPI with no better direction
    /// (volumes) `en hausse` / `en baisse`; `variation dans la marge d'erreur` for a change the two
    /// periods' samples do not tell from noise (`Trend.isWithinMargin`, class `within-margin`).
    func trendEntry(_ trend: Trend, unit: KPIUnit) throws(ReportError) -> KPIEntryView.Trend {
        let yearOverYear = try trend.yearOverYear.map { year throws(ReportError) in
            try texts.format("trend_year_over_year", [
                "delta": formatter.delta(year.delta, unit: unit), "period": year.period.description,
                "previous": formatter.value(year.value, unit: unit),
                "change": texts.text(year.change == .changed ? (year.delta > 0 ? "trend_up" : "trend_down") : "trend_\(year.change.rawValue)"),
            ])
        }
        if trend.isWithinMargin {
            return KPIEntryView.Trend(
                deltaText: try trendDelta(trend, unit: unit), changeClass: "within-margin", changeWord: try texts.text("trend_within_margin"),
                rotation: ChartGeometry.arrowRotation(delta: trend.delta), yearOverYear: yearOverYear)
        }
        let word = trend.change == .changed ? (trend.delta > 0 ? "trend_up" : "trend_down") : "trend_\(trend.change.rawValue)"
        return KPIEntryView.Trend(
            deltaText: try trendDelta(trend, unit: unit), changeClass: trend.change.rawValue, changeWord: try texts.text(word),
            rotation: ChartGeometry.arrowRotation(delta: trend.delta), yearOverYear: yearOverYear)
    }

    /// The KPI's series chart, from three periods in the input on; the target's threshold drawn
    /// where there is one (the lower bound of a band).
    func seriesChart(_ result: KPIComparison) throws(ReportError) -> SeriesChartView? {
        guard let trend = result.trend, !trend.series.isEmpty else { return nil }
        let unit = result.kpi.unit
        var targetLabel: String?
        if let target = result.target { targetLabel = try targetText(target.target, unit: unit) }
        return ChartGeometry.seriesChart(
            trend.series, threshold: result.target?.target.threshold,
            title: try texts.format("series_title", ["label": label(result.kpi)]), targetLabel: targetLabel,
            format: { formatter.value($0, unit: unit) })
    }

    /// `+2,8 pt depuis 2025-Q4 (88,4 %)`.
    func trendDelta(_ trend: Trend, unit: KPIUnit) throws(ReportError) -> String {
        try texts.format("trend_delta", [
            "delta": formatter.delta(trend.delta, unit: unit), "period": trend.previousPeriod.description,
            "previous": formatter.value(trend.previous, unit: unit),
        ])
    }

    /// The value's margin of error beside it: `± 2,3 pt (n = 1 204)`, the larger of the interval's two
    /// sides, when the interval is nearly symmetric (its shorter side at least `symmetricRatio` of the
    /// longer), else the interval itself, `intervalle à 95 % : 75,8 % à 100 % (n = 12)` (Wilson's
    /// near 0 or 100 %); `(n = 40)` when n is known but gives no interval; nil when n is unknown.
    func marginText(_ result: KPIComparison) throws(ReportError) -> String? {
        guard let size = result.sampleSize ?? result.interval?.size else { return nil }
        let sample = try texts.format("sample_size", ["count": formatter.number(Double(size))])
        guard let interval = result.interval else { return try texts.format("margin_sample_only", ["sample": sample]) }
        let unit = result.kpi.unit
        let below = max(0, result.value - interval.low), above = max(0, interval.high - result.value)
        let longer = max(below, above)
        if longer > 0, min(below, above) >= Self.symmetricRatio * longer {
            return try texts.format("margin_plus_minus", ["margin": formatter.gap(longer, unit: unit), "sample": sample])
        }
        return try texts.format("margin_range", [
            "low": formatter.value(interval.low, unit: unit), "high": formatter.value(interval.high, unit: unit), "sample": sample,
        ])
    }

    /// The sentence of a headline KPI: « Taux de décroché de 91,2 % : objectif atteint (≥ 80 %),
    /// 62e centile de l'étude Easiware 2017 (n = 300, déclaratif). »
    func sentence(_ result: KPIComparison, value: String) throws(ReportError) -> String {
        var details: [String] = []
        if let target = result.target {
            let key = target.isMetWithinMargin ? "sentence_target_met_within_margin" : "sentence_target_\(target.status.rawValue)"
            details.append(try texts.format(key, ["target": targetText(target.target, unit: result.kpi.unit)]))
        }
        if let item = result.bestReference, result.hasInformativeReference, let position = item.position {
            details.append(try meaning(position, of: item, kpi: result.kpi))
        }
        if let peers = result.peers {
            details.append(try texts.format("sentence_peers", ["rank": formatter.ordinal(peers.rank), "count": String(peers.count)]))
        }
        let lead = try texts.format("sentence_lead", ["label": label(result.kpi), "value": value])
        if details.isEmpty { return try texts.format("sentence_bare", ["lead": lead]) }
        return try texts.format("sentence", ["lead": lead, "details": details.joined(separator: try texts.text("sentence_separator"))])
    }

    /// What a position means, for the sentence: « plus long que 87 % des centres de contact au
    /// Royaume-Uni selon ContactBabel 2016 (n = 216, déclaratif ; modèle) ». The share is of the study's
    /// population below the company's value, F(v) (or above it, 1 − F(v), when that is the larger side),
    /// a range where there is no estimate.
    func meaning(_ position: PositionEstimate, of item: ReferencePosition, kpi: KPIDefinition) throws(ReportError) -> String {
        // F in percent: the position for a higher-is-better KPI, its complement for a lower-is-better one.
        let higher = kpi.direction == .higherIsBetter
        let below = { (percentile: Double) in higher ? percentile : 100 - percentile }
        let low = min(below(position.low), below(position.high)), high = max(below(position.low), below(position.high))
        let middle = position.estimate.map(below) ?? (low + high) / 2
        let above = middle >= 50
        let share: String
        if let estimate = position.estimate {
            let value = above ? below(estimate) : 100 - below(estimate)
            share = formatter.percent(value.rounded(), decimals: 0)
        } else {
            let (from, to) = above ? (low, high) : (100 - high, 100 - low)
            share = try texts.format("meaning_share_range", [
                "low": formatter.number(from.rounded()), "high": formatter.percent(to.rounded(), decimals: 0),
            ])
        }
        let duration = [KPIUnit.seconds, .hours, .days].contains(kpi.unit)
        let key = "meaning_\(above ? "more" : "less")\(duration ? "_duration" : "")"
        let population = try texts.text("population_\(item.population.rawValue)")
        let region = texts.strings["region_\(item.study.regionCode)"] ?? ""
        let comparison = try texts.format(key, ["share": share, "population": population, "region": region])
        return try texts.format(position.model == nil ? "sentence_meaning" : "sentence_meaning_model", [
            "meaning": comparison, "study": studyName(item.study), "sample": sampleText(item.study), "method": methodWord(item.study.method),
        ])
    }

    /// The least ratio of an interval's shorter side to its longer for it to be shown as `± longer`.
    static let symmetricRatio = 0.75

    /// Everything a template shows for one measured KPI; `peerGroup` the peers it is ranked among, in
    /// words (`PeerGroupText.phrase`).
    func entry(_ result: KPIComparison, peerGroup: String? = nil) throws(ReportError) -> KPIEntryView {
        let unit = result.kpi.unit
        let value = try displayValue(result)
        var target: KPIEntryView.Target?
        if let comparison = result.target {
            let study = comparison.target.studyID.flatMap { reference.study($0) }
            target = KPIEntryView.Target(
                text: try targetText(comparison.target, unit: unit), source: source(comparison.target.citation), study: study.map(studyName))
        }
        let references = try result.references.map { item throws(ReportError) in
            try referenceEntry(item, unit: unit, companyVariant: result.variant)
        }
        var variant: String?
        if let known = result.variant {
            let label = XMLText.clean(language == .fr ? known.labelFR : known.labelEN)
            variant = result.variantIsDefault ? try texts.format("variant_default", ["variant": label]) : label
        }
        // The board summary shows the best reference (references are best first), or "no informative
        // study" when even the best is wider than half the scale.
        var mainReference: ReferenceView?, noInformativeStudy: String?
        if let best = result.bestReference, let index = result.references.firstIndex(where: { $0 == best }) {
            if result.hasInformativeReference {
                mainReference = references[index]
            } else {
                noInformativeStudy = try texts.text("no_informative_study")
            }
        }
        return KPIEntryView(
            id: result.kpi.id, label: label(result.kpi), definition: definition(result.kpi), value: value,
            margin: try marginText(result), variant: variant,
            status: try status(result.target?.status, metWithinMargin: result.target?.isMetWithinMargin ?? false), hasTarget: result.target != nil, target: target,
            peers: try result.peers.map { peers throws(ReportError) in try peersEntry(peers, kpi: result.kpi, group: peerGroup) },
            unrankedText: try unrankedText(result),
            trend: try result.trend.map { trend throws(ReportError) in try trendEntry(trend, unit: unit) },
            series: try seriesChart(result), references: references, hasReferences: !references.isEmpty,
            positioned: references.filter(\.hasPosition), context: references.filter { !$0.hasPosition },
            hasContext: references.contains { !$0.hasPosition },
            mainReference: mainReference, noInformativeStudy: noInformativeStudy,
            sentence: try sentence(result, value: value))
    }
}
