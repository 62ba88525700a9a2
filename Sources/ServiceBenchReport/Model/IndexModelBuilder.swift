import ServiceBenchCore

/// The panel page: the companies ranked by their mean peer percentile (those with no peer rank last),
/// shown in one table per dimension, one column per KPI measured in the panel (catalogue order), each
/// cell the value and the peer rank coloured by panel quarter.
struct IndexModelBuilder {
    let base: ReportModelBuilder

    func build(_ comparisons: [CompanyComparison], fileNames: [String]) throws(ReportError) -> [String: Any] {
        let texts = base.texts, formatter = base.formatter
        let defaultTitle = try texts.text("default_title")
        let title = XMLText.clean(base.options.title ?? defaultTitle)
        var context = try base.documentContext(title: title)

        var definitions: [String: KPIDefinition] = [:]
        for comparison in comparisons { for result in comparison.results where definitions[result.kpi.id] == nil { definitions[result.kpi.id] = result.kpi } }
        // Catalogue order, then any KPI the catalogue does not list (in order of appearance).
        var columns = base.reference.kpis.map(\.id).filter { definitions[$0] != nil }
        var listed = Set(columns)
        for comparison in comparisons { for result in comparison.results where listed.insert(result.kpi.id).inserted { columns.append(result.kpi.id) } }

        var rows: [(score: Double, name: String, index: Int, cells: [String: [String: Any]])] = []
        for (index, comparison) in comparisons.enumerated() {
            var cells: [String: [String: Any]] = [:]
            var total = 0.0, counted = 0
            for result in comparison.results where cells[result.kpi.id] == nil {
                var cell: [String: Any] = ["value": try base.kpis.displayValue(result), "hasValue": true]
                if let peers = result.peers {
                    cell["rank"] = try texts.format("index_rank", ["rank": formatter.ordinal(peers.rank), "count": formatter.number(Double(peers.count))])
                    cell["cellClass"] = ChartGeometry.quartileClass(peers.percentile)
                    total += peers.percentile
                    counted += 1
                } else {
                    cell["rank"] = ""
                    cell["cellClass"] = "none"
                }
                cells[result.kpi.id] = cell
            }
            rows.append((counted > 0 ? total / Double(counted) : -1, XMLText.clean(comparison.company.name), index, cells))
        }
        rows.sort { lhs, rhs in
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            if lhs.name != rhs.name { return lhs.name < rhs.name }
            return lhs.index < rhs.index
        }
        let heads: [[String: Any]] = try rows.enumerated().map { position, row throws(ReportError) in
            let comparison = comparisons[row.index]
            return [
                "company": row.name, "period": comparison.period.description, "href": fileNames[row.index],
                "overall": row.score < 0 ? try texts.text("index_no_rank") : formatter.number(Double(position + 1)),
            ]
        }
        // One table per dimension (the report's order), each small enough to read and to print.
        let empty: [String: Any] = ["cellClass": "empty", "hasValue": false]
        var groups: [[String: Any]] = []
        for dimension in Dimension.allCases {
            let ids = columns.filter { definitions[$0]?.dimension == dimension }
            guard !ids.isEmpty else { continue }
            let groupRows: [[String: Any]] = rows.indices.map { position in
                var row = heads[position]
                row["cells"] = ids.map { rows[position].cells[$0] ?? empty }
                return row
            }
            groups.append([
                "id": dimension.rawValue, "title": try texts.text("dimension_\(dimension.rawValue)"),
                "columns": ids.map { id -> [String: Any] in ["id": id, "label": definitions[id].map { base.kpis.label($0) } ?? id] },
                "rows": groupRows,
            ])
        }
        context["groups"] = groups
        context["columnsText"] = try texts.format("index_columns", [
            "count": formatter.number(Double(columns.count)), "tables": formatter.number(Double(groups.count)),
        ])
        let periods = Array(Set(comparisons.map(\.period))).sorted().map(\.description)
        context["periods"] = periods.joined(separator: ", ")
        context["panelText"] = try texts.format("panel_size", ["count": formatter.number(Double(comparisons.count))])
        if comparisons.count < PeerRank.minimumPanel {
            context["panelWarning"] = try texts.format("small_panel", ["count": String(comparisons.count), "minimum": String(PeerRank.minimumPanel)])
        }
        return context
    }
}
