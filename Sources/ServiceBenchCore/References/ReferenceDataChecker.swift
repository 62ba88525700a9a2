/// The sense checks run on reference data after its schema: shares within 0–1, distribution points in
/// order, values inside their KPI's domain, known units, KPI, study and profile ids that exist, and no
/// duplicate ids across files. Every problem is returned, each at the line of the offending element.
struct ReferenceDataChecker {
    let records: ReferenceRecords
    /// False when some file could not be read or failed its schema: then an id that is not found may be
    /// defined in that file, so "unknown id" problems are not reported (they would only add noise).
    let checkReferences: Bool

    private var kpis: [String: KPIDefinition] = [:]
    private var studyIDs: Set<String> = []
    private var profileIDs: Set<String> = []
    private var problems: [CoreError] = []

    init(records: ReferenceRecords, checkReferences: Bool) {
        self.records = records
        self.checkReferences = checkReferences
        for record in records.kpis where record.unitKnown && kpis[record.kpi.id] == nil { kpis[record.kpi.id] = record.kpi }
        studyIDs = Set(records.studies.map(\.study.id))
        profileIDs = Set(records.profiles.map(\.profile.id))
    }

    /// Runs every check; the problems in file order within each kind of item.
    mutating func check() -> [CoreError] {
        checkDuplicateIDs()
        records.kpis.forEach { checkKPI($0) }
        records.distributions.forEach { checkDistribution($0) }
        checkDistributionsNotPooled()
        records.adoptions.forEach { checkAdoption($0) }
        checkOptionShares()
        records.figures.forEach { checkFigure($0) }
        records.profiles.forEach { checkProfile($0) }
        records.targets.forEach { checkTarget($0) }
        checkHeaderAliases()
        return problems
    }

    // MARK: - Ids

    private mutating func checkDuplicateIDs() {
        duplicates("KPI", records.kpis.map { ($0.kpi.id, $0.location) })
        duplicates("study", records.studies.map { ($0.study.id, $0.location) })
        duplicates("distribution", records.distributions.map { ($0.distribution.id, $0.location) })
        duplicates("adoption rate", records.adoptions.map { ($0.adoption.id, $0.location) })
        duplicates("figure", records.figures.map { ($0.figure.id, $0.location) })
        duplicates("profile", records.profiles.map { ($0.profile.id, $0.location) })
        duplicates("target", records.targets.map { ($0.target.id, $0.location) })
    }

    private mutating func duplicates(_ kind: String, _ items: [(id: String, location: SourceLocation)]) {
        var first: [String: SourceLocation] = [:]
        for item in items {
            if let earlier = first[item.id] {
                problem(item.location, "duplicate \(kind) id '\(item.id)', already defined at \(earlier); ids must be unique across all reference files")
            } else {
                first[item.id] = item.location
            }
        }
    }

    // MARK: - Catalogue

    private mutating func checkKPI(_ record: ReferenceRecords.KPIRecord) {
        let kpi = record.kpi
        if !(kpi.minimum < kpi.maximum) {
            problem(record.location, "KPI '\(kpi.id)': its minimum \(kpi.minimum) must be below its maximum \(kpi.maximum)")
        }
        guard record.unitKnown else { return }
        let practiceUnit = kpi.unit == .boolean || kpi.unit == .category
        if kpi.kind == .practice && !practiceUnit {
            problem(record.location, "practice '\(kpi.id)' has unit '\(kpi.unit.rawValue)'; a practice's unit is 'boolean' or 'category'")
        }
        if kpi.kind == .measure && practiceUnit {
            problem(record.location, "KPI '\(kpi.id)' has unit '\(kpi.unit.rawValue)' but kind 'measure'; add kind=\"practice\" or use a measure unit")
        }
        if kpi.unit == .category {
            if kpi.options.count < 2 {
                problem(record.location, "category practice '\(kpi.id)' needs at least two <option> elements")
            }
            if Set(kpi.options).count != kpi.options.count {
                problem(record.location, "category practice '\(kpi.id)' lists an option twice")
            }
        } else if !kpi.options.isEmpty {
            problem(record.location, "KPI '\(kpi.id)' has <option> elements, but only a 'category' practice has options")
        }
        let variantIDs = kpi.variants.map(\.id)
        if Set(variantIDs).count != variantIDs.count {
            problem(record.location, "KPI '\(kpi.id)' lists a variant twice")
        }
        if variantIDs.contains("unknown") {
            problem(record.location, "KPI '\(kpi.id)': 'unknown' is not a variant; it is what a study writes when it does not say which variant it measured")
        }
        if let defaultVariant = kpi.defaultVariant {
            if !variantIDs.contains(defaultVariant) {
                problem(record.location, "KPI '\(kpi.id)': default-variant '\(defaultVariant)' is not one of its <variant> ids (\(variantIDs.joined(separator: ", ")))")
            }
        } else if !variantIDs.isEmpty {
            problem(record.location, "KPI '\(kpi.id)' has variants but no default-variant; add default-variant=\"…\" (one of \(variantIDs.joined(separator: ", ")))")
        }
        if kpi.isVolume, kpi.kind != .measure || kpi.unit != .count {
            problem(record.location, "KPI '\(kpi.id)' is a volume but not a measure counted in unit 'count'; volume=\"true\" is for counts of contacts, tickets or calls")
        }
        if let base = kpi.rankedPer {
            if kpi.isVolume {
                problem(record.location, "KPI '\(kpi.id)' is a volume, which is never ranked, so it cannot be ranked per '\(base)'; remove ranked-per or volume")
            } else if let baseKPI = kpis[base] {
                if !baseKPI.isVolume {
                    problem(record.location, "KPI '\(kpi.id)': ranked-per '\(base)' is not a volume; name a KPI with volume=\"true\" (a count of tickets, calls or contacts)")
                }
            } else if checkReferences {
                problem(record.location, "KPI '\(kpi.id)': ranked-per names the unknown KPI '\(base)'\(NearestName.suggestion(for: base, in: Array(kpis.keys).sorted()))")
            }
        }
    }

    // MARK: - Distributions

    private mutating func checkDistribution(_ record: ReferenceRecords.DistributionRecord) {
        let distribution = record.distribution
        let name = "distribution '\(distribution.id)'"
        if !distribution.givesPosition && distribution.mean == nil && distribution.bands.isEmpty {
            problem(record.location, "\(name) gives no figure; add <point>, <sample>, <mean>, <between>, <range> or <band> elements")
        }
        checkPoints(record, name: name)
        guard let kpi = knownKPI(distribution.kpi, at: record.location) else { return }
        if kpi.kind == .practice {
            problem(record.location, "\(name) is for the practice '\(kpi.id)'; record the share of brands with <adoption> instead")
            return
        }
        checkUnit(record.unitText, of: kpi, at: record.location)
        for (point, location) in zip(distribution.points, record.pointLocations) {
            checkDomain(point.value, of: kpi, what: "the point's value", at: location)
        }
        for (value, location) in zip(distribution.sample, record.sampleLocations) {
            checkDomain(value, of: kpi, what: "the sample value", at: location)
        }
        if let mean = distribution.mean, let location = record.meanLocation {
            checkDomain(mean, of: kpi, what: "the mean", at: location)
        }
        for (share, location) in zip(distribution.shares, record.shareLocations) {
            checkDomain(share.lower, of: kpi, what: "the lower end of <between>", at: location)
            checkDomain(share.upper, of: kpi, what: "the upper end of <between>", at: location)
            if !(share.lower < share.upper) {
                problem(location, "<between> of \(name): lower \(share.lower) must be below upper \(share.upper)")
            }
            if !(0...1).contains(share.share) {
                problem(location, "share \(share.share) of a <between> of \(name) is outside 0–1; write shares as fractions (0.34 for 34 %)")
            }
        }
        // Shares that chain into points of F must agree with the published points: F never decreases.
        let knots = DistributionFacts.knots(distribution, kpi: kpi)
        if zip(knots, knots.dropFirst()).contains(where: { $1.share < $0.share - 1e-9 }), let location = record.shareLocations.first {
            problem(location, "the <between> shares of \(name) contradict its points: added up from the domain's minimum or a point, they make F decrease; check the shares and the points")
        }
        let totalShare = distribution.shares.reduce(0) { $0 + $1.share }
        if totalShare > 1 + 1e-9, let location = record.shareLocations.first {
            problem(location, "the <between> shares of \(name) add up to \(totalShare), more than 1")
        }
        if let range = distribution.range, let location = record.rangeLocation {
            checkDomain(range.minimum, of: kpi, what: "the range's minimum", at: location)
            checkDomain(range.maximum, of: kpi, what: "the range's maximum", at: location)
            if range.minimum > range.maximum {
                problem(location, "<range> of \(name): min \(range.minimum) is above max \(range.maximum)")
            }
            for (point, pointLocation) in zip(distribution.points, record.pointLocations)
            where point.value < range.minimum || point.value > range.maximum {
                problem(pointLocation, "the point \(point.value) of \(name) lies outside its published range \(range.minimum)–\(range.maximum)")
            }
        }
        checkVariant(record, kpi: kpi, name: name)
        for (band, location) in zip(distribution.bands, record.bandLocations) {
            if let lower = band.lower { checkDomain(lower, of: kpi, what: "the band's lower bound", at: location) }
            if let upper = band.upper { checkDomain(upper, of: kpi, what: "the band's upper bound", at: location) }
            if let lower = band.lower, let upper = band.upper, lower > upper {
                problem(location, "band '\(band.label)': lower bound \(lower) is above upper bound \(upper)")
            }
        }
    }

    /// A KPI with variants needs the study's (`variant="unknown"` when it does not say); other KPIs none.
    private mutating func checkVariant(_ record: ReferenceRecords.DistributionRecord, kpi: KPIDefinition, name: String) {
        let ids = kpi.variants.map(\.id)
        guard let variant = record.distribution.variant else {
            if !ids.isEmpty {
                problem(record.location, "\(name) is for '\(kpi.id)', which has variants; add variant=\"…\" (\(ids.joined(separator: ", ")), or unknown when the study does not say)")
            }
            return
        }
        if ids.isEmpty {
            problem(record.location, "\(name) has variant '\(variant)', but '\(kpi.id)' has no variants in the catalogue; remove the attribute")
        } else if variant != "unknown" && !ids.contains(variant) {
            problem(record.location, "unknown variant '\(variant)' of '\(kpi.id)'\(NearestName.suggestion(for: variant, in: ids)); its variants are \(ids.joined(separator: ", ")), or unknown")
        }
    }

    /// Shares within 0–1; values strictly increasing; shares non-decreasing.
    private mutating func checkPoints(_ record: ReferenceRecords.DistributionRecord, name: String) {
        let points = record.distribution.points
        for (index, (point, location)) in zip(points, record.pointLocations).enumerated() {
            if !(0...1).contains(point.share) {
                problem(location, "share \(point.share) of a point of \(name) is outside 0–1; write shares as fractions (0.5 for 50 %)")
            }
            guard index > 0 else { continue }
            let previous = points[index - 1]
            if !(point.value > previous.value) {
                problem(location, "points of \(name) must be strictly increasing in value: \(point.value) follows \(previous.value)")
            }
            if point.share < previous.share {
                problem(location, "points of \(name) must not decrease in share: \(point.share) follows \(previous.share) (F is a cumulative distribution)")
            }
        }
    }

    /// One distribution per study, KPI and segment: two would mean pooling or a copy.
    private mutating func checkDistributionsNotPooled() {
        var seen: [String: SourceLocation] = [:]
        for record in records.distributions {
            let distribution = record.distribution
            let key = "\(distribution.studyID)\u{0}\(distribution.kpi)\u{0}\(distribution.segment ?? "")"
            if let earlier = seen[key] {
                problem(record.location, "study '\(distribution.studyID)' already has a distribution for '\(distribution.kpi)'\(distribution.segment.map { " in segment '\($0)'" } ?? "") at \(earlier); give each segment its own 'segment' attribute")
            } else {
                seen[key] = record.location
            }
        }
    }

    // MARK: - Adoption rates and figures

    private mutating func checkAdoption(_ record: ReferenceRecords.AdoptionRecord) {
        let adoption = record.adoption
        if !(0...1).contains(adoption.share) {
            problem(record.location, "share \(adoption.share) of adoption rate '\(adoption.id)' is outside 0–1; write shares as fractions (0.73 for 73 %)")
        }
        guard let kpi = knownKPI(adoption.kpi, at: record.location) else { return }
        if kpi.unit == .category {
            guard let option = adoption.option else {
                problem(record.location, "adoption rate '\(adoption.id)' is for the category practice '\(kpi.id)'; add option=\"…\" (one of \(kpi.options.joined(separator: ", ")))")
                return
            }
            if !kpi.options.contains(option) {
                problem(record.location, "unknown option '\(option)' of '\(kpi.id)'\(NearestName.suggestion(for: option, in: kpi.options)); its options are \(kpi.options.joined(separator: ", "))")
            }
        } else if let option = adoption.option {
            problem(record.location, "adoption rate '\(adoption.id)' has option '\(option)', but '\(kpi.id)' is not a category practice; remove the option")
        }
    }

    /// The shares of a category practice's options, in one study, add up to at most 1.
    private mutating func checkOptionShares() {
        var totals: [String: (share: Double, location: SourceLocation)] = [:]
        var order: [String] = []
        for record in records.adoptions where record.adoption.option != nil {
            let key = "\(record.adoption.studyID)\u{0}\(record.adoption.kpi)"
            if totals[key] == nil { order.append(key) }
            totals[key] = ((totals[key]?.share ?? 0) + record.adoption.share, totals[key]?.location ?? record.location)
        }
        for key in order {
            guard let total = totals[key], total.share > 1 + 1e-9 else { continue }
            let parts = key.split(separator: "\u{0}")
            problem(total.location, "the option shares of '\(parts.last ?? "")' in study '\(parts.first ?? "")' add up to \(total.share), more than 1")
        }
    }

    private mutating func checkFigure(_ record: ReferenceRecords.FigureRecord) {
        let figure = record.figure
        if let kpi = figure.kpi { _ = knownKPI(kpi, at: record.location) }
        if let upper = figure.upper, upper < figure.value {
            problem(record.location, "figure '\(figure.id)': upper \(upper) is below value \(figure.value)")
        }
    }

    // MARK: - Profiles and targets

    private mutating func checkProfile(_ record: ReferenceRecords.ProfileRecord) {
        var seen: Set<String> = []
        for (kpi, location) in zip(record.profile.headlineKPIs, record.headlineLocations) {
            if !seen.insert(kpi).inserted {
                problem(location, "profile '\(record.profile.id)' lists headline KPI '\(kpi)' twice")
            }
            _ = knownKPI(kpi, at: location)
        }
    }

    private mutating func checkTarget(_ record: ReferenceRecords.TargetRecord) {
        let target = record.target
        let name = "target '\(target.id)'"
        if target.tolerance < 0 {
            problem(record.location, "\(name): tolerance \(target.tolerance) is negative; a tolerance is a distance, 0 or more")
        }
        switch target.comparator {
        case .between:
            if let upper = target.upper {
                if upper < target.threshold { problem(record.location, "\(name): upper \(upper) is below threshold \(target.threshold)") }
            } else {
                problem(record.location, "\(name) compares 'between' but has no 'upper' attribute")
            }
        case .atLeast, .atMost:
            if target.upper != nil { problem(record.location, "\(name): 'upper' is only for comparator=\"between\"") }
        }
        if checkReferences && !profileIDs.contains(target.profile) {
            problem(record.location, "\(name) is for unknown profile '\(target.profile)'\(NearestName.suggestion(for: target.profile, in: profileIDs.sorted())); define it with <profile>")
        }
        if checkReferences, let study = target.studyID, !studyIDs.contains(study) {
            problem(record.location, "\(name) cites unknown study '\(study)'\(NearestName.suggestion(for: study, in: studyIDs.sorted())); add the study's file under studies/")
        }
        guard let kpi = knownKPI(target.kpi, at: record.location) else { return }
        checkUnit(record.unitText, of: kpi, at: record.location)
        checkDomain(target.threshold, of: kpi, what: "the threshold", at: record.location)
        if let upper = target.upper { checkDomain(upper, of: kpi, what: "the upper bound", at: record.location) }
    }

    // MARK: - Header aliases

    /// Each alias names a known KPI, and one name does not stand for two key columns, nor for a key
    /// column and a KPI (two KPIs are allowed: the KPI table reports the name as ambiguous).
    private mutating func checkHeaderAliases() {
        var columnOf: [String: (column: String, location: SourceLocation)] = [:]
        for record in records.headerAliases {
            let key = HeaderMatcher.key(record.alias.name)
            switch record.alias.target {
            case .kpi(let id):
                _ = knownKPI(id, at: record.location)
            case .column(let column):
                if let first = columnOf[key], first.column != column {
                    problem(record.location, "the alias '\(record.alias.name)' names the column '\(column)' here and '\(first.column)' at \(first.location); give each name one column")
                } else {
                    columnOf[key] = (column, record.location)
                }
            }
        }
        for record in records.headerAliases {
            guard case .kpi = record.alias.target, let column = columnOf[HeaderMatcher.key(record.alias.name)] else { continue }
            problem(record.location, "the alias '\(record.alias.name)' names a KPI here and the column '\(column.column)' at \(column.location); give each name one meaning")
        }
    }

    // MARK: - Shared checks

    /// The KPI called `id`, or nil after reporting it as unknown (when references are checked).
    private mutating func knownKPI(_ id: String, at location: SourceLocation) -> KPIDefinition? {
        if let kpi = kpis[id] { return kpi }
        if checkReferences {
            let known = records.kpis.map(\.kpi.id)
            if !known.contains(id) {
                problems.append(CoreError(.unknownKPI, "unknown KPI '\(id)'\(NearestName.suggestion(for: id, in: known)); KPI ids are defined in catalogue.xml", at: location))
            }
        }
        return nil
    }

    private mutating func checkUnit(_ text: String, of kpi: KPIDefinition, at location: SourceLocation) {
        guard let unit = KPIUnit(rawValue: text) else {
            let known = KPIUnit.allCases.map(\.rawValue)
            problem(location, "unknown unit '\(text)'\(NearestName.suggestion(for: text, in: known)); known units: \(known.joined(separator: ", "))")
            return
        }
        if unit != kpi.unit {
            problem(location, "unit '\(unit.rawValue)' does not match the unit of '\(kpi.id)', which is '\(kpi.unit.rawValue)'; convert the figures to \(kpi.unit.rawValue)")
        }
    }

    private mutating func checkDomain(_ value: Double, of kpi: KPIDefinition, what: String, at location: SourceLocation) {
        guard !kpi.contains(value) else { return }
        problem(location, "\(what) \(value) is outside the domain of '\(kpi.id)' (\(kpi.minimum) to \(kpi.maximum) \(kpi.unit.rawValue)); check the unit")
    }

    private mutating func problem(_ location: SourceLocation, _ message: String) {
        problems.append(CoreError(.inconsistentReferenceData, message, at: location))
    }
}
