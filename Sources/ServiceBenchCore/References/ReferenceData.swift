/// Everything in `benchmarks-data/`: the KPI catalogue, studies, distributions, adoption rates, profiles
/// and targets.
public struct ReferenceData: Sendable {
    public var kpis: [KPIDefinition]
    public var studies: [Study]
    public var distributions: [ReferenceDistribution]
    public var adoptionRates: [AdoptionRate]
    public var profiles: [ServiceProfile]
    public var targets: [Target]
    /// Published figures that are neither distributions, adoption rates nor targets.
    public var figures: [PublishedFigure]
    /// Other names of KPI-table columns (`headers.xml`).
    public var headerAliases: [HeaderAlias]

    private var kpiIndex: [String: Int]
    private var studyIndex: [String: Int]

    public init(
        kpis: [KPIDefinition], studies: [Study], distributions: [ReferenceDistribution],
        adoptionRates: [AdoptionRate], profiles: [ServiceProfile], targets: [Target],
        figures: [PublishedFigure] = [], headerAliases: [HeaderAlias] = []
    ) {
        self.headerAliases = headerAliases
        self.kpis = kpis
        self.studies = studies
        self.distributions = distributions
        self.adoptionRates = adoptionRates
        self.profiles = profiles
        self.targets = targets
        self.figures = figures
        self.kpiIndex = Dictionary(kpis.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.studyIndex = Dictionary(studies.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func kpi(_ id: String) -> KPIDefinition? {
        kpiIndex[id].map { kpis[$0] }
    }

    public func study(_ id: String) -> Study? {
        studyIndex[id].map { studies[$0] }
    }

    public func profile(_ id: String) -> ServiceProfile? {
        profiles.first { $0.id == id }
    }

    /// The KPIs a board looks at first for `profile`: the profile's headline list, or the
    /// catalogue's headline KPIs when it has none (or there is no profile).
    public func headlineKPIs(for profile: ServiceProfile?) -> [String] {
        if let profile, !profile.headlineKPIs.isEmpty { return profile.headlineKPIs }
        return kpis.filter(\.headline).map(\.id)
    }

    /// The distributions published for `kpi`, in study order (newest study first, then by id).
    public func distributions(for kpi: String) -> [ReferenceDistribution] {
        distributions.filter { $0.kpi == kpi }
    }

    /// The targets for `kpi` in `profile`; targets of profile `all` apply when the profile has none.
    public func targets(for kpi: String, profile: String?) -> [Target] {
        let own = targets.filter { $0.kpi == kpi && $0.profile == profile }
        return own.isEmpty ? targets.filter { $0.kpi == kpi && $0.profile == "all" } : own
    }

    public func adoptionRates(for kpi: String) -> [AdoptionRate] {
        adoptionRates.filter { $0.kpi == kpi }
    }

    /// The published figures about `kpi`, in study order.
    public func figures(for kpi: String) -> [PublishedFigure] {
        figures.filter { $0.kpi == kpi }
    }
}
