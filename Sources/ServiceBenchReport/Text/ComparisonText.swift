import ServiceBenchCore

/// The readable terminal table of `--format text`: one block per company, one row per measured KPI
/// (value, target status, position in the first study that gives one, peer rank, trend; a target met
/// or a change within the value's margin of error says so), then the
/// KPIs not measured with the share of brands that measure them.
///
/// Its words are the `text_*` texts of `templates/i18n/LANG.json` (as the reports' are). French values
/// are written by `ValueFormatter` as in the reports (`1 234,5 %`, `2 min 8 s`, `+1,5 pt`); English
/// ones plainly, at most one decimal and the unit symbol (`1234.5 %`, `128 s`). KPI and profile ids,
/// and the data-quality notes of the readers, are not translated.
package struct ComparisonText {
    let texts: ReportTexts
    let language: ReportLanguage

    package init(texts: ReportTexts, language: ReportLanguage) {
        self.texts = texts
        self.language = language
    }

    /// One block per company; in a run of several, each says the company's overall standing.
    package func render(_ comparisons: [CompanyComparison]) throws(ReportError) -> String {
        let standings = comparisons.count > 1 ? PanelStanding.standings(comparisons).standings : []
        var blocks: [String] = []
        for (offset, comparison) in comparisons.enumerated() {
            blocks.append(try render(comparison, standing: standings.isEmpty ? nil : standings[offset]))
        }
        return blocks.joined(separator: "\n")
    }

    func render(_ comparison: CompanyComparison, standing: PanelStanding? = nil) throws(ReportError) -> String {
        var lines: [String] = []
        var heading = "\(comparison.company.name) — \(comparison.period)"
        if let profile = comparison.profile { heading += try texts.format("text_profile", ["profile": profile.id]) }
        lines.append(heading)
        lines.append(String(repeating: "=", count: heading.count))
        var rows: [[String]] = [[
            try texts.text("text_kpi"), try texts.text("text_value"), try texts.text("text_target"), try texts.text("text_position"),
            try texts.text("text_peers"), try texts.text("text_trend"),
        ]]
        for result in comparison.results {
            var peers = ""
            if let rank = result.peers {
                peers = "\(rank.rank)/\(rank.count)" + (rank.isSmallPanel ? try texts.text("text_small_panel") : "")
                if let rate = rank.rate { peers += try texts.format("text_peer_rate", ["base": rate.base]) }
            } else if let reason = result.unranked {
                peers = try texts.format("text_unranked_\(reason.rawValue)", ["base": result.kpi.rankedPer ?? ""])
            }
            rows.append([
                result.kpi.id,
                try value(result),
                try result.target.map { target throws(ReportError) in
                    let bound = "\(Self.comparatorSymbol(target.target.comparator)) \(threshold(target.target.threshold, unit: result.kpi.unit))"
                    let text = target.target.origin == .client ? try texts.format("target_client", ["target": bound]) : bound
                    return "\(try texts.text("text_status_" + (target.isMetWithinMargin ? "met_within_margin" : target.status.rawValue))) (\(text))"
                } ?? "",
                position(result),
                peers,
                try trend(result.trend, unit: result.kpi.unit),
            ])
        }
        lines.append(contentsOf: Self.table(rows))
        let groups = PeerGroupText(texts: texts, language: language, profileLabels: false)
        lines.append(try groups.sizeText("text_peer_group", of: comparison, count: String(comparison.panelSize)))
        if let note = try groups.fallbackNote(of: comparison) { lines.append(note) }
        if let standing {
            lines.append(try texts.format(standing.rank == nil ? "text_overall_none" : "text_overall", [
                "rank": standing.rank.map(String.init) ?? "", "count": String(standing.count), "mean": number(standing.meanPercentile),
                "kpis": String(standing.rankedKPIs), "panel": String(standing.panelKPIs),
            ]))
        }
        if comparison.isSmallPanel {
            lines.append(try texts.format(
                "text_small_panel_warning", ["count": String(comparison.panelSize), "minimum": String(PeerRank.minimumPanel)]))
        }
        var unmeasured: [String] = []
        for kpi in comparison.unmeasured {
            var rates: [String] = []
            for adoption in kpi.adoption where adoption.rate.option == nil {
                rates.append(try texts.format(
                    "text_adoption",
                    ["share": number(100 * adoption.rate.share), "study": "\(adoption.study.publisher) \(yearText(adoption.study))"]))
            }
            unmeasured.append(
                rates.isEmpty
                    ? "  \(kpi.kpi.id)"
                    : try texts.format("text_adoptions", ["kpi": kpi.kpi.id, "rates": rates.joined(separator: "; ")]))
        }
        if !unmeasured.isEmpty {
            lines.append("")
            lines.append(try texts.text("text_not_measured"))
            lines.append(contentsOf: unmeasured)
        }
        for quality in comparison.quality where quality.rejectedCount > 0 || !quality.notes.isEmpty {
            lines.append("")
            lines.append(try texts.format(
                "text_quality",
                ["source": quality.source, "read": number(Double(quality.recordsRead)), "rejected": number(Double(quality.rejectedCount))]))
            for reason in quality.rejections.keys.sorted() {
                lines.append("  \(reason): \(quality.rejections[reason]!.count)")
            }
            lines.append(contentsOf: quality.notes.map { "  \($0)" })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func value(_ result: KPIComparison) throws(ReportError) -> String {
        if let option = result.option { return texts.strings["option_" + option] ?? option }
        if result.kpi.unit == .boolean { return try texts.text(result.value != 0 ? "yes" : "no") }
        if language == .fr { return formatter.value(result.value, unit: result.kpi.unit) }
        let symbol = result.kpi.unit.symbol
        return Self.plainNumber(result.value) + (symbol.isEmpty ? "" : " " + symbol)
    }

    /// A target's threshold: in its unit in French (`80 %`), the bare number in English.
    func threshold(_ value: Double, unit: KPIUnit) -> String {
        language == .fr ? formatter.value(value, unit: unit) : Self.plainNumber(value)
    }

    /// The study's year, or `non daté` / `undated`.
    func yearText(_ study: Study) -> String {
        study.year.map(String.init) ?? (texts.strings["study_undated"] ?? "undated")
    }

    /// The best reference's position: `50 (Easiware 2017)`, `~13 [9–19] model (ContactBabel 2016)`,
    /// `[0–50] (…)` without an estimate; empty when no comparable study positions the KPI.
    func position(_ result: KPIComparison) -> String {
        guard let best = result.bestReference, let position = best.position else { return "" }
        let study = "\(best.study.publisher) \(yearText(best.study))"
        guard let estimate = position.estimate else { return "[\(number(position.low))–\(number(position.high))] (\(study))" }
        if position.shownLow == position.shownHigh { return "\(number(estimate)) (\(study))" }
        let approximate = position.isApproximate ? "~" : ""
        let model = position.model == nil ? "" : " model"
        return "\(approximate)\(number(estimate)) [\(number(position.shownLow))–\(number(position.shownHigh))]\(model) (\(study))"
    }

    func trend(_ trend: Trend?, unit: KPIUnit) throws(ReportError) -> String {
        guard let trend else { return "" }
        var change: String
        switch trend.change {
        case .improved: change = "improved"
        case .worsened: change = "worsened"
        case .unchanged: change = "unchanged"
        case .changed: change = "changed"
        }
        if trend.isWithinMargin { change = "within_margin" }
        let delta = language == .fr
            ? formatter.delta(trend.delta, unit: unit) : (trend.delta > 0 ? "+" : "") + Self.plainNumber(trend.delta)
        return try texts.format(
            "text_trend_delta",
            ["delta": delta, "change": try texts.text("text_trend_" + change), "period": trend.previousPeriod.description])
    }

    static func comparatorSymbol(_ comparator: TargetComparator) -> String {
        switch comparator {
        case .atLeast: return "≥"
        case .atMost: return "≤"
        case .between: return "in"
        }
    }

    var formatter: ValueFormatter { ValueFormatter(language: language) }

    /// A position, share or count: at most one decimal, no trailing zero; `ValueFormatter`'s in French
    /// (`1 234,5`), plain digits in English (`1234.5`).
    func number(_ value: Double) -> String {
        language == .fr ? formatter.number(value, decimals: 1) : Self.plainNumber(value)
    }

    /// At most one decimal, no trailing zero.
    static func plainNumber(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int64(rounded)) }
        return String(rounded)
    }

    /// Left-aligned columns separated by two spaces.
    static func table(_ rows: [[String]]) -> [String] {
        guard let columns = rows.first?.count else { return [] }
        let widths = (0..<columns).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == columns - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ").trimmingWhitespace()
        }
    }
}
