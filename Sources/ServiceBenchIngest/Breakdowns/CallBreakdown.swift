/// The calls of one company and period broken down inside its report: by queue, by agent, the
/// abandoned calls by hour and queue, and the longest waits. Built whether or not `--by queue` makes
/// each queue a company of its own.
package struct CallBreakdown: Sendable {
    /// One queue's calls. Rates in percent 0–100, durations in seconds; nil when not computable
    /// (no call offered, no call answered), never 0.
    package struct QueueRow: Sendable {
        /// Nil for the calls without a queue (no queue column).
        package var queue: String?
        package var offered: Int
        package var answered: Int
        package var abandoned: Int
        /// Service level by threshold (`CallBreakdown.serviceLevelThresholds`), with the formula of
        /// `IngestOptions.serviceLevelFormula`, as the company's `service_level_<T>s`.
        package var serviceLevels: [Double?]
        /// Σ wait of answered calls / answered (ASA); Σ (talk + wrap-up) / answered (AHT).
        package var averageSpeedOfAnswer: Double?
        package var averageHandleTime: Double?
        /// Abandoned calls by local hour of entry, 0–23.
        package var abandonedByHour: [Int]

        /// answered / offered × 100.
        package var answerRate: Double? { offered > 0 ? 100 * Double(answered) / Double(offered) : nil }
        /// abandoned / offered × 100.
        package var abandonRate: Double? { offered > 0 ? 100 * Double(abandoned) / Double(offered) : nil }
    }

    /// The answered calls of one agent (the calls CSV's `agent`, the queue_log member).
    package struct AgentRow: Sendable {
        package var agent: String
        package var answered: Int
        /// Seconds per answered call: talk, and talk + wrap-up (AHT).
        package var averageTalkTime: Double?
        package var averageHandleTime: Double?
    }

    /// A call among the longest waits.
    package struct Wait: Sendable {
        package var callID: String?
        package var queue: String?
        /// Local time of entry in the queue, `2026-01-05 09:02:15`.
        package var entered: String
        /// Seconds, to the millisecond the export gives.
        package var waitSeconds: Double
    }

    package var serviceLevelThresholds: [Int]
    /// Queues by name; the calls without a queue last. Nil when the queues were too many to tally.
    package var queues: [QueueRow]?
    /// Agents by name; nil when the export names none (or too many).
    package var agents: [AgentRow]?
    /// At most 10 each, longest first.
    package var longestAnswered: [Wait]
    package var longestAbandoned: [Wait]
    /// What was left out and why.
    package var notes: [String]
}
