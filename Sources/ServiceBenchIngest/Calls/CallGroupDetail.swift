import ServiceBenchCore

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
    /// Seconds. Sample standard deviations of the answered calls' waits and handle times (talk +
    /// wrap-up), √(Σ (x − x̄)² / (n − 1)); nil under two answered calls.
    public var waitStandardDeviation: Double?
    public var handleStandardDeviation: Double?
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
    /// Dates with at least one call, by weekday (Monday first): how many Mondays, Tuesdays … the
    /// period had open. Divide a weekday's bucket by its count for that weekday's average day; a
    /// holiday without calls is not counted as a day with no volume.
    public var openDaysByWeekday: [Int]
    /// Calls offered by hour of day (0–23) and by weekday (Monday first), local time.
    public var offeredByHourOfDay: [Int]
    public var offeredByWeekday: [Int]
}
