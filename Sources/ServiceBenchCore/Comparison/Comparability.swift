/// Whether a study's figures measure the same thing as the company's value: the same variant of the KPI
/// (relationship or transactional NPS; FCR internal, by survey or by repeat contact; CSAT top-2-box,
/// mean score or binary), over a population of organisations (not industry averages). A study that does
/// not say which variant it measured (`unknown`) is not ruled out.
struct Comparability {
    let comparable: Bool
    /// Why not, in English; nil when comparable.
    let note: String?
    /// The study's variant, when it states one the catalogue knows.
    let studyVariant: KPIVariant?

    init(study: Study, distribution: ReferenceDistribution, kpi: KPIDefinition, companyVariant: KPIVariant?) {
        let studyVariant = distribution.variant.flatMap { kpi.variant($0) }
        self.studyVariant = studyVariant
        if let studyVariant, let companyVariant, studyVariant.id != companyVariant.id {
            comparable = false
            note = "not comparable: \(studyVariant.labelEN); the company measures \(companyVariant.labelEN)"
        } else if (distribution.population ?? study.population) == .industries {
            comparable = false
            note = "not comparable: industry averages, not organisations"
        } else {
            comparable = true
            note = nil
        }
    }
}
