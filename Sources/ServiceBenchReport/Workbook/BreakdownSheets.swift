import ServiceBenchCore
import ServiceBenchIngest

/// The sheets of the breakdowns and contact reasons of companies reported from raw exports
/// (`report --calls … --format xlsx`), with the figures of the JSON's `breakdowns` and
/// `contact_reasons`: Files d'attente/Queues (company × period × queue), Canaux/Channels (× channel,
/// tickets and surveys side by side), Conseillers/Agents (× agent, calls, tickets and surveys side by
/// side; with `--pseudonymize-agents` the report's pseudonyms, `Conseiller 3`) and Motifs/Reasons (× source × reason). A sheet is
/// in the workbook only when some company has its figures. Percentages as fractions with a percent
/// format, seconds and hours as durations, counts as counts; a figure not computed is empty.
struct BreakdownSheets {
    let texts: ReportTexts

    /// One company's breakdowns and contact reasons for its compared period.
    struct Company {
        let name: String
        let period: Period
        let breakdowns: CompanyBreakdowns?
        let reasons: [ContactReasonPareto]

        init(_ comparison: CompanyComparison, detail: IngestDetail?) {
            name = comparison.company.name
            period = comparison.period
            breakdowns = detail.flatMap { CompanyBreakdowns(detail: $0, period: comparison.period) }
            reasons = ReportModelBuilder.reasonGroups(detail, period: comparison.period).map(ContactReasonPareto.init)
        }
    }

    func tables(_ companies: [Company]) throws(ReportError) -> [WorkbookTable] {
        var tables: [WorkbookTable] = []
        if companies.contains(where: { $0.breakdowns?.calls?.queues != nil }) { tables.append(try queues(companies)) }
        if companies.contains(where: { $0.breakdowns?.tickets != nil || $0.breakdowns?.surveys != nil }) { tables.append(try channels(companies)) }
        if companies.contains(where: { $0.breakdowns?.namesAgents == true }) { tables.append(try agents(companies)) }
        if companies.contains(where: { !$0.reasons.isEmpty }) { tables.append(try reasons(companies)) }
        return tables
    }

    /// The service-level thresholds of the calls, seconds: the columns of the queues sheet (one run
    /// reads its calls with one set of thresholds).
    private func thresholds(_ companies: [Company]) -> [Int] {
        companies.lazy.compactMap { $0.breakdowns?.calls?.serviceLevelThresholds }.first ?? []
    }

    private func queues(_ companies: [Company]) throws(ReportError) -> WorkbookTable {
        let thresholds = thresholds(companies)
        var columns = try WorkbookTable.columns(
            [("company", 28), ("period", 9), ("queue", 20), ("offered", 10), ("answered", 10), ("abandoned", 10), ("answer_rate", 10),
             ("abandon_rate", 10)], texts: texts)
        for seconds in thresholds {
            columns.append(WorkbookTable.Column(header: try texts.format("xlsx_col_service_level_at", ["seconds": String(seconds)]), width: 12))
        }
        columns += try WorkbookTable.columns([("asa", 10), ("aht", 10)], texts: texts)
        let rowCount = companies.reduce(0) { $0 + ($1.breakdowns?.calls?.queues?.count ?? 0) }
        return WorkbookTable(name: try texts.text("xlsx_sheet_queues"), columns: columns, rowCount: rowCount) { emit in
            for company in companies {
                for row in company.breakdowns?.calls?.queues ?? [] {
                    let levels = thresholds.indices.map { index in
                        WorkbookCell.figure(index < row.serviceLevels.count ? row.serviceLevels[index] : nil, in: .percent)
                    }
                    try emit(
                        [.text(company.name), .text(company.period.description), .optionalText(row.queue), .integer(row.offered),
                         .integer(row.answered), .integer(row.abandoned), .figure(row.answerRate, in: .percent), .figure(row.abandonRate, in: .percent)]
                            + levels + [.figure(row.averageSpeedOfAnswer, in: .seconds), .figure(row.averageHandleTime, in: .seconds)])
                }
            }
        }
    }

    /// The ticket figures of a channel or an agent, then the survey figures: the columns both sheets share.
    private static let ticketAndSurveyColumns: [(key: String, width: Double)] = [
        ("tickets_created", 10), ("tickets_resolved", 10), ("resolution_rate", 10), ("median_first_response_hours", 12),
        ("resolution_time_hours", 12), ("fcr", 10), ("csat_answers", 10), ("csat", 10), ("nps_answers", 10), ("nps", 8), ("ces_answers", 10), ("ces", 8),
    ]

    private static func ticketAndSurveyCells(_ tickets: TicketBreakdown.Row?, _ surveys: SurveyBreakdown.Row?) -> [WorkbookCell] {
        [
            .integer(tickets?.created), .integer(tickets?.resolved), .figure(tickets?.resolutionRate, in: .percent),
            .figure(tickets?.medianFirstResponseHours, in: .hours), .figure(tickets?.averageResolutionHours, in: .hours), .figure(tickets?.fcr, in: .percent),
            .integer(surveys?.csatAnswers), .figure(surveys?.csat, in: .percent), .integer(surveys?.npsAnswers), .figure(surveys?.nps, in: .points),
            .integer(surveys?.cesAnswers), .figure(surveys?.ces, in: .score),
        ]
    }

    private func channels(_ companies: [Company]) throws(ReportError) -> WorkbookTable {
        let rowCount = companies.reduce(0) { $0 + ($1.breakdowns?.channelNames.count ?? 0) }
        let columns = try WorkbookTable.columns([("company", 28), ("period", 9), ("channel", 18)] + Self.ticketAndSurveyColumns, texts: texts)
        return WorkbookTable(name: try texts.text("xlsx_sheet_channels"), columns: columns, rowCount: rowCount) { emit in
            for company in companies {
                for name in company.breakdowns?.channelNames ?? [] {
                    let tickets = company.breakdowns?.tickets?.channels.first { $0.name == name }
                    let surveys = company.breakdowns?.surveys?.channels.first { $0.name == name }
                    try emit([.text(company.name), .text(company.period.description), .text(name)] + Self.ticketAndSurveyCells(tickets, surveys))
                }
            }
        }
    }

    private func agents(_ companies: [Company]) throws(ReportError) -> WorkbookTable {
        let rowCount = companies.reduce(0) { $0 + ($1.breakdowns?.agents.count ?? 0) }
        let columns = try WorkbookTable.columns(
            [("company", 28), ("period", 9), ("agent", 18), ("calls_answered", 10), ("talk_time", 10), ("aht", 10)] + Self.ticketAndSurveyColumns,
            texts: texts)
        return WorkbookTable(name: try texts.text("xlsx_sheet_agents"), columns: columns, rowCount: rowCount) { emit in
            for company in companies {
                for row in company.breakdowns?.agents ?? [] {
                    try emit(
                        [.text(company.name), .text(company.period.description), .text(try texts.agentName(row)),
                         .integer(row.calls?.answered), .figure(row.calls?.averageTalkTime, in: .seconds), .figure(row.calls?.averageHandleTime, in: .seconds)]
                            + Self.ticketAndSurveyCells(row.tickets, row.surveys))
                }
            }
        }
    }

    private func reasons(_ companies: [Company]) throws(ReportError) -> WorkbookTable {
        let rowCount = companies.reduce(0) { total, company in total + company.reasons.reduce(0) { $0 + $1.rows.count } }
        let columns = try WorkbookTable.columns(
            [("company", 28), ("period", 9), ("reason_source", 10), ("reason", 28), ("reason_count", 10), ("reason_share", 10),
             ("reason_cumulative_share", 10), ("reason_in_top_80", 9), ("tickets_resolved", 10), ("median_resolution_hours", 12),
             ("mean_resolution_hours", 12), ("answered", 10), ("aht", 10), ("reason_previous_count", 10), ("reason_change", 10)],
            texts: texts)
        return WorkbookTable(name: try texts.text("xlsx_sheet_reasons"), columns: columns, rowCount: rowCount) { emit in
            for company in companies {
                for pareto in company.reasons {
                    for row in pareto.rows {
                        let reason = row.reason
                        try emit([
                            .text(company.name), .text(pareto.group.period.description), .text(pareto.group.source.rawValue), .text(reason.reason),
                            .integer(reason.count), .figure(row.share, in: .percent), .figure(row.cumulativeShare, in: .percent), .bool(row.inTop80),
                            .integer(reason.resolved), .figure(reason.medianResolutionHours, in: .hours), .figure(reason.meanResolutionHours, in: .hours),
                            .integer(reason.answered), .figure(reason.averageHandleSeconds, in: .seconds), .integer(reason.previousCount),
                            .change(row.change, in: .points),
                        ])
                    }
                }
            }
        }
    }
}
