/// The reference data as read from the XML files, before the sense checks: every item with the place it
/// was read from, so that each check can name the file and line of the offending element.
struct ReferenceRecords {
    struct KPIRecord {
        var kpi: KPIDefinition
        var location: SourceLocation
        /// Whether the `unit` attribute named a known `KPIUnit` (the reader has already reported it if not).
        var unitKnown: Bool
    }

    struct StudyRecord {
        var study: Study
        var location: SourceLocation
    }

    struct DistributionRecord {
        var distribution: ReferenceDistribution
        var location: SourceLocation
        /// The `unit` attribute as written, checked against the KPI's unit.
        var unitText: String
        var pointLocations: [SourceLocation]
        var sampleLocations: [SourceLocation]
        var meanLocation: SourceLocation?
        var bandLocations: [SourceLocation]
        var shareLocations: [SourceLocation]
        var rangeLocation: SourceLocation?
    }

    struct AdoptionRecord {
        var adoption: AdoptionRate
        var location: SourceLocation
    }

    struct FigureRecord {
        var figure: PublishedFigure
        var location: SourceLocation
    }

    struct ProfileRecord {
        var profile: ServiceProfile
        var location: SourceLocation
        var headlineLocations: [SourceLocation]
    }

    struct TargetRecord {
        var target: Target
        var location: SourceLocation
        var unitText: String
    }

    struct HeaderAliasRecord {
        var alias: HeaderAlias
        var location: SourceLocation
    }

    var kpis: [KPIRecord] = []
    var headerAliases: [HeaderAliasRecord] = []
    var studies: [StudyRecord] = []
    var distributions: [DistributionRecord] = []
    var adoptions: [AdoptionRecord] = []
    var figures: [FigureRecord] = []
    var profiles: [ProfileRecord] = []
    var targets: [TargetRecord] = []

    /// The model, ordered for display: KPIs and profiles in file order; studies newest first (undated ones last, then by id);
    /// each study's distributions, adoption rates and figures in study order, then document order.
    func referenceData() -> ReferenceData {
        let studies = self.studies.map(\.study).sorted { ($0.year ?? Int.min, $1.id) > ($1.year ?? Int.min, $0.id) }
        let rank = Dictionary(studies.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        func ordered<Item>(_ items: [Item], study: (Item) -> String) -> [Item] {
            items.enumerated()
                .sorted { (rank[study($0.element)] ?? Int.max, $0.offset) < (rank[study($1.element)] ?? Int.max, $1.offset) }
                .map(\.element)
        }
        return ReferenceData(
            kpis: kpis.map(\.kpi),
            studies: studies,
            distributions: ordered(distributions.map(\.distribution)) { $0.studyID },
            adoptionRates: ordered(adoptions.map(\.adoption)) { $0.studyID },
            profiles: profiles.map(\.profile),
            targets: targets.map(\.target),
            figures: ordered(figures.map(\.figure)) { $0.studyID },
            headerAliases: headerAliases.map(\.alias)
        )
    }
}
