import ServiceBenchCore

/// The panel page: the companies ranked by their mean peer percentile (those with no peer rank last),
/// shown in one table per dimension, one column per KPI measured in the panel (catalogue order), each
/// cell the value and the peer rank coloured by panel quarter.
struct IndexModelBuilder {
    let base: ReportModelBuilder

    func build(_ comparisons: [CompanyComparison], fileNames: [String]) throws(ReportError) -> IndexView {
        let texts = base.texts, formatter = base.formatter
        let head = try base.documentHead()

        var definitions: [String: KPIDefinition] = [:]
        for comparison in comparisons { for result in comparison.results where definitions[result.kpi.id] == nil { definitions[result.kpi.id] = result.kpi } }
        // Catalogue order, then any KPI the catalogue does not list (in order of appearance).
        var columns = base.reference.kpis.map(\.id).filter { definitions[$0] != nil }
        var listed = Set(columns)
        for comparison in comparisons { for result in comparison.results where listed.insert(result.kpi.id).inserted { columns.append(result.kpi.id) } }

        typealias Cell = IndexView.Group.Row.Cell
        var cellsByCompany: [[String: Cell]] = []
        for comparison in comparisons {
            var cells: [String: Cell] = [:]
            for result in comparison.results where cells[result.kpi.id] == nil {
                let value = try base.kpis.displayValue(result)
                if let peers = result.peers {
                    cells[result.kpi.id] = Cell(
                        hasValue: true, value: value,
                        rank: try texts.format("index_rank", ["rank": formatter.ordinal(peers.rank), "count": formatter.number(Double(peers.count))]),
                        cellClass: ChartGeometry.quartileClass(peers.percentile))
                } else {
                    cells[result.kpi.id] = Cell(hasValue: true, value: value, rank: "", cellClass: "none")
                }
            }
            cellsByCompany.append(cells)
        }
        let (order, standings) = PanelStanding.standings(comparisons)
        let noRank = try texts.text("index_no_rank")
        var overall: [(rank: String, basis: String?)] = []
        var peerGroups: [String] = []
        for index in order {
            let standing = standings[index]
            var basis: String?
            if let standing {
                basis = standing.rank == nil
                    ? try texts.format("index_overall_none", [
                        "count": formatter.number(Double(standing.rankedKPIs)), "panel": formatter.number(Double(standing.panelKPIs)),
                    ])
                    : try texts.format("index_overall_basis", ["count": formatter.number(Double(standing.rankedKPIs))])
            }
            overall.append((standing?.rank.map { formatter.number(Double($0)) } ?? noRank, basis))
            peerGroups.append(try peerGroupText(comparisons[index].peerGroup))
        }
        // One table per dimension (the report's order), each small enough to read and to print.
        let empty = Cell(hasValue: false, value: "", rank: "", cellClass: "empty")
        var groups: [IndexView.Group] = []
        for dimension in Dimension.allCases {
            let ids = columns.filter { definitions[$0]?.dimension == dimension }
            guard !ids.isEmpty else { continue }
            let groupRows = order.enumerated().map { position, index in
                IndexView.Group.Row(
                    company: XMLText.clean(comparisons[index].company.name), period: comparisons[index].period.description,
                    href: fileNames[index], overall: overall[position].rank, overallBasis: overall[position].basis,
                    peerGroup: peerGroups[position], cells: ids.map { cellsByCompany[index][$0] ?? empty })
            }
            groups.append(IndexView.Group(
                id: dimension.rawValue, title: try texts.text("dimension_\(dimension.rawValue)"),
                columns: ids.map { id in IndexView.Group.Column(id: id, label: definitions[id].map { base.kpis.label($0) } ?? id) },
                rows: groupRows))
        }
        let periods = Array(Set(comparisons.map(\.period))).sorted().map(\.description)
        return IndexView(
            lang: head.lang, isXHTML: head.isXHTML, title: head.title, dateText: head.dateText, dateISO: head.dateISO,
            panelText: try texts.format("panel_size", ["count": formatter.number(Double(comparisons.count))]),
            panelWarning: comparisons.count < PeerRank.minimumPanel
                ? try texts.format("small_panel", ["count": String(comparisons.count), "minimum": String(PeerRank.minimumPanel)]) : nil,
            periods: periods.joined(separator: ", "),
            columnsText: try texts.format("index_columns", [
                "count": formatter.number(Double(columns.count)), "tables": formatter.number(Double(groups.count)),
            ]),
            groups: groups)
    }

    /// « pairs : même profil, 9 entreprises », with the group asked for when it was not used.
    func peerGroupText(_ choice: PeerGroupChoice) throws(ReportError) -> String {
        let texts = base.texts
        let values = [
            "group": try texts.text("index_group_\(choice.used.rawValue)"), "count": base.formatter.number(Double(choice.size)),
            "requested": try texts.text("index_group_\(choice.requested.rawValue)"),
        ]
        return try texts.format(choice.fellBackFrom == nil ? "index_group" : "index_group_fallback", values)
    }
}
