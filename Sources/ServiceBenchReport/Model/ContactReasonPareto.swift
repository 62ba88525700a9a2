import ServiceBenchCore
import ServiceBenchIngest

/// The Pareto reading of one period's contact reasons (`ContactReasonGroup`), shared by the report
/// and the JSON. All shares are percentages (0–100) of the contacts that have a reason
/// (`classified`); the contacts without one are counted apart (`unspecified`).
///
/// - `share` = count / classified × 100; `cumulativeShare` = the shares of this reason and of those
///   before it (most first), 100 for the last.
/// - The reasons that make 80 % of the volume (`inTop80`): in order, every reason whose predecessors
///   make less than 80 % (so the one that reaches or crosses 80 % is in), then any reason tied in
///   count with the last one taken (the order of a tie is alphabetical, so it cannot decide).
///   Compared in integers (100 × before < 80 × classified): no rounding moves the cut.
/// - `change`: share now − share in the previous period (points), nil without a previous period
///   (or one whose contacts had no reason).
struct ContactReasonPareto {
    struct Row {
        let reason: ContactReasonGroup.Reason
        let share: Double
        let cumulativeShare: Double
        let inTop80: Bool
        /// Points; nil without a previous period.
        let change: Double?
    }

    /// The share of the volume the first reasons are taken to make, percent.
    static let threshold = 80

    let group: ContactReasonGroup
    let rows: [Row]

    /// The names of the reasons in the 80 %, most first.
    var top80: [String] { rows.filter(\.inTop80).map(\.reason.reason) }

    init(_ group: ContactReasonGroup) {
        self.group = group
        let classified = group.classified
        var rows: [Row] = []
        var before = 0
        var lastTaken: Int?
        for reason in group.reasons {
            var inTop = false
            if 100 * before < Self.threshold * classified {
                inTop = true
                lastTaken = reason.count
            } else if reason.count == lastTaken {
                inTop = true
            }
            before += reason.count
            var change: Double?
            if let previous = reason.previousCount, let previousClassified = group.previousClassified, previousClassified > 0, classified > 0 {
                change = 100 * Double(reason.count) / Double(classified) - 100 * Double(previous) / Double(previousClassified)
            }
            rows.append(Row(
                reason: reason, share: classified > 0 ? 100 * Double(reason.count) / Double(classified) : 0,
                cumulativeShare: classified > 0 ? 100 * Double(before) / Double(classified) : 0, inTop80: inTop, change: change))
        }
        self.rows = rows
    }
}
