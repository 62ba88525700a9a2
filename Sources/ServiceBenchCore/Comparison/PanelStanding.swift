/// A company's overall standing among the companies compared in one run: the mean of its peer
/// percentiles over the KPIs it is ranked on, and its rank by that mean. Computed once here and read
/// by the index page, the JSON and the terminal table alike.
///
/// Only the companies ranked on at least half of the panel's ranked KPIs (`minimumKPIs`) get an
/// overall rank: a mean over three KPIs is no match for a mean over eighteen. The others keep their
/// mean and their count of ranked KPIs, with no rank.
package struct PanelStanding: Sendable, Hashable {
    /// 1 = the highest mean peer percentile; ties are ordered by company name, then input order; nil
    /// for a company ranked on fewer than `minimumKPIs` KPIs.
    package var rank: Int?
    /// The number of companies with an overall rank.
    package var count: Int
    /// The mean of the company's peer percentiles, 0–100.
    package var meanPercentile: Double
    /// The number of KPIs the mean rests on.
    package var rankedKPIs: Int
    /// The number of KPIs ranked for at least one company of the run (the panel's ranked KPIs).
    package var panelKPIs: Int
    /// The fewest ranked KPIs that give an overall rank: half of `panelKPIs`, rounded up.
    package var minimumKPIs: Int

    package init(rank: Int?, count: Int, meanPercentile: Double, rankedKPIs: Int, panelKPIs: Int, minimumKPIs: Int) {
        self.rank = rank
        self.count = count
        self.meanPercentile = meanPercentile
        self.rankedKPIs = rankedKPIs
        self.panelKPIs = panelKPIs
        self.minimumKPIs = minimumKPIs
    }

    /// Half of `panelKPIs`, rounded up (9 of 18, 9 of 17): the fewest ranked KPIs for an overall rank.
    package static func minimumKPIs(panelKPIs: Int) -> Int { (panelKPIs + 1) / 2 }

    /// The companies of `comparisons` in standing order (those with an overall rank first, best first;
    /// then those without one, by name), as indexes into `comparisons`, and each company's standing
    /// (nil when it is ranked on no KPI), in input order. A KPI counts once per company (its first result).
    package static func standings(_ comparisons: [CompanyComparison]) -> (order: [Int], standings: [PanelStanding?]) {
        var scores: [(mean: Double?, kpis: Int)] = []
        scores.reserveCapacity(comparisons.count)
        var panelKPIs = Set<String>()
        for comparison in comparisons {
            var seen = Set<String>()
            var total = 0.0, counted = 0
            for result in comparison.results where seen.insert(result.kpi.id).inserted {
                guard let peers = result.peers else { continue }
                total += peers.percentile
                counted += 1
                panelKPIs.insert(result.kpi.id)
            }
            scores.append((counted > 0 ? total / Double(counted) : nil, counted))
        }
        let minimum = minimumKPIs(panelKPIs: panelKPIs.count)
        // The mean that orders a company: -1 for one without an overall rank, so those come last.
        let key = { (index: Int) -> Double in
            guard let mean = scores[index].mean, scores[index].kpis >= minimum else { return -1 }
            return mean
        }
        let order = comparisons.indices.sorted { lhs, rhs in
            let left = key(lhs), right = key(rhs)
            if left != right { return left > right }
            let leftName = comparisons[lhs].company.name, rightName = comparisons[rhs].company.name
            if leftName != rightName { return leftName < rightName }
            return lhs < rhs
        }
        let ranked = comparisons.indices.filter { key($0) >= 0 }.count
        var standings = [PanelStanding?](repeating: nil, count: comparisons.count)
        for (position, index) in order.enumerated() {
            guard let mean = scores[index].mean else { continue }
            standings[index] = PanelStanding(
                rank: key(index) >= 0 ? position + 1 : nil, count: ranked, meanPercentile: mean, rankedKPIs: scores[index].kpis,
                panelKPIs: panelKPIs.count, minimumKPIs: minimum)
        }
        return (order, standings)
    }
}

extension CompanyComparison {
    /// A peer group of fewer than `PeerRank.minimumPanel` companies (the company included): its ranks
    /// are shown with a warning, in the report, the JSON and the terminal table alike.
    package var isSmallPanel: Bool { panelSize < PeerRank.minimumPanel }
}
