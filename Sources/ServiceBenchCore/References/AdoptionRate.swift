/// The share of brands that measure a KPI or follow a practice ("73 % of brands measure satisfaction").
public struct AdoptionRate: Sendable, Hashable, Codable {
    public var id: String
    public var studyID: String
    /// The KPI or practice id of the catalogue.
    public var kpi: String
    /// For a `category` practice, the option this share is for (`full`); nil otherwise.
    public var option: String?
    /// Share of brands, 0–1.
    public var share: Double
    public var citation: Citation
    /// The project's own statement of the figure, in French and in English, when the data gives one.
    public var statementFR: String?
    public var statementEN: String?

    public init(
        id: String, studyID: String, kpi: String, option: String? = nil, share: Double, citation: Citation,
        statementFR: String? = nil, statementEN: String? = nil
    ) {
        self.id = id
        self.studyID = studyID
        self.kpi = kpi
        self.option = option
        self.share = share
        self.citation = citation
        self.statementFR = statementFR
        self.statementEN = statementEN
    }
}
