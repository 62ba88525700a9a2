/// A published figure that is neither a distribution, an adoption rate nor a target, but belongs in the
/// reference data with its source: "79 % of consumers prefer a human", "45 % of outsourcing brands
/// outsource some channels only", "NPS ≥ 50 is good".
public struct PublishedFigure: Sendable, Hashable, Codable {
    public var id: String
    public var studyID: String
    /// The catalogue KPI the figure is about, if any. `value` is then not necessarily in the KPI's unit:
    /// `unitText` says what it is (`% of brands`, `GBP per call`).
    public var kpi: String?
    /// The figure, or the lower end of a published range.
    public var value: Double
    /// The upper end of a published range ("10–15 %"), nil for a single value.
    public var upper: Double?
    /// What `value` counts, in words (`% of consumers`, `s (lower bound of the mean)`).
    public var unitText: String
    /// The figure stated as a sentence, in French and in English.
    public var statementFR: String
    public var statementEN: String
    public var citation: Citation

    public init(
        id: String, studyID: String, kpi: String? = nil, value: Double, upper: Double? = nil, unitText: String,
        statementFR: String, statementEN: String, citation: Citation
    ) {
        self.id = id
        self.studyID = studyID
        self.kpi = kpi
        self.value = value
        self.upper = upper
        self.unitText = unitText
        self.statementFR = statementFR
        self.statementEN = statementEN
        self.citation = citation
    }
}
