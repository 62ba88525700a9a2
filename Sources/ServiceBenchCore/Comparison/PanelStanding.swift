/// A company's overall standing among the companies compared in one run: the mean of its peer
/// percentiles over the KPIs it is ranked on, and its rank by that mean. Computed once here and read
/// by the index page, the JSON and the terminal table alike.
package struct PanelStanding: Sendable, Hashable {
    /// 1 = the highest mean peer percentile; ties are ordered by company name, then input order.
    package var rank: Int
    /// The number of companies with a standing (those ranked on at least one KPI).
    package var count: Int
    /// The mean of the company's peer percentiles, 0–100.
    package var meanPercentile: Double
    /// The number of KPIs the mean rests on.
    package var rankedKPIs: Int

    package init(rank: Int, count: Int, meanPercentile: Double, rankedKPIs: Int) {
        self.rank = rank
        self.count = count
        self.meanPercentile = meanPercentile
        self.rankedKPIs = rankedKPIs
    }

    /// The companies of `comparisons` in standing order (best first; those ranked on no KPI last, by
    /// name), as indexes into `comparisons`, and each company's standing (nil when it is ranked on no
    /// KPI), in input order. A KPI counts once per company (its first result).
    package static func standings(_ comparisons: [CompanyComparison]) -> (order: [Int], standings: [PanelStanding?]) {
        var scores: [(mean: Double?, kpis: Int)] = []
        scores.reserveCapacity(comparisons.count)
        for comparison in comparisons {
            var seen = Set<String>()
            var total = 0.0, counted = 0
            for result in comparison.results where seen.insert(result.kpi.id).inserted {
                guard let peers = result.peers else { continue }
                total += peers.percentile
                counted += 1
            }
            scores.append((counted > 0 ? total / Double(counted) : nil, counted))
        }
        let order = comparisons.indices.sorted { lhs, rhs in
            let left = scores[lhs].mean ?? -1, right = scores[rhs].mean ?? -1
            if left != right { return left > right }
            let leftName = comparisons[lhs].company.name, rightName = comparisons[rhs].company.name
            if leftName != rightName { return leftName < rightName }
            return lhs < rhs
        }
        let ranked = scores.filter { $0.mean != nil }.count
        var standings = [PanelStanding?](repeating: nil, count: comparisons.count)
        for (position, index) in order.enumerated() {
            guard let mean = scores[index].mean else { continue }
            standings[index] = PanelStanding(rank: position + 1, count: ranked, meanPercentile: mean, rankedKPIs: scores[index].kpis)
        }
        return (order, standings)
    }
}

extension CompanyComparison {
    /// A peer panel of fewer than `PeerRank.minimumPanel` companies (the company included): its ranks
    /// are shown with a warning, in the report, the JSON and the terminal table alike.
    package var isSmallPanel: Bool { panelSize < PeerRank.minimumPanel }
}
