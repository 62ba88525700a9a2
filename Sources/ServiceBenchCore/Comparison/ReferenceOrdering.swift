/// The order of a KPI's references, best first: comparable before context; then the most informative
/// (an estimate before bounds only, bounds before no position, then the narrowest shown interval); then
/// the studies of the company's region (same country, then a region holding it, then others); then the
/// most recent (an undated study last); then the reference data's own order (newest study first, then by id).
enum ReferenceOrdering {
    static func ordered(_ references: [ReferencePosition]) -> [ReferencePosition] {
        references.enumerated().sorted { left, right in
            let a = key(left.element), b = key(right.element)
            if a.comparable != b.comparable { return a.comparable < b.comparable }
            if a.evidence != b.evidence { return a.evidence < b.evidence }
            if a.width != b.width { return a.width < b.width }
            if a.region != b.region { return a.region < b.region }
            if a.year != b.year { return a.year > b.year }
            return left.offset < right.offset
        }.map(\.element)
    }

    /// comparable: 0 = comparable; evidence: 0 = estimate, 1 = bounds only, 2 = no position;
    /// width: the shown interval in percentile points (∞ without a position).
    private static func key(_ reference: ReferencePosition) -> (comparable: Int, evidence: Int, width: Double, region: Int, year: Int) {
        let position = reference.position
        let evidence = position == nil ? 2 : (position?.estimate == nil ? 1 : 0)
        return (reference.comparable ? 0 : 1, evidence, position?.shownWidth ?? .infinity, reference.region.rawValue, reference.study.year ?? Int.min)
    }
}
