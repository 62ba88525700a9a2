import ServiceBenchCore

/// The readable terminal table of `--format text`: one block per company, one row per measured KPI
/// (value, target status, position in the first study that gives one, peer rank, trend), then the
/// KPIs not measured with the share of brands that measure them.
public enum ComparisonText {
    public static func render(_ comparisons: [CompanyComparison]) -> String {
        comparisons.map(render).joined(separator: "\n")
    }

    static func render(_ comparison: CompanyComparison) -> String {
        var lines: [String] = []
        var heading = "\(comparison.company.name) — \(comparison.period)"
        if let profile = comparison.profile { heading += " — profile \(profile.id)" }
        lines.append(heading)
        lines.append(String(repeating: "=", count: heading.count))
        var rows: [[String]] = [["KPI", "value", "target", "position (study)", "peers", "trend"]]
        for result in comparison.results {
            rows.append([
                result.kpi.id,
                value(result),
                result.target.map { "\($0.status.rawValue) (\(comparatorSymbol($0.target.comparator)) \(number($0.target.threshold)))" } ?? "",
                position(result),
                result.peers.map { "\($0.rank)/\($0.count)" + ($0.isSmallPanel ? " (small panel)" : "") } ?? "",
                trend(result.trend),
            ])
        }
        lines.append(contentsOf: table(rows))
        if comparison.panelSize < PeerRank.minimumPanel {
            lines.append("warning: the peer panel has \(comparison.panelSize) companies (fewer than \(PeerRank.minimumPanel)); ranks are indicative")
        }
        let unmeasured = comparison.unmeasured.map { kpi -> String in
            let rates = kpi.adoption.filter { $0.rate.option == nil }
                .map { "\(number(100 * $0.rate.share)) % measure it (\($0.study.publisher) \($0.study.year))" }
            return "  \(kpi.kpi.id)" + (rates.isEmpty ? "" : ": " + rates.joined(separator: "; "))
        }
        if !unmeasured.isEmpty {
            lines.append("")
            lines.append("Not measured:")
            lines.append(contentsOf: unmeasured)
        }
        for quality in comparison.quality where quality.rejectedCount > 0 || !quality.notes.isEmpty {
            lines.append("")
            lines.append("Data quality (\(quality.source)): \(quality.recordsRead) records read, \(quality.rejectedCount) rejected")
            for reason in quality.rejections.keys.sorted() {
                lines.append("  \(reason): \(quality.rejections[reason]!.count)")
            }
            lines.append(contentsOf: quality.notes.map { "  \($0)" })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func value(_ result: KPIComparison) -> String {
        if let option = result.option { return option }
        if result.kpi.unit == .boolean { return result.value != 0 ? "yes" : "no" }
        let symbol = result.kpi.unit.symbol
        return number(result.value) + (symbol.isEmpty ? "" : " " + symbol)
    }

    /// The best reference's position: `50 (Easiware 2017)`, `~13 [9–19] model (ContactBabel 2016)`,
    /// `[0–50] (…)` without an estimate; empty when no comparable study positions the KPI.
    static func position(_ result: KPIComparison) -> String {
        guard let best = result.bestReference, let position = best.position else { return "" }
        let study = "\(best.study.publisher) \(best.study.year)"
        guard let estimate = position.estimate else { return "[\(number(position.low))–\(number(position.high))] (\(study))" }
        if position.shownLow == position.shownHigh { return "\(number(estimate)) (\(study))" }
        let approximate = position.isApproximate ? "~" : ""
        let model = position.model == nil ? "" : " model"
        return "\(approximate)\(number(estimate)) [\(number(position.shownLow))–\(number(position.shownHigh))]\(model) (\(study))"
    }

    static func trend(_ trend: Trend?) -> String {
        guard let trend else { return "" }
        let arrow: String
        switch trend.change {
        case .improved: arrow = "better"
        case .worsened: arrow = "worse"
        case .unchanged: arrow = "same"
        case .changed: arrow = "moved"
        }
        let sign = trend.delta > 0 ? "+" : ""
        return "\(sign)\(number(trend.delta)) \(arrow) vs \(trend.previousPeriod)"
    }

    static func comparatorSymbol(_ comparator: TargetComparator) -> String {
        switch comparator {
        case .atLeast: return "≥"
        case .atMost: return "≤"
        case .between: return "in"
        }
    }

    /// At most one decimal, no trailing zero.
    static func number(_ value: Double) -> String {
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
