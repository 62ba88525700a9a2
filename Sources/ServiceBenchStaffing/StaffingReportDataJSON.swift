import ServiceBenchCore

extension StaffingReportData {
    /// The staffing what-if in `--format json`, with the figures the report's staffing section shows:
    /// the model, the target (`target_share_percent` of calls answered within `target_seconds`), what
    /// the rows stand for (`basis`), and per row the calls offered, the average handle time in seconds,
    /// the agents needed (null when no staffing up to 10,000 agents reaches the target) and the observed
    /// service level (0–100, null when unknown); `calls` is the average, unrounded; `interval` is the
    /// hour (`08:00`), null for the one row of the average hour.
    package var jsonValue: JSONValue {
        let basisValue: JSONValue
        switch basis {
        case .weekdayHours(let weeks, let days)?:
            basisValue = .object([("kind", .string("weekday_hours")), ("weeks", .number(Double(weeks))), ("days", .number(Double(days)))])
        case .averageVolume(let callsOffered, let openHours, let daysPerWeek, let hoursPerDay)?:
            basisValue = .object([
                ("kind", .string("average_volume")), ("calls_offered", .number(callsOffered)), ("open_hours", .number(openHours)),
                ("days_per_week", .number(daysPerWeek)), ("hours_per_day", .number(hoursPerDay)),
            ])
        case nil:
            basisValue = .null
        }
        return .object([
            ("model", .string(model)),
            ("target_share_percent", .number(targetShare)),
            ("target_seconds", .number(targetSeconds)),
            ("basis", basisValue),
            ("rows", .array(rows.map { row in
                .object([
                    ("interval", .optional(row.label.isEmpty ? nil : row.label)),
                    ("calls", .number(row.calls)),
                    ("aht_seconds", .number(row.averageHandleSeconds)),
                    ("agents_needed", .optional(row.agentsNeeded.map(Double.init))),
                    ("observed_service_level_percent", .optional(row.observedServiceLevel)),
                ])
            })),
        ])
    }
}
