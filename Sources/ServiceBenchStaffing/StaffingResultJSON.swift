import ServiceBenchCore

extension StaffingResult {
    /// The result as JSON with a fixed key order and fixed decimals (same result, same bytes):
    /// shares (0–1) with 6 decimals, seconds with 3, erlangs with 4; `asa` is null where the wait is
    /// unbounded, and the top-level figures are null when the target is unreachable. `abandon_rate`
    /// appears only for Erlang A. Ends with a newline.
    package func jsonText() -> String {
        let isErlangA = model == .erlangA
        func optional(_ value: Double?, _ digits: Int) -> String {
            value.map { StaffingNumberFormat.fixed($0, digits) } ?? "null"
        }
        func string(_ value: String?) -> String {
            guard let value else { return "null" }
            var escaped = "\""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": escaped += "\\\""
                case "\\": escaped += "\\\\"
                case "\n": escaped += "\\n"
                case _ where scalar.value < 0x20: escaped += "\\u00" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16)
                default: escaped.unicodeScalars.append(scalar)
                }
            }
            return escaped + "\""
        }
        func figures(_ row: StaffingRow?, indent: String) -> [String] {
            var lines = [
                "\(indent)\"service_level\": \(optional(row?.serviceLevel, 6))",
                "\(indent)\"asa\": \(optional(row?.asaSeconds, 3))",
                "\(indent)\"wait_probability\": \(optional(row?.waitProbability, 6))",
                "\(indent)\"occupancy\": \(optional(row?.occupancy, 6))",
            ]
            if isErlangA { lines.append("\(indent)\"abandon_rate\": \(optional(row?.abandonRate, 6))") }
            return lines
        }
        let trimmed: (Double?) -> String = { $0.map(StaffingNumberFormat.trimmed) ?? "null" }
        var lines = [
            "  \"model\": \(string(model.rawValue))",
            "  \"request\": {\n" + [
                "    \"calls\": \(trimmed(request.callsPerInterval))",
                "    \"interval_seconds\": \(trimmed(request.intervalSeconds))",
                "    \"aht\": \(trimmed(request.ahtSeconds))",
                "    \"target_share\": \(trimmed(request.targetShare))",
                "    \"target_seconds\": \(trimmed(request.targetSeconds))",
                "    \"patience\": \(trimmed(request.patienceSeconds))",
                "    \"shrinkage\": \(trimmed(request.shrinkage))",
                "    \"max_occupancy\": \(trimmed(request.maxOccupancy))",
            ].joined(separator: ",\n") + "\n  }",
            "  \"load_erlangs\": \(StaffingNumberFormat.fixed(loadErlangs, 4))",
            "  \"reachable\": \(reachable)",
            "  \"outcome\": \(string(outcome.rawValue))",
            "  \"reason\": \(string(unreachableReason))",
            "  \"agents\": \(agents.map(String.init) ?? "null")",
            "  \"scheduled_agents\": \(scheduledAgents.map(String.init) ?? "null")",
        ]
        lines += figures(recommended, indent: "  ")
        let rows = table.map { row in
            "    {\n" + (["      \"agents\": \(row.agents)", "      \"stable\": \(row.isStable)"] + figures(row, indent: "      "))
                .joined(separator: ",\n") + "\n    }"
        }
        lines.append(rows.isEmpty ? "  \"table\": []" : "  \"table\": [\n" + rows.joined(separator: ",\n") + "\n  ]")
        return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
    }
}
