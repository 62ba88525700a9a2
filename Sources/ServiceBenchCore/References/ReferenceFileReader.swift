/// Turns one schema-valid reference data document (`<catalogue>`, `<targets>` or `<study>`) into
/// `ReferenceRecords`, noting the file and line of every element. Problems the schema cannot see at
/// this stage (an unknown unit, a number that is not finite, a missing language) are collected in
/// `diagnostics`; the reader carries on with a placeholder so that every problem is reported at once.
struct ReferenceFileReader {
    let file: String
    private(set) var diagnostics: [CoreError] = []

    init(file: String) {
        self.file = file
    }

    mutating func read(_ root: XMLElement, into records: inout ReferenceRecords) {
        switch root.name {
        case "catalogue":
            for element in root.children(named: "kpi") { records.kpis.append(kpi(element)) }
        case "targets":
            for element in root.children(named: "profile") { records.profiles.append(profile(element)) }
            for element in root.children(named: "target") { records.targets.append(target(element)) }
        case "study":
            readStudy(root, into: &records)
        case "headers":
            for element in root.children(named: "alias") {
                if let alias = headerAlias(element) { records.headerAliases.append(.init(alias: alias, location: location(element))) }
            }
        default:
            report(root, "unknown root element <\(root.name)>; a reference data file holds <catalogue>, <targets>, <study> or <headers>")
        }
    }

    // MARK: - Catalogue

    private mutating func kpi(_ element: XMLElement) -> ReferenceRecords.KPIRecord {
        let unitText = string(element, "unit")
        let unit = KPIUnit(rawValue: unitText)
        if unit == nil {
            let known = KPIUnit.allCases.map(\.rawValue)
            report(element, "unknown unit '\(unitText)'\(NearestName.suggestion(for: unitText, in: known)); known units: \(known.joined(separator: ", "))")
        }
        let (labelFR, labelEN) = localized(element, "label")
        let (definitionFR, definitionEN) = localized(element, "definition")
        let definition = KPIDefinition(
            id: string(element, "id"),
            kind: KPIKind(rawValue: element.attribute("kind") ?? "measure") ?? .measure,
            labelFR: labelFR, labelEN: labelEN, definitionFR: definitionFR, definitionEN: definitionEN,
            unit: unit ?? .count,
            direction: KPIDirection(rawValue: string(element, "direction")) ?? .higherIsBetter,
            dimension: Dimension(rawValue: string(element, "dimension")) ?? .practices,
            scale: InterpolationScale(rawValue: element.attribute("scale") ?? "linear") ?? .linear,
            minimum: number(element, "min") ?? 0,
            maximum: number(element, "max") ?? 0,
            options: element.children(named: "option").map { Self.normalized($0.text) },
            headline: boolean(element, "headline"),
            shape: element.attribute("model").flatMap { ShapeFamily(rawValue: $0.trimmingWhitespace()) },
            variants: element.children(named: "variant").map { variant in
                let (labelFR, labelEN) = localized(variant, "label")
                return KPIVariant(id: string(variant, "id"), labelFR: labelFR, labelEN: labelEN)
            },
            defaultVariant: element.attribute("default-variant")?.trimmingWhitespace(),
            isVolume: boolean(element, "volume"),
            rankedPer: element.attribute("ranked-per")?.trimmingWhitespace()
        )
        return .init(kpi: definition, location: location(element), unitKnown: unit != nil)
    }

    // MARK: - Profiles and targets

    private mutating func profile(_ element: XMLElement) -> ReferenceRecords.ProfileRecord {
        let (labelFR, labelEN) = localized(element, "label")
        let headlines = element.children(named: "headline")
        let profile = ServiceProfile(
            id: string(element, "id"), labelFR: labelFR, labelEN: labelEN,
            headlineKPIs: headlines.map { string($0, "kpi") }
        )
        return .init(profile: profile, location: location(element), headlineLocations: headlines.map(location))
    }

    private mutating func target(_ element: XMLElement) -> ReferenceRecords.TargetRecord {
        let target = Target(
            id: string(element, "id"),
            profile: string(element, "profile"),
            kpi: string(element, "kpi"),
            comparator: TargetComparator(rawValue: string(element, "comparator")) ?? .atLeast,
            threshold: number(element, "threshold") ?? 0,
            upper: optionalNumber(element, "upper"),
            tolerance: number(element, "tolerance") ?? 0,
            studyID: element.attribute("study"),
            citation: citation(element)
        )
        return .init(target: target, location: location(element), unitText: string(element, "unit"))
    }

    // MARK: - Studies

    private mutating func readStudy(_ element: XMLElement, into records: inout ReferenceRecords) {
        let id = string(element, "id")
        let sample = element.child(named: "sample")
        let sampleTexts = languageTexts(element, "sample")
        let sectorTexts = languageTexts(element, "sector")
        let (year, published) = studyDate(element)
        let study = Study(
            id: id,
            publisher: text(element, "publisher"),
            title: text(element, "title"),
            year: year, published: published,
            sampleSize: sample?.attribute("size").flatMap { Int($0) },
            sampleDescription: sampleTexts?.default ?? "", sampleDescriptionFR: sampleTexts?.fr,
            region: text(element, "region"),
            regionCode: element.child(named: "region")?.attribute("code")?.trimmingWhitespace() ?? "unknown",
            population: Population(rawValue: string(element, "population")) ?? .unknown,
            sector: sectorTexts?.default, sectorFR: sectorTexts?.fr,
            method: StudyMethod(rawValue: string(element, "method")) ?? .declared,
            provenance: Provenance(rawValue: string(element, "provenance")) ?? .firstHand,
            citations: element.children(named: "cite").map(Self.citation(of:))
        )
        records.studies.append(.init(study: study, location: location(element)))
        for child in element.children {
            switch child.name {
            case "distribution": records.distributions.append(distribution(child, study: id))
            case "adoption": records.adoptions.append(adoption(child, study: id))
            case "figure": records.figures.append(figure(child, study: id))
            default: break
            }
        }
    }

    /// The study's year and date of publication: `year`, else the year of `published`; nil for both with
    /// `undated="true"`. A study needs one or the other, never both a date and `undated`.
    private mutating func studyDate(_ element: XMLElement) -> (Int?, PublicationDate?) {
        let yearText = element.attribute("year")?.trimmingWhitespace()
        let publishedText = element.attribute("published")?.trimmingWhitespace()
        var year: Int?
        if let yearText {
            year = Int(yearText)
            if year == nil { report(element, "the year '\(yearText)' is not a year; write it as 2017") }
        }
        var published: PublicationDate?
        if let publishedText {
            published = PublicationDate(text: publishedText)
            if published == nil { report(element, "published='\(publishedText)' is not a date; write 2016, 2016-09 or 2016-09-14") }
        }
        if boolean(element, "undated") {
            if yearText != nil || publishedText != nil {
                report(element, "the study says undated=\"true\" and gives a date; keep one or the other")
            }
            return (nil, nil)
        }
        if let published, let year, published.year != year {
            report(element, "published='\(published.isoText)' is not in the study's year \(year); the year is the edition's, published its date: make them agree")
        }
        if yearText == nil && publishedText == nil {
            report(element, "the study needs a year (year=\"2017\"), a date (published=\"2017-03\"), or undated=\"true\" when the publication gives none")
        }
        return (year ?? published?.year, published)
    }

    private mutating func distribution(_ element: XMLElement, study: String) -> ReferenceRecords.DistributionRecord {
        let points = element.children(named: "point")
        let sampleValues = element.child(named: "sample")?.children(named: "value") ?? []
        let mean = element.child(named: "mean")
        let bands = element.children(named: "band")
        let shares = element.children(named: "between")
        let range = element.child(named: "range")
        let formula = optionalLocalized(element, "formula")
        let note = optionalLocalized(element, "note")
        let statement = optionalLocalized(element, "statement")
        let distribution = ReferenceDistribution(
            id: string(element, "id"),
            studyID: study,
            kpi: string(element, "kpi"),
            segment: element.attribute("segment").map(Self.normalized),
            segmentKeys: SegmentKeys(
                sizes: Self.list(element.attribute("sizes")), sectors: Self.list(element.attribute("sectors")),
                profiles: Self.list(element.attribute("profiles"))),
            points: points.map { CDFPoint(value: number($0, "value") ?? 0, share: number($0, "share") ?? 0) },
            sample: sampleValues.map { textNumber($0) ?? 0 },
            sampleUnit: element.child(named: "sample")?.attribute("unit"),
            mean: mean.flatMap { textNumber($0) },
            bands: bands.map {
                ValueBand(label: string($0, "label"), lower: optionalNumber($0, "lower"), upper: optionalNumber($0, "upper"))
            },
            shares: shares.map {
                ShareBetween(lower: number($0, "lower") ?? 0, upper: number($0, "upper") ?? 0, share: number($0, "share") ?? 0)
            },
            range: range.map { ValueRange(minimum: number($0, "min") ?? 0, maximum: number($0, "max") ?? 0) },
            sampleSize: element.attribute("n").flatMap { Int($0.trimmingWhitespace()) },
            population: element.attribute("population").flatMap { Population(rawValue: $0.trimmingWhitespace()) },
            variant: element.attribute("variant")?.trimmingWhitespace(),
            formulaVariant: formula?.en, formulaVariantFR: formula?.fr,
            citation: citation(element),
            note: note?.en, noteFR: note?.fr, statementFR: statement?.fr, statementEN: statement?.en
        )
        return .init(
            distribution: distribution, location: location(element), unitText: string(element, "unit"),
            pointLocations: points.map(location), sampleLocations: sampleValues.map(location),
            meanLocation: mean.map(location), bandLocations: bands.map(location),
            shareLocations: shares.map(location), rangeLocation: range.map(location)
        )
    }

    private mutating func adoption(_ element: XMLElement, study: String) -> ReferenceRecords.AdoptionRecord {
        let statement = optionalLocalized(element, "statement")
        let adoption = AdoptionRate(
            id: string(element, "id"), studyID: study, kpi: string(element, "kpi"),
            option: element.attribute("option"), share: number(element, "share") ?? 0, citation: citation(element),
            statementFR: statement?.fr, statementEN: statement?.en
        )
        return .init(adoption: adoption, location: location(element))
    }

    private mutating func figure(_ element: XMLElement, study: String) -> ReferenceRecords.FigureRecord {
        let (statementFR, statementEN) = localized(element, "statement")
        let figure = PublishedFigure(
            id: string(element, "id"), studyID: study, kpi: element.attribute("kpi"),
            value: number(element, "value") ?? 0, upper: optionalNumber(element, "upper"),
            unitText: string(element, "unit"), statementFR: statementFR, statementEN: statementEN,
            citation: citation(element)
        )
        return .init(figure: figure, location: location(element))
    }

    // MARK: - Header aliases

    private mutating func headerAlias(_ element: XMLElement) -> HeaderAlias? {
        let name = Self.normalized(element.text)
        switch (element.attribute("kpi")?.trimmingWhitespace(), element.attribute("column")?.trimmingWhitespace()) {
        case (let kpi?, nil): return HeaderAlias(name: name, target: .kpi(kpi))
        case (nil, let column?): return HeaderAlias(name: name, target: .column(column))
        default:
            report(element, "<alias> '\(name)' needs exactly one of the attributes kpi (a KPI id) and column (company, period, kpi, value, profile, sector or size)")
            return nil
        }
    }

    // MARK: - Helpers

    func location(_ element: XMLElement) -> SourceLocation {
        SourceLocation(file: file, line: element.line)
    }

    private mutating func report(_ element: XMLElement, _ message: String) {
        diagnostics.append(CoreError(.inconsistentReferenceData, message, at: location(element)))
    }

    /// A required attribute (the schema has already checked that it is there).
    private mutating func string(_ element: XMLElement, _ name: String) -> String {
        guard let value = element.attribute(name) else {
            report(element, "<\(element.name)> needs a '\(name)' attribute")
            return ""
        }
        return value.trimmingWhitespace()
    }

    private func boolean(_ element: XMLElement, _ name: String) -> Bool {
        let value = element.attribute(name)?.trimmingWhitespace()
        return value == "true" || value == "1"
    }

    private mutating func number(_ element: XMLElement, _ name: String) -> Double? {
        guard let text = element.attribute(name) else {
            report(element, "<\(element.name)> needs a '\(name)' attribute")
            return nil
        }
        return parse(text, element, what: "attribute '\(name)'")
    }

    private mutating func optionalNumber(_ element: XMLElement, _ name: String) -> Double? {
        element.attribute(name).flatMap { parse($0, element, what: "attribute '\(name)'") }
    }

    private mutating func textNumber(_ element: XMLElement) -> Double? {
        parse(element.text, element, what: "the value")
    }

    private mutating func parse(_ text: String, _ element: XMLElement, what: String) -> Double? {
        let trimmed = text.trimmingWhitespace()
        guard let value = Double(trimmed), value.isFinite else {
            report(element, "\(what) of <\(element.name)> is '\(trimmed)', not a finite number; write it with a decimal point, as 35.2")
            return nil
        }
        return value
    }

    /// The text of the first child called `name`, whitespace collapsed.
    private func text(_ element: XMLElement, _ name: String) -> String {
        element.child(named: name).map { Self.normalized($0.text) } ?? ""
    }

    /// The French and English texts of the children called `name` (one of each is required).
    private mutating func localized(_ element: XMLElement, _ name: String) -> (fr: String, en: String) {
        let children = element.children(named: name)
        let french = children.filter { $0.attribute("lang") == "fr" }
        let english = children.filter { $0.attribute("lang") == "en" }
        if french.count != 1 || english.count != 1 {
            report(element, "<\(element.name)> needs exactly one <\(name) lang=\"fr\"> and one <\(name) lang=\"en\">")
        }
        return (french.first.map { Self.normalized($0.text) } ?? "", english.first.map { Self.normalized($0.text) } ?? "")
    }

    /// The texts of the children called `name` that may be given once, or once in French and once in
    /// English: `default` is the English text or the only one, `fr` the French one (nil when only one
    /// text is given); nil when there is none. Two children need `lang="fr"` and `lang="en"`.
    private mutating func languageTexts(_ element: XMLElement, _ name: String) -> (default: String, fr: String?)? {
        let children = element.children(named: name)
        guard let first = children.first else { return nil }
        if children.count == 1 {
            if first.attribute("lang") != nil {
                report(element, "<\(name) lang=…> needs its pair: one <\(name) lang=\"fr\"> and one <\(name) lang=\"en\">, or a single <\(name)> without lang")
            }
            return (Self.normalized(first.text), nil)
        }
        let (french, english) = localized(element, name)
        return (english, french)
    }

    /// The French and English texts of the children called `name`, nil when there are none; when there
    /// are, one of each is required.
    private mutating func optionalLocalized(_ element: XMLElement, _ name: String) -> (fr: String, en: String)? {
        guard element.child(named: name) != nil else { return nil }
        return localized(element, name)
    }

    /// The `<cite>` child (the schema requires exactly one where this is used).
    private func citation(_ element: XMLElement) -> Citation {
        element.child(named: "cite").map(Self.citation(of:)) ?? Citation(reference: "", quote: "")
    }

    static func citation(of element: XMLElement) -> Citation {
        func flag(_ name: String) -> Bool {
            let value = element.attribute(name)?.trimmingWhitespace()
            return value == "true" || value == "1"
        }
        return Citation(
            reference: (element.attribute("ref") ?? "").trimmingWhitespace(), quote: normalized(element.text),
            isMirror: flag("mirror"), isArticle: flag("article"), via: element.attribute("via").map(normalized))
    }

    /// Collapses runs of ASCII white space (line breaks of the XML layout) into one space; non-breaking
    /// spaces are kept.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// The ids of a space-separated list attribute (`sizes="small medium"`), empty when absent.
    static func list(_ text: String?) -> [String] {
        text.map { normalized($0).split(separator: " ").map(String.init) } ?? []
    }
}
