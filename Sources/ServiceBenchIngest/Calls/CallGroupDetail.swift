import ServiceBenchCore

/// The calls of one period, for the company as a whole (`queue` nil) or one queue.
package struct CallGroupDetail: Sendable {
    /// As in the measurements: `ACME`, or `ACME / support` for a queue.
    package var company: String
    package var queue: String?
    package var period: Period
    package var offered: Int
    package var answered: Int
    package var abandoned: Int
    package var timedOut: Int
    /// queue_log EXITWITHKEY: the caller left the queue by pressing a key.
    package var exitedWithKey: Int
    /// queue_log EXITEMPTY: the queue had no (available) member left.
    package var exitedEmpty: Int
    /// queue_log WITHDRAW: withdrawn through the manager interface.
    package var withdrawn: Int
    /// Answered calls that were transferred (queue_log BLINDTRANSFER, ATTENDEDTRANSFER, TRANSFER).
    package var transferred: Int
    /// Seconds. Mean wait of answered calls (ASA).
    package var averageSpeedOfAnswer: Double?
    /// Seconds. Median and 90th percentile of the waits of answered calls, in whole seconds
    /// (linear interpolation between order statistics, as DuckDB's `quantile_cont`).
    package var medianWait: Double?
    package var waitP90: Double?
    /// Seconds. Mean wait of abandoned calls before they hung up.
    package var averageAbandonWait: Double?
    /// Seconds, per answered call: talk, wrap-up, and their sum (AHT).
    package var averageTalkTime: Double?
    package var averageWrapTime: Double?
    package var averageHandleTime: Double?
    /// Seconds. Sample standard deviations of the answered calls' waits and handle times (talk +
    /// wrap-up), √(Σ (x − x̄)² / (n − 1)); nil under two answered calls.
    package var waitStandardDeviation: Double?
    package var handleStandardDeviation: Double?
    /// queue_log RINGNOANSWER lines (members tried who did not answer) and their total ring seconds.
    package var ringNoAnswer: Int
    package var ringNoAnswerSeconds: Double
    /// queue_log RINGCANCELED lines (the caller hung up while a member's phone rang).
    package var ringCanceled: Int
    package var serviceLevelThresholds: [Int]
    /// Percent 0–100 by threshold, with the formula of `IngestOptions.serviceLevelFormula`.
    package var serviceLevels: [Double?]
    package var answeredWithin: [Int]
    package var abandonedWithin: [Int]
    /// Abandons that waited less than the short-abandon threshold.
    package var shortAbandons: Int
    /// 168 buckets, Monday 00:00 first, in local time.
    package var hoursOfWeek: [HourOfWeekCalls]
    /// Distinct Monday-to-Sunday weeks with at least one call: divide a bucket's counts by it for
    /// the average week.
    package var weeksCovered: Int
    /// Dates with at least one call, by weekday (Monday first): how many Mondays, Tuesdays … the
    /// period had open. Divide a weekday's bucket by its count for that weekday's average day; a
    /// holiday without calls is not counted as a day with no volume.
    package var openDaysByWeekday: [Int]
    /// Calls offered by hour of day (0–23) and by weekday (Monday first), local time.
    package var offeredByHourOfDay: [Int]
    package var offeredByWeekday: [Int]
    /// The calls by contact reason, when the export has a `contact_reason` column.
    package var reasons: ContactReasonGroup? = nil
    /// The breakdowns by queue and agent and the longest waits: on the company's own group (queue
    /// nil) only.
    package var breakdown: CallBreakdown? = nil
}
