/// The reference data as plain text for a terminal (`servicebench benchmarks list` and `show`): fixed
/// columns, lines of at most `width` characters, French or English headings. Deterministic: the order is
/// the loader's (studies newest first), numbers are formatted without the locale.
package struct ReferenceDataText {
    package enum Language: String, Sendable, CaseIterable {
        case fr
        case en
    }

    package let data: ReferenceData
    package let language: Language
    package let width: Int

    package init(data: ReferenceData, language: Language = .fr, width: Int = 100) {
        self.data = data
        self.language = language
        self.width = width
    }

    // MARK: - list

    /// Every study (id, publisher, year, sample, method, provenance, number of figures), then every KPI
    /// with the number of distributions and adoption rates published for it.
    package func list() -> String {
        var lines: [String] = []
        lines.append("\(say("Études de référence", "Reference studies")) (\(data.studies.count))")
        let studyColumns = [26, 20, 5, 7, 16, 11, 8]
        lines.append(row([say("ÉTUDE", "STUDY"), say("ÉDITEUR", "PUBLISHER"), say("ANNÉE", "YEAR"), say("ÉCHANT.", "SAMPLE"),
                          say("MÉTHODE", "METHOD"), "PROVENANCE", say("CHIFFRES", "FIGURES")], studyColumns))
        for study in data.studies {
            lines.append(row([
                study.id, study.publisher, yearText(study), study.sampleSize.map(String.init) ?? "–",
                study.method.rawValue, study.provenance.rawValue, String(figureCount(of: study.id)),
            ], studyColumns, rightAligned: [2, 3, 6]))
        }
        lines.append("")
        lines.append("KPI (\(data.kpis.count))")
        let kpiColumns = [25, 34, 8, 12, 8, 8]
        lines.append(row(["KPI", say("LIBELLÉ", "LABEL"), say("UNITÉ", "UNIT"), "DIMENSION", "DISTRIB.", "ADOPTION"], kpiColumns))
        for kpi in data.kpis {
            lines.append(row([
                kpi.id, label(kpi), unitName(kpi.unit), kpi.dimension.rawValue,
                String(data.distributions(for: kpi.id).count), String(data.adoptionRates(for: kpi.id).count),
            ], kpiColumns, rightAligned: [4, 5]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Distributions, adoption rates, targets and published figures cited from `study`.
    func figureCount(of study: String) -> Int {
        data.distributions.count { $0.studyID == study } + data.adoptionRates.count { $0.studyID == study }
            + data.figures.count { $0.studyID == study } + data.targets.count { $0.studyID == study }
    }

    // MARK: - show

    /// One KPI: definition, unit, direction; every distribution with its study and source; adoption
    /// rates; targets by profile; other published figures.
    package func show(_ kpi: KPIDefinition) -> String {
        var lines: [String] = []
        lines.append("\(kpi.id) — \(label(kpi))")
        lines.append(contentsOf: wrap("\(say("Unité", "Unit"))\(colon)\(unitName(kpi.unit)) · \(say("sens", "direction"))\(colon)\(directionText(kpi.direction)) · dimension\(colon)\(kpi.dimension.rawValue) · \(say("échelle", "scale"))\(colon)\(kpi.scale.rawValue) · \(say("domaine", "domain"))\(colon)\(number(kpi.minimum)) \(say("à", "to")) \(value(kpi.maximum, kpi.unit))", indent: 0))
        lines.append(contentsOf: wrap(language == .fr ? kpi.definitionFR : kpi.definitionEN, indent: 0))
        if kpi.isVolume {
            lines.append(contentsOf: wrap(say(
                "Volume\(colon)jamais classé parmi les pairs (il dit la taille de l’entreprise, pas sa performance).",
                "Volume: never ranked among peers (it tells the company’s size, not its performance)."), indent: 0))
        }
        if let base = kpi.rankedPer {
            lines.append(contentsOf: wrap(say(
                "Rang parmi les pairs\(colon)pour 1 000 \(base), où l’entreprise et le pair donnent les deux.",
                "Rank among peers: per 1,000 \(base), where the company and the peer give both."), indent: 0))
        }
        if !kpi.variants.isEmpty {
            let variants = kpi.variants.map { variant -> String in
                let text = language == .fr ? variant.labelFR : variant.labelEN
                return variant.id == kpi.defaultVariant ? "\(text) (\(say("par défaut", "default")))" : text
            }
            lines.append(contentsOf: wrap("\(say("Variantes", "Variants"))\(colon)\(variants.joined(separator: " · "))", indent: 0))
        }

        let distributions = data.distributions(for: kpi.id)
        lines.append("")
        lines.append("\(say("Distributions publiées", "Published distributions")) (\(distributions.count))")
        if distributions.isEmpty { lines.append("  \(say("aucune", "none"))") }
        for distribution in distributions {
            lines.append("")
            lines.append(contentsOf: describe(distribution, kpi: kpi))
        }

        let adoptions = data.adoptionRates(for: kpi.id)
        lines.append("")
        lines.append("\(say("Taux d’adoption", "Adoption rates")) (\(adoptions.count))")
        if adoptions.isEmpty { lines.append("  \(say("aucun", "none"))") }
        for adoption in adoptions {
            let option = adoption.option.map { " [\($0)]" } ?? ""
            lines.append(contentsOf: wrap("\(adoption.studyID)\(option)\(colon)\(percent(adoption.share)) \(say("des marques", "of brands")) — \(sourceText(adoption.citation))", indent: 2))
        }

        let targets = data.targets.filter { $0.kpi == kpi.id }
        lines.append("")
        lines.append("\(say("Objectifs par profil", "Targets by profile")) (\(targets.count))")
        if targets.isEmpty { lines.append("  \(say("aucun", "none"))") }
        for target in targets {
            let source = [target.studyID, sourceText(target.citation)].compactMap { $0 }.joined(separator: " · ")
            lines.append(contentsOf: wrap("\(target.profile)\(colon)\(condition(target, kpi.unit)) (\(say("tolérance", "tolerance")) \(value(target.tolerance, kpi.unit))) — \(source)", indent: 2))
        }

        let figures = data.figures(for: kpi.id)
        if !figures.isEmpty {
            lines.append("")
            lines.append("\(say("Autres chiffres publiés", "Other published figures")) (\(figures.count))")
            for figure in figures {
                let statement = language == .fr ? figure.statementFR : figure.statementEN
                lines.append(contentsOf: wrap("\(figure.studyID)\(colon)\(statement)", indent: 2))
                lines.append(contentsOf: wrap("\(say("Source", "Source"))\(colon)\(sourceText(figure.citation))", indent: 4))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ distribution: ReferenceDistribution, kpi: KPIDefinition) -> [String] {
        var lines: [String] = []
        if let study = data.study(distribution.studyID) {
            let sample = study.sampleSize.map { "\(say("échantillon", "sample")) \($0)" } ?? say("échantillon non chiffré", "sample size not published")
            lines.append(contentsOf: wrap("\(study.id) · \(study.publisher) · \(dateText(study)) · \(sample) · \(study.method.rawValue) · \(study.provenance.rawValue)", indent: 2))
            lines.append(contentsOf: wrap("\(study.title) — \(study.sampleDescription(french: language == .fr)) — \(study.region)", indent: 4))
            var facts = ["\(say("population", "population"))\(colon)\((distribution.population ?? study.population).rawValue)",
                         "\(say("région", "region"))\(colon)\(study.regionCode)"]
            if let n = distribution.sampleSize { facts.append("n = \(n)") }
            if let variant = distribution.variant {
                let label = kpi.variant(variant).map { language == .fr ? $0.labelFR : $0.labelEN } ?? say("non précisée", "not stated")
                facts.append("\(say("variante", "variant"))\(colon)\(label)")
            }
            lines.append(contentsOf: wrap(facts.joined(separator: " · "), indent: 4))
        } else {
            lines.append("  \(distribution.studyID)")
        }
        if let segment = distribution.segment { lines.append(contentsOf: wrap("Segment\(colon)\(segment)", indent: 4)) }
        if !distribution.points.isEmpty {
            let points = distribution.points.map { "F(\(value($0.value, kpi.unit))) = \(number($0.share, decimals: 3))" }
            lines.append(contentsOf: wrap("Points\(colon)\(points.joined(separator: language == .fr ? " ; " : "; "))", indent: 4))
        }
        if !distribution.sample.isEmpty {
            let sorted = distribution.sample.sorted()
            let median = distribution.median.map { number($0) } ?? "–"
            lines.append(contentsOf: wrap("\(say("Échantillon", "Sample")) (\(sorted.count) \(distribution.sampleUnit ?? ""))\(colon)min \(number(sorted[0])), \(say("médiane", "median")) \(median), max \(number(sorted[sorted.count - 1]))", indent: 4))
        }
        if let mean = distribution.mean { lines.append("    \(say("Moyenne", "Mean"))\(colon)\(value(mean, kpi.unit))") }
        if !distribution.shares.isEmpty {
            let shares = distribution.shares.map {
                "\(percent($0.share)) \(say("entre", "between")) \(value($0.lower, kpi.unit)) \(say("et", "and")) \(value($0.upper, kpi.unit))"
            }
            lines.append(contentsOf: wrap("\(say("Parts", "Shares"))\(colon)\(shares.joined(separator: " · "))", indent: 4))
        }
        if let range = distribution.range {
            lines.append("    \(say("Étendue", "Range"))\(colon)\(value(range.minimum, kpi.unit)) – \(value(range.maximum, kpi.unit))")
        }
        if !distribution.bands.isEmpty {
            let bands = distribution.bands.map { band -> String in
                switch (band.lower, band.upper) {
                case let (lower?, upper?): return "\(band.label) \(number(lower))–\(number(upper))"
                case let (lower?, nil): return "\(band.label) ≥ \(number(lower))"
                case let (nil, upper?): return "\(band.label) ≤ \(number(upper))"
                case (nil, nil): return band.label
                }
            }
            lines.append(contentsOf: wrap("\(say("Bandes", "Bands"))\(colon)\(bands.joined(separator: " · "))", indent: 4))
        }
        if let formula = distribution.formulaVariant(french: language == .fr) {
            lines.append(contentsOf: wrap("\(say("Formule", "Formula"))\(colon)\(formula)", indent: 4))
        }
        if let note = distribution.note(french: language == .fr) { lines.append(contentsOf: wrap("Note\(colon)\(note)", indent: 4)) }
        if let statement = distribution.statement(french: language == .fr) { lines.append(contentsOf: wrap(statement, indent: 4)) }
        lines.append(contentsOf: wrap("Source\(colon)\(sourceText(distribution.citation))", indent: 4))
        if !distribution.citation.quote.isEmpty {
            lines.append(contentsOf: wrap("« \(distribution.citation.quote) »", indent: 4))
        }
        return lines
    }

    // MARK: - Formatting

    /// The study's year, or `s. d.` / `n.d.` (sans date, no date: the 5-character column of `list`).
    private func yearText(_ study: Study) -> String {
        study.year.map(String.init) ?? say("s. d.", "n.d.")
    }

    /// The date of publication as known (`2014-11-19`, `2017`), or `non daté` / `undated`.
    private func dateText(_ study: Study) -> String {
        study.published?.isoText ?? study.year.map(String.init) ?? say("non daté", "undated")
    }

    /// A source as a reader should read it: who reported it, whether the page is a hosted copy.
    func sourceText(_ citation: Citation) -> String {
        var text = citation.reference
        if citation.isMirror, let host = citation.host { text = "\(say("copie hébergée par", "copy hosted at")) \(host)\(colon)\(text)" }
        if let via = citation.via { text = "\(say("rapporté par", "reported by")) \(via)\(colon)\(text)" }
        return text
    }

    /// `" : "` in French (a space before the colon), `": "` in English.
    private var colon: String { language == .fr ? " : " : ": " }

    private func say(_ french: String, _ english: String) -> String {
        language == .fr ? french : english
    }

    private func label(_ kpi: KPIDefinition) -> String {
        language == .fr ? kpi.labelFR : kpi.labelEN
    }

    private func directionText(_ direction: KPIDirection) -> String {
        switch direction {
        case .higherIsBetter: return say("plus haut = mieux", "higher is better")
        case .lowerIsBetter: return say("plus bas = mieux", "lower is better")
        case .targetBand: return say("dans une plage", "within a band")
        case .neutral: return say("ni mieux ni moins bien (contexte)", "neither better nor worse (context)")
        }
    }

    func unitName(_ unit: KPIUnit) -> String {
        switch unit {
        case .percent: return "%"
        case .seconds: return "s"
        case .hours: return "h"
        case .days: return say("jours", "days")
        case .perHour: return "/h"
        case .euros: return "EUR"
        case .points: return "points"
        case .score: return "score"
        case .count: return say("nombre", "count")
        case .boolean: return say("oui/non", "yes/no")
        case .category: return say("catégorie", "category")
        }
    }

    private func condition(_ target: Target, _ unit: KPIUnit) -> String {
        switch target.comparator {
        case .atLeast: return "≥ \(value(target.threshold, unit))"
        case .atMost: return "≤ \(value(target.threshold, unit))"
        case .between: return "\(value(target.threshold, unit)) – \(value(target.upper ?? target.threshold, unit))"
        }
    }

    /// A value with its unit symbol (`35,2 s`, `80 %`).
    private func value(_ value: Double, _ unit: KPIUnit) -> String {
        let symbol = unit == .days ? say("j", "d") : unit.symbol
        return symbol.isEmpty ? number(value) : "\(number(value)) \(symbol)"
    }

    /// A share 0–1 as a percentage (`87 %`).
    private func percent(_ share: Double) -> String {
        "\(number(share * 100)) %"
    }

    /// A number with at most `decimals` decimals, trailing zeros dropped, decimal comma in French.
    func number(_ value: Double, decimals: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text: String
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            text = String(Int64(rounded))
        } else {
            text = String(rounded)
        }
        if language == .fr { text = text.replacingOccurrences(of: ".", with: ",") }
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }

    /// Cells padded to their column widths (cut with `…` when too long), separated by one space.
    private func row(_ cells: [String], _ widths: [Int], rightAligned: Set<Int> = []) -> String {
        var parts: [String] = []
        for (index, (cell, width)) in zip(cells, widths).enumerated() {
            var text = cell.count > width ? String(cell.prefix(width - 1)) + "…" : cell
            let padding = String(repeating: " ", count: width - text.count)
            text = rightAligned.contains(index) ? padding + text : text + padding
            parts.append(text)
        }
        return trimmedRight(parts.joined(separator: " "))
    }

    /// `text` cut into lines of at most `width` characters at spaces, each indented by `indent` spaces.
    func wrap(_ text: String, indent: Int) -> [String] {
        let prefix = String(repeating: " ", count: indent)
        let available = max(20, width - indent)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= available {
                current += " " + word
            } else {
                lines.append(prefix + current)
                current = String(word)
            }
            while current.count > available {
                lines.append(prefix + current.prefix(available))
                current = String(current.dropFirst(available))
            }
        }
        if !current.isEmpty { lines.append(prefix + current) }
        return lines
    }

    private func trimmedRight(_ text: String) -> String {
        var result = Substring(text)
        while result.last == " " { result = result.dropLast() }
        return String(result)
    }
}
