import Testing
@testable import ServiceBenchCore

/// A KPI catalogue built by hand for the KPI table tests, with the ids of issue 2 (units and domains
/// as the catalogue will have them; the bounds of durations are practical caps chosen here).
enum KPITableTestCatalogue {
    static func definition(
        _ id: String, _ unit: KPIUnit, _ minimum: Double, _ maximum: Double,
        kind: KPIKind = .measure, options: [String] = [], direction: KPIDirection = .higherIsBetter
    ) -> KPIDefinition {
        KPIDefinition(
            id: id, kind: kind, labelFR: id, labelEN: id, definitionFR: id, definitionEN: id, unit: unit,
            direction: direction, dimension: kind == .practice ? .practices : .inbound, minimum: minimum,
            maximum: maximum, options: options)
    }

    static let all: [KPIDefinition] = {
        let percents = [
            "answer_rate", "abandon_rate", "service_level_20s", "service_level_60s", "email_answered_24h", "fcr",
            "transfer_rate", "occupancy", "csat", "survey_response_rate", "qa_score_calls", "qa_score_written",
            "digital_share", "selfcare_transfer_rate", "conversion_rate",
        ]
        var list: [KPIDefinition] = []
        list.append(definition("calls_offered", .count, 0, 1e9))
        list += percents.prefix(2).map { definition($0, .percent, 0, 100) }
        list.append(definition("asa", .seconds, 0, 3_600, direction: .lowerIsBetter))
        list.append(definition("wait_p90", .seconds, 0, 7_200, direction: .lowerIsBetter))
        list += percents.dropFirst(2).prefix(3).map { definition($0, .percent, 0, 100) }
        list.append(definition("email_response_time", .hours, 0, 720, direction: .lowerIsBetter))
        list.append(definition("chat_first_response_time", .seconds, 0, 3_600, direction: .lowerIsBetter))
        list.append(definition("aht", .seconds, 0, 7_200, direction: .lowerIsBetter))
        list.append(definition("resolution_time", .hours, 0, 2_160, direction: .lowerIsBetter))
        list.append(definition("tickets_created", .count, 0, 1e9))
        list.append(definition("backlog_open", .count, 0, 1e9, direction: .lowerIsBetter))
        list.append(definition("backlog_age", .days, 0, 365, direction: .lowerIsBetter))
        list.append(definition("contacts_per_agent_hour", .perHour, 0, 100))
        list.append(definition("cost_per_contact", .euros, 0, 1_000, direction: .lowerIsBetter))
        list.append(definition("nps", .points, -100, 100))
        list.append(definition("ces", .score, 1, 7))
        list.append(definition("channels_offered", .count, 0, 30))
        list.append(definition("calls_made", .count, 0, 1e9))
        list += percents.dropFirst(5).map { definition($0, .percent, 0, 100) }
        for practice in [
            "measures_response_time", "measures_aht", "measures_satisfaction", "has_fcr_target",
            "measures_agent_quality", "email_auto_ack",
        ] {
            list.append(definition(practice, .boolean, 0, 1, kind: .practice))
        }
        list.append(definition("outsourcing", .category, 0, 2, kind: .practice, options: ["none", "partial", "full"]))
        return list
    }()
}

/// Shortcuts for reading tables in tests.
enum KPITableTesting {
    static func read(_ text: String, name: String = "kpis.csv") throws -> KPITable {
        try KPITableReader.read(bytes: Array(text.utf8), name: name, catalogue: KPITableTestCatalogue.all)
    }

    /// The errors `bytes` gives (empty when it reads fine).
    static func errors(bytes: [UInt8], name: String = "kpis.csv") -> [CoreError] {
        do {
            _ = try KPITableReader.read(bytes: bytes, name: name, catalogue: KPITableTestCatalogue.all)
            return []
        } catch {
            return error.diagnostics.compactMap { $0 as? CoreError }
        }
    }

    static func errors(_ text: String, name: String = "kpis.csv") -> [CoreError] {
        errors(bytes: Array(text.utf8), name: name)
    }

    /// The value of `kpi` for `company` in `period`, if read.
    static func value(_ table: KPITable, _ company: String, _ period: String, _ kpi: String) -> Double? {
        table.measurements.first { $0.company == company && $0.period.description == period && $0.kpi == kpi }?.value
    }
}
