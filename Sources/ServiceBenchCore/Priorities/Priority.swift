/// One thing to fix first: a measured KPI with at least one reason, its rank among the company's
/// priorities, and how far it is from where it should be.
package struct Priority: Sendable, Hashable {
    /// Why a KPI is a priority, strongest first in `Priority.reasons`.
    package enum Reason: String, Sendable, Hashable, CaseIterable {
        /// The target is missed (beyond its tolerance).
        case targetMissed = "target-missed"
        /// The target is met only within its tolerance.
        case targetNear = "target-near"
        /// In the bottom quarter of the peer panel (peer percentile below 25).
        case bottomQuarterOfPeers = "bottom-quarter-of-peers"
        /// Below the median of a study for certain: the whole position interval is under 50.
        case belowStudyMedian = "below-study-median"
        /// Worse than in the previous period.
        case worsened
    }

    /// The distance the `gap` measures.
    package enum GapBasis: String, Sendable, Hashable {
        /// To the target's threshold.
        case target
        /// To the median of the study named by `study`.
        case studyMedian = "study-median"
    }

    package var kpi: KPIDefinition
    /// 1 = fix first.
    package var rank: Int
    package var reasons: [Reason]
    /// How far the value is from the target's threshold (or, without a missed or near target, from
    /// the study's median), in the KPI's unit, always ≥ 0; nil when neither is known.
    package var gap: Double?
    package var gapBasis: GapBasis?
    /// The study whose median `gap` is measured to, or whose median the KPI is below.
    package var study: Study?
    /// The company's value, in the KPI's unit.
    package var value: Double
    /// The severity the ranking sorts by: see `PriorityRanker`.
    package var severity: Double
    /// One of the profile's headline KPIs.
    package var isHeadline: Bool

    package init(
        kpi: KPIDefinition, rank: Int, reasons: [Reason], gap: Double?, gapBasis: GapBasis?, study: Study?, value: Double,
        severity: Double, isHeadline: Bool
    ) {
        self.kpi = kpi
        self.rank = rank
        self.reasons = reasons
        self.gap = gap
        self.gapBasis = gapBasis
        self.study = study
        self.value = value
        self.severity = severity
        self.isHeadline = isHeadline
    }
}
