import ServiceBenchCore

/// The panel page: one row per company, ranked by its mean peer percentile, and one column per KPI
/// measured in the panel (catalogue order), each cell the value and the peer rank coloured by panel quarter.
struct IndexModelBuilder {
    let base: ReportModelBuilder

    func build(_ comparisons: [CompanyComparison], fileNames: [String]) throws(ReportError) -> [String: Any] {
        let texts = base.texts, formatter = base.formatter
        let defaultTitle = try texts.text("default_title")
        let title = XMLText.clean(base.options.title ?? defaultTitle)
        var context = try base.documentContext(title: title)

        var measured = Set<String>()
        var appearance: [String] = []
        for comparison in comparisons {
            for result in comparison.results where measured.insert(result.kpi.id).inserted { appearance.append(result.kpi.id) }
        }
        let catalogueOrder = base.reference.kpis.map(\.id).filter { measured.contains($0) }
        let extra = appearance.filter { id in !catalogueOrder.contains(id) }
        let columns = catalogueOrder + extra
        var definitions: [String: KPIDefinition] = [:]
        for comparison in comparisons { for result in comparison.results where definitions[result.kpi.id] == nil { definitions[result.kpi.id] = result.kpi } }
        context["columns"] = columns.map { id -> [String: Any] in
            ["id": id, "label": definitions[id].map { base.kpis.label($0) } ?? id]
        }

        var rows: [(score: Double, name: String, row: [String: Any])] = []
        for (index, comparison) in comparisons.enumerated() {
            var byKPI: [String: KPIComparison] = [:]
            for result in comparison.results where byKPI[result.kpi.id] == nil { byKPI[result.kpi.id] = result }
            var cells: [[String: Any]] = []
            cells.reserveCapacity(columns.count)
            var total = 0.0, counted = 0
            for id in columns {
                guard let result = byKPI[id] else {
                    cells.append(["cellClass": "empty", "hasValue": false])
                    continue
                }
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
                cells.append(cell)
            }
            let name = XMLText.clean(comparison.company.name)
            rows.append((counted > 0 ? total / Double(counted) : -1, name, [
                "company": name, "period": comparison.period.description, "href": fileNames[index], "cells": cells,
            ]))
        }
        let ordered = rows.enumerated().sorted { lhs, rhs in
            if lhs.element.score != rhs.element.score { return lhs.element.score > rhs.element.score }
            if lhs.element.name != rhs.element.name { return lhs.element.name < rhs.element.name }
            return lhs.offset < rhs.offset
        }
        context["rows"] = ordered.enumerated().map { position, item -> [String: Any] in
            var row = item.element.row
            row["overall"] = formatter.number(Double(position + 1))
            return row
        }
        let periods = Array(Set(comparisons.map(\.period))).sorted().map(\.description)
        context["periods"] = periods.joined(separator: ", ")
        context["panelText"] = try texts.format("panel_size", ["count": formatter.number(Double(comparisons.count))])
        if comparisons.count < PeerRank.minimumPanel {
            context["panelWarning"] = try texts.format("small_panel", ["count": String(comparisons.count), "minimum": String(PeerRank.minimumPanel)])
        }
        return context
    }
}
