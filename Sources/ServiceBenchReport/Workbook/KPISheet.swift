import ServiceBenchCore

/// The KPIs sheet (Indicateurs), and the whole of `--format csv`: one row per company × KPI ×
/// reference study (one row with the study columns empty for a KPI without any), with every figure
/// the JSON gives for them as a typed cell, from the same `CompanyComparison`s. Codes (`met`,
/// `improved`, `fitted`) are the JSON's, in either language; the label and the study's statement
/// are in the report language. Not here: a trend's series (every period before) and a fitted
/// model's published statistics, which the JSON alone gives.
struct KPISheet {
    let texts: ReportTexts
    let language: ReportLanguage

    static let columns: [(key: String, width: Double)] = [
        ("company", 28), ("period", 9), ("profile", 16), ("kpi", 24), ("label", 34), ("dimension", 12), ("direction", 10), ("unit", 9),
        ("value", 12), ("sample_size", 10), ("interval_low", 12), ("interval_high", 12), ("interval_method", 14), ("variant", 14),
        ("target_status", 11), ("target_within_margin", 12), ("target_comparator", 12), ("target_threshold", 12), ("target_upper", 12),
        ("target_tolerance", 12), ("target_profile", 16), ("target_origin", 10), ("target_source", 22),
        ("previous_period", 10), ("previous", 12), ("delta", 12), ("change", 11), ("significant", 12), ("test", 16), ("statistic", 10),
        ("degrees_of_freedom", 10), ("p_value", 10), ("yoy_period", 12), ("yoy_value", 12), ("yoy_delta", 12), ("yoy_change", 12),
        ("peer_rank", 9), ("peer_count", 9), ("peer_percentile", 11), ("small_panel", 9), ("informative", 11), ("best_reference", 11),
        ("study", 26), ("publisher", 20), ("year", 8), ("region", 8), ("population", 16), ("method", 14), ("study_sample_size", 11),
        ("segment", 12), ("reference_variant", 14), ("comparable", 11), ("comparability_note", 30), ("percentile", 10),
        ("estimate_basis", 13), ("low", 9), ("high", 9), ("approximate", 10), ("reference_informative", 11), ("model", 13),
        ("model_low", 9), ("model_high", 9), ("band", 10), ("median", 12), ("mean", 12), ("formula_variant", 30), ("statement", 50),
        ("source", 40),
    ]

    /// The rows of `comparisons`: one per reference of each result, at least one per result.
    static func rowCount(_ comparisons: [CompanyComparison]) -> Int {
        comparisons.reduce(0) { total, comparison in total + comparison.results.reduce(0) { $0 + max(1, $1.references.count) } }
    }

    func table(_ comparisons: [CompanyComparison]) throws(ReportError) -> WorkbookTable {
        WorkbookTable(
            name: try texts.text("xlsx_sheet_kpis"), columns: try WorkbookTable.columns(Self.columns, texts: texts),
            rowCount: Self.rowCount(comparisons)
        ) { emit in
            for comparison in comparisons {
                let company = companyCells(comparison)
                for result in comparison.results {
                    let kpi = kpiCells(result)
                    guard !result.references.isEmpty else {
                        try emit(company + kpi)
                        continue
                    }
                    let best = result.references.firstIndex { $0.comparable && $0.position != nil }
                    for (offset, reference) in result.references.enumerated() {
                        try emit(company + kpi + [.bool(offset == best)] + referenceCells(reference, unit: result.kpi.unit))
                    }
                }
            }
        }
    }

    func companyCells(_ comparison: CompanyComparison) -> [WorkbookCell] {
        [.text(comparison.company.name), .text(comparison.period.description), .optionalText(comparison.profile?.id ?? comparison.company.profile)]
    }

    /// The KPI's own columns, from `kpi` to `informative`.
    func kpiCells(_ result: KPIComparison) -> [WorkbookCell] {
        let kpi = result.kpi, unit = kpi.unit
        var cells: [WorkbookCell] = [
            .text(kpi.id), .text(language == .fr ? kpi.labelFR : kpi.labelEN), .text(kpi.dimension.rawValue), .text(kpi.direction.rawValue),
            .text(unit.rawValue), Self.value(result), .integer(result.sampleSize),
            .figure(result.interval?.low, in: unit), .figure(result.interval?.high, in: unit), .optionalText(result.interval?.method.rawValue),
            .optionalText(result.variant?.id),
        ]
        if let target = result.target {
            cells += [
                .text(target.status.rawValue), .optionalBool(target.withinMargin), .text(target.target.comparator.rawValue),
                .figure(target.target.threshold, in: unit), .figure(target.target.upper, in: unit), .figure(target.target.tolerance, in: unit),
                .text(target.target.profile), .text(target.target.origin.rawValue), .optionalText(target.target.studyID ?? target.target.citation.reference),
            ]
        } else {
            cells += Array(repeating: .empty, count: 9)
        }
        if let trend = result.trend {
            cells += [
                .text(trend.previousPeriod.description), .figure(trend.previous, in: unit), .change(trend.delta, in: unit), .text(trend.change.rawValue),
                .optionalBool(trend.significant), .optionalText(trend.test?.method.rawValue),
                .number(trend.test.flatMap { $0.statistic.isFinite ? $0.statistic : nil }, as: .decimal4),
                .number(trend.test?.degreesOfFreedom, as: .decimal1), .number(trend.test?.pValue, as: .decimal4),
            ]
            if let year = trend.yearOverYear {
                cells += [.text(year.period.description), .figure(year.value, in: unit), .change(year.delta, in: unit), .text(year.change.rawValue)]
            } else {
                cells += Array(repeating: .empty, count: 4)
            }
        } else {
            cells += Array(repeating: .empty, count: 13)
        }
        if let peers = result.peers {
            cells += [.integer(peers.rank), .integer(peers.count), .number(peers.percentile, as: .decimal1), .bool(peers.isSmallPanel)]
        } else {
            cells += Array(repeating: .empty, count: 4)
        }
        cells.append(.bool(result.hasInformativeReference))
        return cells
    }

    /// The KPI's value as the JSON gives it: a practice's option as text, a yes/no practice as a
    /// boolean, any other in the KPI's unit.
    static func value(_ result: KPIComparison) -> WorkbookCell {
        if let option = result.option { return .text(option) }
        if result.kpi.unit == .boolean { return .bool(result.value != 0) }
        return .figure(result.value, in: result.kpi.unit)
    }

    /// One study's columns, from `study` to `source`; percentiles 0–100, the study's median and mean
    /// in the KPI's unit.
    func referenceCells(_ reference: ReferencePosition, unit: KPIUnit) -> [WorkbookCell] {
        let study = reference.study, distribution = reference.distribution, position = reference.position
        let statement = language == .fr ? distribution.statementFR : distribution.statementEN ?? distribution.statementFR
        return [
            .text(study.id), .text(study.publisher), .number(study.year.map(Double.init), as: .year), .text(study.regionCode), .text(reference.population.rawValue),
            .text(study.method.rawValue), .integer(study.sampleSize), .optionalText(distribution.segment), .optionalText(distribution.variant),
            .bool(reference.comparable), .optionalText(reference.comparabilityNote), .number(position?.estimate, as: .decimal1),
            .optionalText(position?.basis?.rawValue), .number(position?.low, as: .decimal1), .number(position?.high, as: .decimal1),
            .optionalBool(position?.isApproximate), .optionalBool(position?.isInformative), .optionalText(position?.model?.family.rawValue),
            .number(position?.model?.low, as: .decimal1), .number(position?.model?.high, as: .decimal1), .optionalText(reference.band),
            .figure(distribution.median, in: unit), .figure(distribution.mean, in: unit), .optionalText(distribution.formulaVariant),
            .optionalText(statement), .optionalText(distribution.citation.reference),
        ]
    }
}
