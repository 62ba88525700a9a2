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
    func status(_ status: TargetStatus?) throws(ReportError) -> [String: Any] {
        let name = status?.rawValue ?? "none"
        return [
            "statusClass": name, "statusWord": try texts.text("status_\(name)"),
            "isMet": status == .met, "isNear": status == .near, "isMissed": status == .missed, "isNone": status == nil,
        ]
    }

    /// A source reference: a link when it is a URL, plain text otherwise.
    /// A source with the project's own statement of the figures in the report's language, shown in place
    /// of the quote when the data gives one.
    func source(_ citation: Citation, statement: String?) -> [String: Any] {
        var entry = source(citation)
        if let statement { entry["quote"] = XMLText.clean(statement) }
        return entry
    }

    func source(_ citation: Citation) -> [String: Any] {
        let reference = XMLText.clean(citation.reference)
        // A link only for a whole URL: an abbreviated one (`https://site/…/page`) or a sentence stays text.
        let isLink = (reference.hasPrefix("https://") || reference.hasPrefix("http://"))
            && !reference.contains(where: { $0 == " " || $0 == "…" || $0 == "\u{00A0}" })
        return ["reference": reference, "isLink": isLink, "isText": !isLink, "quote": citation.quote.isEmpty ? false : XMLText.clean(citation.quote)]
    }

    /// The study named for readers: `Easiware 2017`.
    func studyName(_ study: Study) -> String { "\(XMLText.clean(study.publisher)) \(study.year)" }

    /// `n = 300`, or the sample in words when the size is not published.
    func sampleText(_ study: Study) throws(ReportError) -> String {
        if let size = study.sampleSize { return try texts.format("sample_size", ["count": formatter.number(Double(size))]) }
        return XMLText.clean(study.sampleDescription)
    }

    /// The study's region in the report's language (`Royaume-Uni`), else as the study writes it; false
    /// when unknown.
    func regionName(_ study: Study) -> Any {
        if let name = texts.strings["study_region_\(study.regionCode)"] { return name }
        return study.regionCode == "unknown" ? false : XMLText.clean(study.region)
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

    func referenceEntry(_ item: ReferencePosition, unit: KPIUnit, companyVariant: KPIVariant? = nil) throws(ReportError) -> [String: Any] {
        let study = item.study
        var entry: [String: Any] = [
            "studyName": studyName(study), "studyTitle": XMLText.clean(study.title), "studyYear": String(study.year),
            "sample": try sampleText(study), "sampleDescription": XMLText.clean(study.sampleDescription),
            "method": try methodWord(study.method), "hasPosition": item.comparable && item.position != nil,
            "regionName": regionName(study),
            "source": source(item.distribution.citation, statement: item.distribution.statement(french: language == .fr)),
            // Absent values are `false`, not missing: a missing key makes Mustache search every
            // enclosing context, the slowest lookup there is.
            "band": false, "segment": false, "medianText": false, "meanText": false, "formulaVariant": false, "note": false,
            "approximate": false, "uninformative": false, "bar": false,
        ]
        if !item.comparable {
            entry["positionText"] = try comparabilityText(item, companyVariant: companyVariant)
        } else if let position = item.position {
            entry["positionText"] = try positionText(position, unit: unit)
            entry["approximate"] = position.isApproximate
            entry["bar"] = ChartGeometry.positionBar(position)
            let uninformative = !position.isInformative || position.estimate == nil
            entry["uninformative"] = uninformative
            if let estimate = position.estimate {
                entry["quartileClass"] = uninformative ? "uninformative" : ChartGeometry.quartileClass(estimate)
                entry["barLabel"] = try texts.format("bar_label", [
                    "low": formatter.number(position.low), "high": formatter.number(position.high), "estimate": formatter.number(estimate),
                ])
            } else {
                entry["quartileClass"] = "uninformative"
                entry["barLabel"] = try texts.format("bar_label_bounds", [
                    "low": formatter.number(position.low), "high": formatter.number(position.high),
                ])
            }
        } else {
            entry["positionText"] = try texts.text("no_position")
        }
        if let band = item.band { entry["band"] = XMLText.clean(band) }
        if let segment = item.distribution.segment { entry["segment"] = XMLText.clean(segment) }
        if let median = item.distribution.median {
            entry["medianText"] = try texts.format("median", ["value": formatter.value(median, unit: unit)])
        }
        if let mean = item.distribution.mean {
            entry["meanText"] = try texts.format("mean", ["value": formatter.value(mean, unit: unit)])
        }
        if let variant = item.distribution.formulaVariant(french: language == .fr) { entry["formulaVariant"] = XMLText.clean(variant) }
        if let note = item.distribution.note(french: language == .fr) { entry["note"] = XMLText.clean(note) }
        return entry
    }

    func peersEntry(_ peers: PeerRank) throws(ReportError) -> [String: Any] {
        var entry: [String: Any] = [
            "warning": false,
            "rankText": try texts.format("peer_rank", ["rank": formatter.ordinal(peers.rank), "count": formatter.number(Double(peers.count))]),
            "percentileText": try texts.format("peer_percentile", ["value": formatter.number(peers.percentile)]),
            "quartileClass": ChartGeometry.quartileClass(peers.percentile),
            "smallPanel": peers.isSmallPanel,
        ]
        if peers.isSmallPanel {
            entry["warning"] = try texts.format("small_panel", ["count": String(peers.count), "minimum": String(PeerRank.minimumPanel)])
        }
        return entry
    }

    /// The trend's word: `en progrès`, `en recul`, `stable`, or for a KPI with no better direction
    /// (volumes) `en hausse` / `en baisse`.
    func trendEntry(_ trend: Trend, unit: KPIUnit) throws(ReportError) -> [String: Any] {
        let word = trend.change == .changed ? (trend.delta > 0 ? "trend_up" : "trend_down") : "trend_\(trend.change.rawValue)"
        return [
            "deltaText": try texts.format("trend_delta", [
                "delta": formatter.delta(trend.delta, unit: unit), "period": trend.previousPeriod.description,
                "previous": formatter.value(trend.previous, unit: unit),
            ]),
            "changeClass": trend.change.rawValue, "changeWord": try texts.text(word),
            "rotation": ChartGeometry.arrowRotation(delta: trend.delta),
        ]
    }

    /// The sentence of a headline KPI: « Taux de décroché de 91,2 % : objectif atteint (≥ 80 %),
    /// 62e centile de l'étude Easiware 2017 (n = 300, déclaratif). »
    func sentence(_ result: KPIComparison, value: String) throws(ReportError) -> String {
        var details: [String] = []
        if let target = result.target {
            details.append(try texts.format("sentence_target_\(target.status.rawValue)", ["target": targetText(target.target, unit: result.kpi.unit)]))
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

    /// Everything a template shows for one measured KPI.
    func entry(_ result: KPIComparison) throws(ReportError) -> [String: Any] {
        let unit = result.kpi.unit
        let value = try displayValue(result)
        var entry: [String: Any] = [
            "id": result.kpi.id, "label": label(result.kpi), "definition": definition(result.kpi), "value": value,
            "status": try status(result.target?.status), "hasTarget": result.target != nil,
            "target": false, "peers": false, "trend": false, "mainReference": false, "noInformativeStudy": false,
            "variant": false,
        ]
        if let variant = result.variant {
            let label = XMLText.clean(language == .fr ? variant.labelFR : variant.labelEN)
            entry["variant"] = result.variantIsDefault ? try texts.format("variant_default", ["variant": label]) : label
        }
        if let target = result.target {
            var targetEntry: [String: Any] = ["text": try targetText(target.target, unit: unit), "source": source(target.target.citation), "study": false]
            if let studyID = target.target.studyID, let study = reference.study(studyID) { targetEntry["study"] = studyName(study) }
            entry["target"] = targetEntry
        }
        let references = try result.references.map { item throws(ReportError) in
            try referenceEntry(item, unit: unit, companyVariant: result.variant)
        }
        entry["references"] = references
        entry["hasReferences"] = !references.isEmpty
        // The board summary shows the best reference (references are best first), or "no informative
        // study" when even the best is wider than half the scale.
        if let best = result.bestReference, let index = result.references.firstIndex(where: { $0 == best }) {
            if result.hasInformativeReference {
                entry["mainReference"] = references[index]
            } else {
                entry["noInformativeStudy"] = try texts.text("no_informative_study")
            }
        }
        if let peers = result.peers { entry["peers"] = try peersEntry(peers) }
        if let trend = result.trend { entry["trend"] = try trendEntry(trend, unit: unit) }
        entry["sentence"] = try sentence(result, value: value)
        return entry
    }
}
