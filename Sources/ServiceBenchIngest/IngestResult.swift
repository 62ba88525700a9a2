import ServiceBenchCore

/// What an ingestion produces: the KPI table (catalogue KPIs, with data quality) and the detailed
/// figures that are not catalogue KPIs, for the report and the staffing what-if.
public struct IngestResult: Sendable {
    public var table: KPITable
    public var detail: IngestDetail

    public init(table: KPITable, detail: IngestDetail) {
        self.table = table
        self.detail = detail
    }
}

/// Figures beyond the catalogue KPIs, per group (company or company / queue, and period).
public struct IngestDetail: Sendable {
    public var calls: [CallGroupDetail] = []
    public var tickets: [TicketGroupDetail] = []
    public var surveys: [SurveyGroupDetail] = []

    public init() {}
}

/// The calls of one period, for the company as a whole (`queue` nil) or one queue.
public struct CallGroupDetail: Sendable {
    /// As in the measurements: `ACME`, or `ACME / support` for a queue.
    public var company: String
    public var queue: String?
    public var period: Period
    public var offered: Int
    public var answered: Int
    public var abandoned: Int
    public var timedOut: Int
    /// queue_log EXITWITHKEY: the caller left the queue by pressing a key.
    public var exitedWithKey: Int
    /// queue_log EXITEMPTY: the queue had no (available) member left.
    public var exitedEmpty: Int
    /// queue_log WITHDRAW: withdrawn through the manager interface.
    public var withdrawn: Int
    /// Answered calls that were transferred (queue_log BLINDTRANSFER, ATTENDEDTRANSFER, TRANSFER).
    public var transferred: Int
    /// Seconds. Mean wait of answered calls (ASA).
    public var averageSpeedOfAnswer: Double?
    /// Seconds. Median and 90th percentile of the waits of answered calls, in whole seconds
    /// (linear interpolation between order statistics, as DuckDB's `quantile_cont`).
    public var medianWait: Double?
    public var waitP90: Double?
    /// Seconds. Mean wait of abandoned calls before they hung up.
    public var averageAbandonWait: Double?
    /// Seconds, per answered call: talk, wrap-up, and their sum (AHT).
    public var averageTalkTime: Double?
    public var averageWrapTime: Double?
    public var averageHandleTime: Double?
    /// queue_log RINGNOANSWER lines (members tried who did not answer) and their total ring seconds.
    public var ringNoAnswer: Int
    public var ringNoAnswerSeconds: Double
    /// queue_log RINGCANCELED lines (the caller hung up while a member's phone rang).
    public var ringCanceled: Int
    public var serviceLevelThresholds: [Int]
    /// Percent 0–100 by threshold, with the formula of `IngestOptions.serviceLevelFormula`.
    public var serviceLevels: [Double?]
    public var answeredWithin: [Int]
    public var abandonedWithin: [Int]
    /// Abandons that waited less than the short-abandon threshold.
    public var shortAbandons: Int
    /// 168 buckets, Monday 00:00 first, in local time.
    public var hoursOfWeek: [HourOfWeekCalls]
    /// Distinct Monday-to-Sunday weeks with at least one call: divide a bucket's counts by it for
    /// the average week.
    public var weeksCovered: Int
    /// Calls offered by hour of day (0–23) and by weekday (Monday first), local time.
    public var offeredByHourOfDay: [Int]
    public var offeredByWeekday: [Int]
}

/// The calls of one hour of the week (say Tuesday 10:00–10:59) summed over the weeks covered.
public struct HourOfWeekCalls: Sendable, Hashable {
    /// 0 = Monday … 6 = Sunday.
    public var weekday: Int
    public var hour: Int
    public var offered: Int
    public var answered: Int
    /// Seconds of talk plus wrap-up of the answered calls.
    public var handleSeconds: Double
    /// Answered within each service-level threshold, in the order of `serviceLevelThresholds`.
    public var answeredWithin: [Int]
}

/// Tickets of one period.
public struct TicketGroupDetail: Sendable {
    public var company: String
    public var period: Period
    public var created: Int
    public var resolved: Int
    /// Tickets by channel, most first (ties by name).
    public var byChannel: [(channel: String, count: Int)]
    /// Contact reasons, most frequent first (ties by name).
    public var contactReasons: [(reason: String, count: Int)]
    /// Hours. Median first response time over all channels.
    public var medianFirstResponseHours: Double?
    /// Tickets open at the end of the period and their mean age in days.
    public var openAtEnd: Int
    public var meanOpenAgeDays: Double?
}

/// Survey responses of one period.
public struct SurveyGroupDetail: Sendable {
    public var company: String
    public var period: Period
    public var csatResponses: Int
    public var npsResponses: Int
    public var promoters: Int
    public var passives: Int
    public var detractors: Int
    /// CES responses on 1–7 and on the declared 1–5 effort scale (converted to 1–7).
    public var ces7Responses: Int
    public var ces5Responses: Int
    /// Responses by channel, most first.
    public var byChannel: [(channel: String, count: Int)]
}
