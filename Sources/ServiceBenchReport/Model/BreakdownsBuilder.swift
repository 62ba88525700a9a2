import ServiceBenchCore
import ServiceBenchIngest

/// Builds the breakdown sections of a company's report from its raw exports' detail
/// (`CompanyBreakdowns`): by queue, by channel, by agent, the abandoned calls by hour and queue, and
/// the longest waits. Each figure with a company target shows its status against it. No section
/// when the company's report does not come from raw exports.
struct BreakdownsBuilder {
    let texts: ReportTexts
    let reference: ReferenceData
    let kpis: KPIEntryBuilder
    let formatter: ValueFormatter

    /// A figure column: a KPI of the catalogue (labelled and formatted in its unit, with the target),
    /// or a count or other figure labelled by a text key.
    private enum Figure {
        case kpi(String)
        case count(String)
        /// A percentage 0–100 that is no catalogue KPI (the resolution rate).
        case percent(String)
        /// Hours, shown as a duration.
        case hours(String)
        case seconds(String)
    }

    func sections(_ comparison: CompanyComparison, detail: IngestDetail?) throws(ReportError) -> [BreakdownView] {
        guard let detail, let breakdowns = CompanyBreakdowns(detail: detail, period: comparison.period) else { return [] }
        let targets = BreakdownTargets(comparison)
        let period = comparison.period.description
        var sections: [BreakdownView] = []
        if let calls = breakdowns.calls {
            if let queues = calls.queues, !queues.isEmpty {
                sections.append(try queueSection(calls, queues: queues, targets: targets, period: period))
                if let hours = try hoursSection(queues, period: period) { sections.append(hours) }
            } else if calls.queues == nil {
                sections.append(BreakdownView(
                    anchor: "breakdown-queues", title: try texts.text("breakdown_queues_title"), intro: try texts.format("breakdown_queues_intro", ["period": period]),
                    tables: [], notes: calls.notes.map { XMLText.clean($0) }))
            }
        }
        if let channels = try channelSection(breakdowns, targets: targets, period: period) { sections.append(channels) }
        if breakdowns.namesAgents { sections.append(try agentSection(breakdowns, targets: targets, period: period, pseudonyms: detail.agentsPseudonymized)) }
        if let calls = breakdowns.calls, !calls.longestAnswered.isEmpty || !calls.longestAbandoned.isEmpty {
            sections.append(try waitsSection(calls, period: period))
        }
        return sections
    }

    // MARK: Columns and cells

    private func column(_ figure: Figure, targets: BreakdownTargets) throws(ReportError) -> BreakdownView.Column {
        switch figure {
        case .kpi(let id):
            let definition = targets.definition(id) ?? reference.kpi(id)
            let label = definition.map { kpis.label($0) } ?? id
            let target = try targets.target(id).map { target throws(ReportError) in try kpis.targetText(target, unit: definition?.unit ?? .count) }
            return BreakdownView.Column(label: label, target: target)
        case .count(let key), .percent(let key), .hours(let key), .seconds(let key):
            return BreakdownView.Column(label: try texts.text(key), target: nil)
        }
    }

    private func cell(_ figure: Figure, _ value: Double?, targets: BreakdownTargets) throws(ReportError) -> BreakdownView.Cell {
        guard let value else { return BreakdownView.Cell(text: try texts.text("not_available"), status: nil) }
        switch figure {
        case .kpi(let id):
            let unit = (targets.definition(id) ?? reference.kpi(id))?.unit ?? .count
            let status = try targets.status(id, value).map { status throws(ReportError) in try kpis.status(status) }
            return BreakdownView.Cell(text: formatter.value(value, unit: unit), status: status)
        case .count: return BreakdownView.Cell(text: formatter.number(value), status: nil)
        case .percent: return BreakdownView.Cell(text: formatter.percent(value), status: nil)
        case .hours: return BreakdownView.Cell(text: formatter.duration(seconds: value * 3600), status: nil)
        case .seconds: return BreakdownView.Cell(text: formatter.duration(seconds: value), status: nil)
        }
    }

    private func table(
        caption: String, rowHeading: String, figures: [Figure], rows: [(String, [Double?])], targets: BreakdownTargets
    ) throws(ReportError) -> BreakdownView.Table {
        var columns: [BreakdownView.Column] = []
        for figure in figures { columns.append(try column(figure, targets: targets)) }
        var tableRows: [BreakdownView.Row] = []
        for (label, values) in rows {
            var cells: [BreakdownView.Cell] = []
            for (figure, value) in zip(figures, values) { cells.append(try cell(figure, value, targets: targets)) }
            tableRows.append(BreakdownView.Row(label: XMLText.clean(label), cells: cells))
        }
        return BreakdownView.Table(caption: caption, rowHeading: rowHeading, columns: columns, rows: tableRows)
    }

    private func queueName(_ queue: String?) throws(ReportError) -> String {
        if let queue { return queue }
        return try texts.text("breakdown_no_queue")
    }

    // MARK: Sections

    private func queueSection(
        _ calls: CallBreakdown, queues: [CallBreakdown.QueueRow], targets: BreakdownTargets, period: String
    ) throws(ReportError) -> BreakdownView {
        let levels = calls.serviceLevelThresholds.map { Figure.kpi("service_level_\($0)s") }
        let figures: [Figure] = [.count("breakdown_offered"), .count("breakdown_answered"), .kpi("answer_rate"), .kpi("abandon_rate")]
            + levels + [.kpi("asa"), .kpi("aht")]
        var rows: [(String, [Double?])] = []
        for queue in queues {
            let values: [Double?] = [Double(queue.offered), Double(queue.answered), queue.answerRate, queue.abandonRate]
                + queue.serviceLevels + [queue.averageSpeedOfAnswer, queue.averageHandleTime]
            rows.append((try queueName(queue.queue), values))
        }
        let table = try table(
            caption: try texts.text("breakdown_queues_caption"), rowHeading: try texts.text("breakdown_queue"), figures: figures, rows: rows,
            targets: targets)
        return BreakdownView(
            anchor: "breakdown-queues", title: try texts.text("breakdown_queues_title"),
            intro: try texts.format("breakdown_queues_intro", ["period": period]), tables: [table], notes: calls.notes.map { XMLText.clean($0) })
    }

    /// The abandoned calls by local hour of entry (columns: the hours from the first to the last
    /// with an abandon) and queue (rows), with each queue's total.
    private func hoursSection(_ queues: [CallBreakdown.QueueRow], period: String) throws(ReportError) -> BreakdownView? {
        let byHour = (0..<24).map { hour in queues.reduce(0) { $0 + $1.abandonedByHour[hour] } }
        guard let first = byHour.firstIndex(where: { $0 > 0 }), let last = byHour.lastIndex(where: { $0 > 0 }) else { return nil }
        var columns: [BreakdownView.Column] = []
        for hour in first...last { columns.append(BreakdownView.Column(label: try texts.format("breakdown_hour", ["hour": String(hour)]), target: nil)) }
        columns.append(BreakdownView.Column(label: try texts.text("breakdown_total"), target: nil))
        var rows: [BreakdownView.Row] = []
        for queue in queues {
            let counts = Array(queue.abandonedByHour[first...last]) + [queue.abandoned]
            rows.append(BreakdownView.Row(
                label: XMLText.clean(try queueName(queue.queue)), cells: counts.map { BreakdownView.Cell(text: formatter.number(Double($0)), status: nil) }))
        }
        let totals = Array(byHour[first...last]) + [queues.reduce(0) { $0 + $1.abandoned }]
        rows.append(BreakdownView.Row(
            label: try texts.text("breakdown_total"), cells: totals.map { BreakdownView.Cell(text: formatter.number(Double($0)), status: nil) }))
        let table = BreakdownView.Table(
            caption: try texts.text("breakdown_hours_caption"), rowHeading: try texts.text("breakdown_queue"), columns: columns, rows: rows)
        return BreakdownView(
            anchor: "breakdown-abandoned-hours", title: try texts.text("breakdown_hours_title"),
            intro: try texts.format("breakdown_hours_intro", ["period": period]), tables: [table], notes: [])
    }

    private func channelSection(_ breakdowns: CompanyBreakdowns, targets: BreakdownTargets, period: String) throws(ReportError) -> BreakdownView? {
        var tables: [BreakdownView.Table] = []
        let heading = try texts.text("breakdown_channel")
        if let tickets = breakdowns.tickets, !tickets.channels.isEmpty {
            let figures: [Figure] = [
                .count("breakdown_created"), .count("breakdown_resolved"), .percent("breakdown_resolution_rate"), .hours("breakdown_median_response"),
                .kpi("resolution_time"), .kpi("fcr"),
            ]
            let rows = tickets.channels.map { row -> (String, [Double?]) in
                (row.name, [Double(row.created), row.resolved.map(Double.init), row.resolutionRate, row.medianFirstResponseHours, row.averageResolutionHours, row.fcr])
            }
            tables.append(try table(caption: try texts.text("breakdown_tickets_caption"), rowHeading: heading, figures: figures, rows: rows, targets: targets))
        }
        if let surveys = breakdowns.surveys, !surveys.channels.isEmpty {
            tables.append(try surveyTable(
                surveys.channels, caption: try texts.text("breakdown_surveys_caption"), heading: heading, targets: targets))
        }
        guard !tables.isEmpty else { return nil }
        return BreakdownView(
            anchor: "breakdown-channels", title: try texts.text("breakdown_channels_title"),
            intro: try texts.format("breakdown_channels_intro", ["period": period]), tables: tables, notes: [])
    }

    /// CSAT, NPS and CES with their answers, the types no row has answers of left out.
    private func surveyTable(
        _ rows: [SurveyBreakdown.Row], caption: String, heading: String, targets: BreakdownTargets
    ) throws(ReportError) -> BreakdownView.Table {
        var figures: [Figure] = []
        var readers: [(SurveyBreakdown.Row) -> Double?] = []
        if rows.contains(where: { $0.csatAnswers > 0 }) {
            figures += [.count("breakdown_csat_answers"), .kpi("csat")]
            readers += [{ Double($0.csatAnswers) }, { $0.csat }]
        }
        if rows.contains(where: { $0.npsAnswers > 0 }) {
            figures += [.count("breakdown_nps_answers"), .kpi("nps")]
            readers += [{ Double($0.npsAnswers) }, { $0.nps }]
        }
        if rows.contains(where: { $0.cesAnswers > 0 }) {
            figures += [.count("breakdown_ces_answers"), .kpi("ces")]
            readers += [{ Double($0.cesAnswers) }, { $0.ces }]
        }
        return try table(
            caption: caption, rowHeading: heading, figures: figures, rows: rows.map { row in (row.name, readers.map { $0(row) }) }, targets: targets)
    }

    private func agentSection(
        _ breakdowns: CompanyBreakdowns, targets: BreakdownTargets, period: String, pseudonyms: Bool
    ) throws(ReportError) -> BreakdownView {
        var figures: [Figure] = []
        var readers: [(CompanyBreakdowns.AgentRow) -> Double?] = []
        if breakdowns.calls?.agents != nil {
            figures += [.count("breakdown_calls_answered"), .seconds("breakdown_talk"), .kpi("aht")]
            readers += [{ $0.calls.map { Double($0.answered) } }, { $0.calls?.averageTalkTime }, { $0.calls?.averageHandleTime }]
        }
        if breakdowns.tickets?.agents != nil {
            figures += [.count("breakdown_tickets"), .percent("breakdown_resolution_rate"), .kpi("resolution_time"), .kpi("fcr")]
            readers += [{ $0.tickets.map { Double($0.created) } }, { $0.tickets?.resolutionRate }, { $0.tickets?.averageResolutionHours }, { $0.tickets?.fcr }]
        }
        if breakdowns.surveys?.agents != nil {
            figures += [.count("breakdown_csat_answers"), .kpi("csat")]
            readers += [{ $0.surveys.map { Double($0.csatAnswers) } }, { $0.surveys?.csat }]
        }
        var rows: [(String, [Double?])] = []
        for agent in breakdowns.agents {
            rows.append((try texts.agentName(agent), readers.map { $0(agent) }))
        }
        let table = try table(
            caption: try texts.text("breakdown_agents_caption"), rowHeading: try texts.text("breakdown_agent"), figures: figures, rows: rows,
            targets: targets)
        var notes: [String] = []
        if pseudonyms { notes.append(try texts.text("breakdown_pseudonyms_note")) }
        return BreakdownView(
            anchor: "breakdown-agents", title: try texts.text("breakdown_agents_title"),
            intro: try texts.format("breakdown_agents_intro", ["period": period]), tables: [table], notes: notes)
    }

    private func waitsSection(_ calls: CallBreakdown, period: String) throws(ReportError) -> BreakdownView {
        var tables: [BreakdownView.Table] = []
        for (waits, key) in [(calls.longestAnswered, "breakdown_waits_answered_caption"), (calls.longestAbandoned, "breakdown_waits_abandoned_caption")] where !waits.isEmpty {
            let columns = [
                BreakdownView.Column(label: try texts.text("breakdown_queue"), target: nil),
                BreakdownView.Column(label: try texts.text("breakdown_entered"), target: nil),
                BreakdownView.Column(label: try texts.text("breakdown_wait"), target: nil),
            ]
            var rows: [BreakdownView.Row] = []
            let unknown = try texts.text("not_available")
            for wait in waits {
                rows.append(BreakdownView.Row(
                    label: XMLText.clean(wait.callID ?? unknown),
                    cells: [
                        BreakdownView.Cell(text: XMLText.clean(try queueName(wait.queue)), status: nil),
                        BreakdownView.Cell(text: wait.entered, status: nil),
                        BreakdownView.Cell(text: formatter.duration(seconds: wait.waitSeconds), status: nil),
                    ]))
            }
            tables.append(BreakdownView.Table(caption: try texts.text(key), rowHeading: try texts.text("breakdown_call"), columns: columns, rows: rows))
        }
        return BreakdownView(
            anchor: "breakdown-longest-waits", title: try texts.text("breakdown_waits_title"),
            intro: try texts.format("breakdown_waits_intro", ["period": period]), tables: tables, notes: [])
    }
}

extension ReportTexts {
    /// An agent's name as the report and the workbook show it: the exports' name, or with
    /// `--pseudonymize-agents` its pseudonym in the report language (`Conseiller 3`, `Agent 3`).
    func agentName(_ row: CompanyBreakdowns.AgentRow) throws(ReportError) -> String {
        try row.pseudonym.map { number throws(ReportError) in try format("agent_pseudonym", ["number": String(number)]) } ?? row.agent
    }
}
