/// Ranks what a company should fix first, from its comparison alone (never in the templates).
///
/// A measured KPI is a priority when its target is missed or near, when it is in the bottom quarter
/// of its peers (peer percentile < 25), when it is below a comparable study's median for certain (the whole
/// position interval under the 50th percentile) or when it worsened since the previous period (a change
/// within the margin of error of the two periods' samples, `Trend.isWithinMargin`, is no worsening).
/// Priorities are ordered by severity, then catalogue order. Severity is the sum over the reasons of
/// - missed target: 3 + the relative shortfall `|value − threshold| / max(|threshold|, ε)`, capped at 1;
/// - near target: 1;
/// - bottom quarter of peers: 1 + (25 − percentile) / 25;
/// - below a study's median: 0.5 + (50 − high) / 50, `high` the interval's upper bound (0–100);
/// - worsened: 0.5;
/// times `headlineWeight` for one of the profile's headline KPIs (what the board summary shows). A
/// missed target thus comes before a near one unless the near one is also at the foot of its panel.
package enum PriorityRanker {
    /// Peer percentile (0–100) under which a KPI is in the bottom quarter of its panel.
    package static let bottomQuarter = 25.0
    /// The weight of the profile's headline KPIs in the severity.
    package static let headlineWeight = 1.25

    package static func priorities(for comparison: CompanyComparison, headline: Set<String>) -> [Priority] {
        var candidates: [(order: Int, priority: Priority)] = []
        var seen = Set<String>()
        for (order, result) in comparison.results.enumerated() where seen.insert(result.kpi.id).inserted {
            guard result.option == nil, result.kpi.unit != .boolean, let priority = candidate(result, headline: headline) else { continue }
            candidates.append((order, priority))
        }
        candidates.sort { lhs, rhs in
            if lhs.priority.severity != rhs.priority.severity { return lhs.priority.severity > rhs.priority.severity }
            return lhs.order < rhs.order
        }
        return candidates.enumerated().map { index, candidate in
            var priority = candidate.priority
            priority.rank = index + 1
            return priority
        }
    }

    static func candidate(_ result: KPIComparison, headline: Set<String>) -> Priority? {
        var reasons: [Priority.Reason] = []
        var severity = 0.0
        var gap: Double?, gapBasis: Priority.GapBasis?, study: Study?
        if let target = result.target, target.status != .met {
            let threshold = target.target.threshold
            let distance = targetDistance(result.value, target.target)
            gap = distance
            gapBasis = .target
            if target.status == .missed {
                reasons.append(.targetMissed)
                severity += 3 + min(1, distance / max(abs(threshold), 1e-9))
            } else {
                reasons.append(.targetNear)
                severity += 1
            }
        }
        if let peers = result.peers, peers.count > 1, peers.percentile < bottomQuarter {
            reasons.append(.bottomQuarterOfPeers)
            severity += 1 + (bottomQuarter - peers.percentile) / bottomQuarter
        }
        if let below = result.references.first(where: { $0.comparable && ($0.position?.high ?? 100) < 50 }), let position = below.position {
            reasons.append(.belowStudyMedian)
            severity += 0.5 + (50 - position.high) / 50
            study = below.study
            if gap == nil, let median = below.distribution.median {
                gap = abs(result.value - median)
                gapBasis = .studyMedian
            }
        }
        if result.trend?.isWorsening == true {
            reasons.append(.worsened)
            severity += 0.5
        }
        guard !reasons.isEmpty else { return nil }
        let isHeadline = headline.contains(result.kpi.id)
        return Priority(
            kpi: result.kpi, rank: 0, reasons: reasons, gap: gap, gapBasis: gapBasis, study: study, value: result.value,
            severity: isHeadline ? severity * headlineWeight : severity, isHeadline: isHeadline)
    }

    /// How far `value` is from meeting `target`, in the KPI's unit (0 when it meets it).
    static func targetDistance(_ value: Double, _ target: Target) -> Double {
        switch target.comparator {
        case .atLeast: return max(0, target.threshold - value)
        case .atMost: return max(0, value - target.threshold)
        case .between: return max(0, target.threshold - value, value - (target.upper ?? target.threshold))
        }
    }
}
