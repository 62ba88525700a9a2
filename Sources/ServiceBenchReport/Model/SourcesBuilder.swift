import ServiceBenchCore

/// The studies a report cites, in order of first citation: every position, adoption rate and target.
struct SourcesBuilder {
    let kpis: KPIEntryBuilder
    let reference: ReferenceData

    func studies(cited comparison: CompanyComparison) throws(ReportError) -> [MethodologyView.Study] {
        var seen = Set<String>()
        return try Self.cited(comparison, reference: reference, seen: &seen).map { study throws(ReportError) in try entry(study) }
    }

    /// The studies `comparison` cites that are not in `seen` yet, in order of first citation (every
    /// position, then targets, then adoption rates), added to `seen`: the methodology section's and
    /// the workbook's sources sheet's list.
    static func cited(_ comparison: CompanyComparison, reference: ReferenceData, seen: inout Set<String>) -> [Study] {
        var order: [Study] = []
        func add(_ study: Study) { if seen.insert(study.id).inserted { order.append(study) } }
        for result in comparison.results {
            for item in result.references { add(item.study) }
            if let studyID = result.target?.target.studyID, let study = reference.study(studyID) { add(study) }
        }
        for item in comparison.unmeasured {
            for (_, study) in item.adoption { add(study) }
        }
        return order
    }

    func entry(_ study: Study) throws(ReportError) -> MethodologyView.Study {
        MethodologyView.Study(
            name: kpis.studyName(study), anchor: KPIEntryBuilder.studyAnchor(study), publisher: XMLText.clean(study.publisher), title: XMLText.clean(study.title),
            year: kpis.studyDate(study), sample: try kpis.sampleText(study),
            // Shown in brackets after `n = 300`; when the size is not published the sample already is the description.
            sampleDescription: study.sampleSize == nil || study.sampleDescription.isEmpty ? nil : kpis.sampleDescription(study),
            region: kpis.regionName(study) ?? XMLText.clean(study.region),
            sector: study.sector(french: kpis.language == .fr).map(XMLText.clean), method: try kpis.methodWord(study.method),
            provenance: try kpis.texts.text("provenance_\(study.provenance.rawValue)"),
            citations: study.citations.map { kpis.source($0) })
    }
}
