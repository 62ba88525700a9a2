import ServiceBenchCore
import ServiceBenchIngest
import ServiceBenchStaffing

/// The machine-readable results (`--format json`), as the brief specifies: per KPI `kpi`, `value`,
/// `unit`, `target` (`status`, threshold, source) or null, `references` (`study`, `year`,
/// `percentile`, `low`, `high`, percentiles on 0–100), `peers` (`rank`, `count`, `percentile`) or
/// null, `trend` (`previous_period`, `previous`, `delta`, `improved`, `series`, `year_over_year`,
/// `significant`) or null, the value's `sample_size` and 95 % `value_interval` (`low`, `high`, `n`,
/// `method`) or null; unmeasured KPIs with
/// their adoption rates; and the staffing what-if (`staffing`, see `StaffingReportData.jsonValue`) or null.
package enum ComparisonJSON {
    /// One company: its object. Several: an array of objects, in input order. `staffing` is the
    /// what-if of each company that has one, by company name.
    /// `wording` writes each company's `priorities` in the report language.
    package static func document(
        _ comparisons: [CompanyComparison], staffing: [String: StaffingReportData] = [:], details: [String: IngestDetail] = [:],
        wording: PriorityWording
    ) throws(ReportError) -> JSONValue {
        guard comparisons.count != 1 else {
            return try object(
                comparisons[0], staffing: staffing[comparisons[0].company.name], detail: details[comparisons[0].company.name], wording: wording)
        }
        let standings = PanelStanding.standings(comparisons).standings
        var objects: [JSONValue] = []
        for (offset, comparison) in comparisons.enumerated() {
            objects.append(
                try object(
                    comparison, staffing: staffing[comparison.company.name], detail: details[comparison.company.name],
                    standing: standings[offset], wording: wording))
        }
        return .array(objects)
    }

    /// The bytes of `document(comparisons, staffing:)`, handed to `write` in pieces, one company's
    /// object at a time, so that a big panel's JSON is never held whole in memory. The pieces joined
    /// are byte for byte `document(…).serializedBytes()`.
    package static func stream(
        _ comparisons: [CompanyComparison], staffing: [String: StaffingReportData] = [:], details: [String: IngestDetail] = [:],
        wording: PriorityWording,
        to write: ([UInt8]) throws -> Void
    ) throws {
        if comparisons.count == 1 {
            try write(
                object(
                    comparisons[0], staffing: staffing[comparisons[0].company.name], detail: details[comparisons[0].company.name],
                    wording: wording
                ).serializedBytes())
            return
        }
        guard !comparisons.isEmpty else {
            try write(JSONValue.array([]).serializedBytes())
            return
        }
        // As `JSONValue.array` writes its elements: "[", then each element on its own line indented
        // two spaces, separated by commas, then "]" and the document's final newline.
        let standings = PanelStanding.standings(comparisons).standings
        try write(Array("[\n".utf8))
        for (offset, comparison) in comparisons.enumerated() {
            var piece: [UInt8] = [UInt8(ascii: " "), UInt8(ascii: " ")]
            piece += try object(
                comparison, staffing: staffing[comparison.company.name], detail: details[comparison.company.name],
                standing: standings[offset], wording: wording)
                .serializedBytes(nestedAt: 2)
            piece += (offset == comparisons.count - 1 ? "\n" : ",\n").utf8
            try write(piece)
        }
        try write(Array("]\n".utf8))
    }

    /// One company's object; `standing` is its overall rank among the companies of the run (null
    /// for a run of one company, or a company ranked on no KPI).
    package static func object(
        _ comparison: CompanyComparison, staffing: StaffingReportData? = nil, detail: IngestDetail? = nil, standing: PanelStanding? = nil,
        wording: PriorityWording
    ) throws(ReportError) -> JSONValue {
        .object([
            ("company", .string(comparison.company.name)),
            ("period", .string(comparison.period.description)),
            ("profile", .optional(comparison.profile?.id ?? comparison.company.profile)),
            ("sector", .optional(comparison.company.sector)),
            ("size", .optional(comparison.company.size)),
            ("country", .optional(comparison.company.country)),
            ("panel_size", .number(Double(comparison.panelSize))),
            ("small_panel", .bool(comparison.isSmallPanel)),
            ("peer_group", peerGroup(comparison.peerGroup)),
            ("overall", standing.map(overall) ?? .null),
            ("priorities", try wording.json(for: comparison, staffing: staffing)),
            ("results", .array(comparison.results.map(result))),
            ("unmeasured", .array(comparison.unmeasured.map(unmeasured))),
            ("data_quality", .array(comparison.quality.map(\.jsonValue))),
            ("staffing", staffing?.jsonValue ?? .null),
            ("breakdowns", BreakdownsJSON.value(comparison, detail: detail)),
            ("contact_reasons", ContactReasonsJSON.value(detail, period: comparison.period)),
        ])
    }

    static func result(_ result: KPIComparison) -> JSONValue {
        let kpi = result.kpi
        let value: JSONValue
        if let option = result.option {
            value = .string(option)
        } else if kpi.unit == .boolean {
            value = .bool(result.value != 0)
        } else {
            value = .number(result.value)
        }
        return .object([
            ("kpi", .string(kpi.id)),
            ("label", .string(kpi.labelEN)),
            ("dimension", .string(kpi.dimension.rawValue)),
            ("direction", .string(kpi.direction.rawValue)),
            ("value", value),
            ("unit", .string(kpi.unit.rawValue)),
            ("sample_size", result.sampleSize.map { .number(Double($0)) } ?? .null),
            ("value_interval", result.interval.map(interval) ?? .null),
            ("variant", .optional(result.variant?.id)),
            ("variant_is_default", result.variant == nil ? .null : .bool(result.variantIsDefault)),
            ("target", result.target.map(target) ?? .null),
            ("references", .array(result.references.map(reference))),
            ("best_reference", .optional(result.bestReference?.study.id)),
            ("informative", .bool(result.hasInformativeReference)),
            ("peers", result.peers.map(peers) ?? .null),
            ("unranked", .optional(result.unranked?.rawValue)),
            ("trend", result.trend.map(trend) ?? .null),
        ])
    }

    static func target(_ result: TargetResult) -> JSONValue {
        let target = result.target
        return .object([
            ("status", .string(result.status.rawValue)),
            ("comparator", .string(target.comparator.rawValue)),
            ("threshold", .number(target.threshold)),
            ("upper", .optional(target.upper)),
            ("tolerance", .number(target.tolerance)),
            ("within_margin", result.withinMargin.map(JSONValue.bool) ?? .null),
            ("profile", .string(target.profile)),
            ("origin", .string(target.origin.rawValue)),
            ("source", citation(target.citation, study: target.studyID)),
        ])
    }

    static func reference(_ reference: ReferencePosition) -> JSONValue {
        let study = reference.study
        let distribution = reference.distribution
        return .object([
            ("study", .string(study.id)),
            ("publisher", .string(study.publisher)),
            ("title", .string(study.title)),
            ("year", .optional(study.year.map(Double.init))),
            ("published", .optional(study.published?.isoText)),
            ("sample_size", study.sampleSize.map { .number(Double($0)) } ?? .null),
            ("sample", .string(study.sampleDescription)),
            ("method", .string(study.method.rawValue)),
            ("provenance", .string(study.provenance.rawValue)),
            ("segment", .optional(distribution.segment)),
            ("region", .string(study.regionCode)),
            ("population", .string(reference.population.rawValue)),
            ("variant", .optional(distribution.variant)),
            ("comparable", .bool(reference.comparable)),
            ("comparability_note", .optional(reference.comparabilityNote)),
            ("percentile", .optional(reference.position?.estimate)),
            ("estimate_basis", .optional(reference.position?.basis?.rawValue)),
            ("model", reference.position?.model.map(model) ?? .null),
            ("low", .optional(reference.position?.low)),
            ("high", .optional(reference.position?.high)),
            ("approximate", reference.position.map { .bool($0.isApproximate) } ?? .null),
            ("informative", reference.position.map { .bool($0.isInformative) } ?? .null),
            ("band", .optional(reference.band)),
            ("median", .optional(distribution.median)),
            ("mean", .optional(distribution.mean)),
            ("formula_variant", .optional(distribution.formulaVariant)),
            ("statement", distribution.statementFR.map { french in
                .object([("fr", .string(french)), ("en", .optional(distribution.statementEN))])
            } ?? .null),
            ("source", citation(distribution.citation, study: nil)),
        ])
    }

    /// A fitted model: `family`, `fitted_from` (each statistic with its published figures), and the
    /// position's interval `low`, `high` (0–100).
    static func model(_ model: FittedModel) -> JSONValue {
        .object([
            ("family", .string(model.family.rawValue)),
            ("fitted_from", .array(model.fittedFrom.map(statistic))),
            ("low", .number(model.low)),
            ("high", .number(model.high)),
        ])
    }

    static func statistic(_ statistic: PublishedStatistic) -> JSONValue {
        var members: [(String, JSONValue)] = [("statistic", .string(statistic.name))]
        switch statistic {
        case .quantile(let value, let share):
            members += [("value", .number(value)), ("share", .number(share))]
        case .mean(let value):
            members.append(("value", .number(value)))
        case .shareBetween(let lower, let upper, let share):
            members += [("lower", .number(lower)), ("upper", .number(upper)), ("share", .number(share))]
        case .range(let minimum, let maximum, let count):
            members += [("min", .number(minimum)), ("max", .number(maximum)), ("n", .number(Double(count)))]
        }
        return .object(members)
    }

    static func peers(_ rank: PeerRank) -> JSONValue {
        .object([
            ("rank", .number(Double(rank.rank))),
            ("count", .number(Double(rank.count))),
            ("percentile", .number(rank.percentile)),
            ("small_panel", .bool(rank.isSmallPanel)),
            ("rate", rank.rate.map { rate in
                .object([("per", .number(1000)), ("base", .string(rate.base)), ("value", .number(rate.value))])
            } ?? .null),
        ])
    }

    /// The company's overall standing: `rank` (null below `minimum_kpis`, half of the panel's ranked
    /// KPIs), `count` (companies with an overall rank), `mean_peer_percentile`, `ranked_kpis` (the KPIs
    /// the mean and the rank rest on), `panel_ranked_kpis`, `minimum_kpis`.
    static func overall(_ standing: PanelStanding) -> JSONValue {
        let rank: JSONValue = standing.rank.map { .number(Double($0)) } ?? .null
        return .object([
            ("rank", rank), ("count", .number(Double(standing.count))),
            ("mean_peer_percentile", .number(standing.meanPercentile)), ("ranked_kpis", .number(Double(standing.rankedKPIs))),
            ("panel_ranked_kpis", .number(Double(standing.panelKPIs))), ("minimum_kpis", .number(Double(standing.minimumKPIs))),
        ])
    }

    /// The peer group asked for (`requested`) and the one used, its `key` (the profile, sector or size
    /// shared, null for `all`), its `size` (the company included), `fell_back_from` (the group asked
    /// for when it was not used, else null) and `fallback_reason` (`too-small`, `unknown-key` or null).
    static func peerGroup(_ choice: PeerGroupChoice) -> JSONValue {
        let reason: String?
        switch choice.fallback {
        case nil: reason = nil
        case .tooSmall: reason = "too-small"
        case .unknownKey: reason = "unknown-key"
        }
        return .object([
            ("requested", .string(choice.requested.rawValue)),
            ("used", .string(choice.used.rawValue)),
            ("key", .optional(choice.key)),
            ("size", .number(Double(choice.size))),
            ("fell_back_from", .optional(choice.fellBackFrom?.rawValue)),
            ("fallback_reason", .optional(reason)),
        ])
    }

    /// `true` for an improvement, `false` for a decline or no change, null for a move without a better direction.
    static func improved(_ change: TrendChange) -> JSONValue {
        switch change {
        case .improved: return .bool(true)
        case .worsened, .unchanged: return .bool(false)
        case .changed: return .null
        }
    }

    /// `series`: every period of the input up to the reported one (at least three, else empty);
    /// `year_over_year`: the change since the same period of the year before, or null.
    static func trend(_ trend: Trend) -> JSONValue {
        .object([
            ("previous_period", .string(trend.previousPeriod.description)),
            ("previous", .number(trend.previous)),
            ("delta", .number(trend.delta)),
            ("improved", improved(trend.change)),
            ("change", .string(trend.change.rawValue)),
            ("series", .array(trend.series.map { point in
                .object([("period", .string(point.period.description)), ("value", .number(point.value))])
            })),
            ("year_over_year", trend.yearOverYear.map { year in
                .object([
                    ("period", .string(year.period.description)), ("value", .number(year.value)), ("delta", .number(year.delta)),
                    ("improved", improved(year.change)), ("change", .string(year.change.rawValue)),
                ])
            } ?? .null),
            ("significant", trend.significant.map(JSONValue.bool) ?? .null),
            ("test", trend.test.map(test) ?? .null),
        ])
    }

    /// The value's 95 % interval: bounds in the KPI's unit, n, and `wilson`, `nps-multinomial` or `student-t`.
    static func interval(_ interval: ValueInterval) -> JSONValue {
        .object([
            ("low", .number(interval.low)),
            ("high", .number(interval.high)),
            ("n", .number(Double(interval.size))),
            ("method", .string(interval.method.rawValue)),
        ])
    }

    /// The change's test: `method`, the signed `statistic` (z or t; null when infinite, both samples
    /// without spread), Welch's `degrees_of_freedom`, the two-sided `p_value`.
    static func test(_ test: ChangeTest) -> JSONValue {
        .object([
            ("method", .string(test.method.rawValue)),
            ("statistic", test.statistic.isFinite ? .number(test.statistic) : .null),
            ("degrees_of_freedom", .optional(test.degreesOfFreedom)),
            ("p_value", .number(test.pValue)),
        ])
    }

    static func unmeasured(_ kpi: UnmeasuredKPI) -> JSONValue {
        .object([
            ("kpi", .string(kpi.kpi.id)),
            ("label", .string(kpi.kpi.labelEN)),
            ("dimension", .string(kpi.kpi.dimension.rawValue)),
            ("adoption", .array(kpi.adoption.map { rate, study in
                .object([
                    ("study", .string(study.id)),
                    ("year", .optional(study.year.map(Double.init))),
                    ("option", .optional(rate.option)),
                    ("share_percent", .number(100 * rate.share)),
                    ("source", citation(rate.citation, study: nil)),
                ])
            })),
        ])
    }

    static func citation(_ citation: Citation, study: String?) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let study { members.append(("study", .string(study))) }
        members.append(("reference", .string(citation.reference)))
        members.append(("quote", .string(citation.quote)))
        members.append(("mirror", .bool(citation.isMirror)))
        members.append(("via", .optional(citation.via)))
        return .object(members)
    }
}
