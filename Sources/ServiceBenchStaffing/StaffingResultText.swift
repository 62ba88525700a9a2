import ServiceBenchCore

extension StaffingResult {
    /// The result as a terminal table: a header with the load and target, the agents needed, and the
    /// rows around that number (the recommended one marked with `>`). Ends with a newline.
    package func terminalText() -> String {
        let format = StaffingNumberFormat.self
        let isErlangA = model == .erlangA
        var lines: [String] = []
        var title = isErlangA ? "Erlang A" : "Erlang C"
        if let patience = request.patienceSeconds { title += " (mean patience \(format.trimmed(patience)) s)" }
        lines.append("\(title): \(format.trimmed(request.callsPerInterval)) calls per \(format.duration(request.intervalSeconds)), AHT \(format.trimmed(request.ahtSeconds)) s, offered load \(format.fixed(loadErlangs, 2)) erlangs")
        var target = "Target: \(format.trimmed(request.targetShare * 100)) % of calls answered within \(format.duration(request.targetSeconds))"
        if let maxOccupancy = request.maxOccupancy { target += ", occupancy at most \(format.trimmed(maxOccupancy * 100)) %" }
        lines.append(target)
        guard let agents else {
            lines.append("Target not reachable: \(unreachableReason ?? "no staffing meets it").")
            return lines.joined(separator: "\n") + "\n"
        }
        var needed = "Agents needed: \(agents)"
        if let shrinkage = request.shrinkage, let scheduledAgents {
            needed += " on the phones, \(scheduledAgents) scheduled with \(format.trimmed(shrinkage * 100)) % shrinkage"
        }
        if outcome == .maxOccupancy { needed += " (set by the maximum occupancy)" }
        if outcome == .noVolume { needed += " (no calls)" }
        lines.append(needed)
        if isErlangA {
            lines.append("Service level counts every offered call; calls that hang up count as not answered in time. ASA is the mean wait of answered calls.")
        }
        lines.append("")
        var header = ["Agents", "Service level", "ASA (s)", "P(wait)", "Occupancy"]
        if isErlangA { header.append("Abandoned") }
        var rows: [[String]] = [header]
        for row in table {
            let marker = row.agents == agents ? "> " : "  "
            var cells = [
                marker + String(row.agents),
                format.fixed(row.serviceLevel * 100, 1) + " %",
                row.asaSeconds.map { format.fixed($0, 1) } ?? "unbounded",
                format.fixed(row.waitProbability * 100, 1) + " %",
                format.fixed(row.occupancy * 100, 1) + " %",
            ]
            if let abandon = row.abandonRate { cells.append(format.fixed(abandon * 100, 1) + " %") }
            rows.append(cells)
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let padded = row.indices.map { column in String(repeating: " ", count: widths[column] - row[column].count) + row[column] }
            lines.append(padded.joined(separator: "  "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
