import ServiceBenchCore
import ServiceBenchIngest
import ServiceBenchStaffing

/// The slide deck of one company, from the same comparison and the same pieces as its report: the
/// headline KPIs' entries, the priorities, the staffing what-if and the studies cited.
struct DeckModelBuilder {
    let base: ReportModelBuilder

    /// The priorities one slide holds and stays readable from the back of a room.
    static let prioritiesShown = 5

    func build(_ comparison: CompanyComparison, staffing: StaffingReportData?, detail: IngestDetail? = nil) throws(ReportError) -> DeckView {
        let texts = base.texts, kpis = base.kpis
        let head = try base.documentHead()
        let facts = try base.companyFacts(comparison)
        // Only the headline KPIs reach a slide: their entries alone are built (the first result of each).
        let headlineIDs = base.headlineIDs(comparison)
        let wanted = Set(headlineIDs)
        var entries: [String: KPIEntryView] = [:]
        var results: [String: KPIComparison] = [:]
        for result in comparison.results where wanted.contains(result.kpi.id) && entries[result.kpi.id] == nil {
            entries[result.kpi.id] = try kpis.entry(result, peerGroup: facts.peerGroup)
            results[result.kpi.id] = result
        }
        let headline = headlineIDs.compactMap { entries[$0] }

        // The studies slide: the best reference that says something (a position within 50 points);
        // the method slide lists the studies shown there.
        var positions: [DeckView.Position] = []
        var shownStudies: [Study] = []
        for entry in headline {
            let index = entry.references.firstIndex { $0.hasPosition && !$0.uninformative }
            positions.append(DeckView.Position(label: entry.label, value: entry.value, reference: index.map { entry.references[$0] }))
            if let index, let study = results[entry.id]?.references[index].study, !shownStudies.contains(where: { $0.id == study.id }) {
                shownStudies.append(study)
            }
        }
        var peers: [DeckView.Peer] = []
        for entry in headline {
            guard let rank = results[entry.id]?.peers else { continue }
            peers.append(DeckView.Peer(
                label: entry.label, value: entry.value,
                rankText: try texts.format("peer_rank", ["rank": base.formatter.ordinal(rank.rank), "count": base.formatter.number(Double(rank.count))]),
                percentileText: try texts.format("peer_percentile", ["value": base.formatter.number(rank.percentile)]),
                quartileClass: ChartGeometry.quartileClass(rank.percentile),
                barWidth: ChartGeometry.coordinate(max(2, min(100, rank.percentile)) * ChartGeometry.positionWidth / 100)))
        }
        let priorities = try base.prioritiesSection(comparison, staffing: staffing).map { all in
            PrioritiesView(items: Array(all.items.prefix(Self.prioritiesShown)), method: all.method)
        }
        var staffingView: StaffingView?
        var staffingAsk: String?
        if let staffing, !staffing.rows.isEmpty {
            staffingView = try base.staffingSection(staffing)
            staffingAsk = try StaffingAsk.from(staffing).map { ask throws(ReportError) in try PriorityText.askText(ask, kpis: kpis) }
        }
        let sources = SourcesBuilder(kpis: kpis, reference: base.reference)
        var studies: [MethodologyView.Study] = []
        for study in shownStudies { studies.append(try sources.entry(study)) }
        return DeckView(
            lang: head.lang, isXHTML: head.isXHTML, title: head.title, company: XMLText.clean(comparison.company.name),
            period: comparison.period.description, dateText: head.dateText, dateISO: head.dateISO,
            profileLabel: facts.profileLabel, panelText: facts.panelText, panelWarning: facts.panelWarning,
            peersText: facts.peersText, peerGroupNote: facts.peerGroupNote, headline: headline, hasHeadline: !headline.isEmpty,
            columns: headline.count >= 7 ? "four" : "three", priorities: priorities, positions: positions, peers: peers,
            quarters: headline.filter { $0.series != nil }, hasQuarters: headline.contains { $0.series != nil },
            staffing: staffingView, staffingAsk: staffingAsk, methodology: MethodologyView(studies: studies, hasStudies: !studies.isEmpty),
            reasons: try base.reasonsSection(detail, period: comparison.period).flatMap { $0.blocks.first { $0.hasRows } ?? $0.blocks.first })
    }
}
