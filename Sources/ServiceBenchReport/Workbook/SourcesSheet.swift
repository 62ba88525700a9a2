import ServiceBenchCore

/// The sources sheet: one row per study the run cites (a position, a target or an adoption rate of
/// any company), in order of first citation: publisher, title, year and publication date, sample,
/// region, method, provenance, and the references (URLs or articles) its figures come from, one per line.
struct SourcesSheet {
    let texts: ReportTexts
    let reference: ReferenceData
    let language: ReportLanguage

    static let columns: [(key: String, width: Double)] = [
        ("study", 26), ("publisher", 20), ("title", 50), ("year", 8), ("published", 12), ("study_sample_size", 11), ("sample", 40),
        ("region", 8), ("population", 16), ("method", 14), ("provenance", 12), ("url", 60),
    ]

    func table(_ comparisons: [CompanyComparison]) throws(ReportError) -> WorkbookTable {
        var seen = Set<String>()
        var studies: [Study] = []
        for comparison in comparisons { studies += SourcesBuilder.cited(comparison, reference: reference, seen: &seen) }
        return WorkbookTable(
            name: try texts.text("xlsx_sheet_sources"), columns: try WorkbookTable.columns(Self.columns, texts: texts), rowCount: studies.count
        ) { emit in
            for study in studies {
                var references: [String] = []
                for citation in study.citations where !references.contains(citation.reference) { references.append(citation.reference) }
                let sample = language == .fr ? study.sampleDescriptionFR ?? study.sampleDescription : study.sampleDescription
                try emit([
                    .text(study.id), .text(study.publisher), .text(study.title), .number(study.year.map(Double.init), as: .year), .optionalText(study.published?.isoText),
                    .integer(study.sampleSize), .optionalText(sample), .text(study.regionCode), .text(study.population.rawValue),
                    .text(study.method.rawValue), .text(study.provenance.rawValue), .optionalText(references.joined(separator: "\n")),
                ])
            }
        }
    }
}
