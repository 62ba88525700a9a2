import ServiceBenchCore
import ServiceBenchStaffing

/// A priority as a reader sees it: each reason in words, the staffing ask, and the one sentence the
/// board summary, the priorities section and the JSON share.
struct PriorityText: Sendable {
    let priority: Priority
    let reasons: [String]
    /// The agents to add and when, for a call KPI whose gap staffing closes; nil otherwise.
    let ask: StaffingAsk?
    /// `+4 conseillers de 09:00 à 12:00 (estimation Erlang C)`; nil without an ask.
    let askText: String?
    let sentence: String

    /// The call KPIs whose gaps more agents close: service levels, answer rate, abandonment, ASA.
    static func isStaffed(_ kpi: String) -> Bool {
        kpi.hasPrefix("service_level_") || ["answer_rate", "abandon_rate", "asa", "wait_p90"].contains(kpi)
    }

    /// `+4 conseillers de 09:00 à 12:00 (estimation Erlang C)`.
    static func askText(_ ask: StaffingAsk, kpis: KPIEntryBuilder) throws(ReportError) -> String {
        try kpis.texts.format(ask.agents == 1 ? "priority_ask_one" : "priority_ask", [
            "agents": kpis.formatter.number(Double(ask.agents)), "from": ask.from, "to": ask.to,
        ])
    }

    /// The priorities of `comparison`, in rank order, in words.
    static func all(
        for comparison: CompanyComparison, staffing: StaffingReportData?, reference: ReferenceData, kpis: KPIEntryBuilder
    ) throws(ReportError) -> [PriorityText] {
        let headline = Set(reference.headlineKPIs(for: comparison.profile))
        let ask = staffing.flatMap(StaffingAsk.from)
        let results = Dictionary(comparison.results.map { ($0.kpi.id, $0) }, uniquingKeysWith: { first, _ in first })
        var all: [PriorityText] = []
        for priority in PriorityRanker.priorities(for: comparison, headline: headline) {
            guard let result = results[priority.kpi.id] else { continue }
            all.append(try PriorityText(priority, result: result, ask: isStaffed(priority.kpi.id) ? ask : nil, kpis: kpis))
        }
        return all
    }

    init(_ priority: Priority, result: KPIComparison, ask: StaffingAsk?, kpis: KPIEntryBuilder) throws(ReportError) {
        let texts = kpis.texts, formatter = kpis.formatter, unit = priority.kpi.unit
        var reasons: [String] = []
        for reason in priority.reasons {
            switch reason {
            case .targetMissed, .targetNear:
                guard let target = result.target else { continue }
                reasons.append(try texts.format("priority_\(reason == .targetMissed ? "target_missed" : "target_near")", [
                    "target": kpis.targetText(target.target, unit: unit),
                    "gap": formatter.gap(priority.gapBasis == .target ? priority.gap ?? 0 : 0, unit: unit),
                ]))
            case .bottomQuarterOfPeers:
                guard let peers = result.peers else { continue }
                reasons.append(try texts.format("priority_bottom_quarter", [
                    "rank": formatter.ordinal(peers.rank), "count": formatter.number(Double(peers.count)),
                ]))
            case .belowStudyMedian:
                guard let study = priority.study else { continue }
                reasons.append(try texts.format("priority_below_median", ["study": kpis.studyName(study)]))
            case .worsened:
                guard let trend = result.trend else { continue }
                reasons.append(try texts.format("priority_worsened", [
                    "period": trend.previousPeriod.description, "delta": formatter.delta(trend.delta, unit: unit),
                ]))
            }
        }
        self.priority = priority
        self.reasons = reasons
        self.ask = ask
        askText = try ask.map { ask throws(ReportError) in try Self.askText(ask, kpis: kpis) }
        let lead = try texts.format("sentence_lead", ["label": kpis.label(priority.kpi), "value": kpis.displayValue(result)])
        let separator = try texts.text("sentence_separator")
        sentence = try texts.format("sentence", ["lead": lead, "details": (reasons + [askText].compactMap { $0 }).joined(separator: separator)])
    }
}
