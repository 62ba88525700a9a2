/// How a study obtained its figures. Figures obtained by different methods are never pooled.
public enum StudyMethod: String, Sendable, Codable, CaseIterable {
    /// Declared by the companies themselves (Easiware, ContactBabel).
    case declared
    /// Measured on a software vendor's platform (Zendesk, Talkdesk).
    case telemetry
    /// Mystery shopping (ESCDA, Eptica, Qualiweb).
    case mysteryShopping = "mystery-shopping"
    /// A survey of consumers (BVA, Temkin).
    case consumerSurvey = "consumer-survey"
    /// A vendor's or practitioner's rule of thumb, not a survey.
    case practitioner
}

/// Who a study's figures are about: a position is the share of this population the company beats.
public enum Population: String, Sendable, Codable, CaseIterable {
    /// Brands or companies, one answer each (Easiware).
    case brands
    /// Contact centres, one answer each (ContactBabel, SQM).
    case contactCentres = "contact-centres"
    /// Consumers answering about brands (BVA, Temkin).
    case consumers
    /// Industry averages (Zendesk's CSAT by industry): not companies.
    case industries
    /// Contacts or interactions measured on a platform or by mystery shoppers.
    case contacts
    /// The study does not say.
    case unknown
}

/// How close the figure is to its publisher.
public enum Provenance: String, Sendable, Codable {
    /// The publisher's own material or a verbatim copy.
    case firstHand = "first-hand"
    /// A press article or blog quoting the report.
    case secondHand = "second-hand"
    /// An aggregator quoting another source.
    case thirdHand = "third-hand"
}

/// Where a figure was read: a URL or a source article, with the sentence quoted.
public struct Citation: Sendable, Hashable, Codable {
    /// The URL, or the source article's file name in `shared/sources/`.
    public var reference: String
    /// The quoted sentence, in the language it was published in.
    public var quote: String

    public init(reference: String, quote: String) {
        self.reference = reference
        self.quote = quote
    }
}

/// A published study: who, when, on whom, how.
public struct Study: Sendable, Hashable, Codable {
    public var id: String
    public var publisher: String
    public var title: String
    public var year: Int
    /// Number of companies (or respondents) in the sample, where published.
    public var sampleSize: Int?
    /// What the sample is, in words ("~300 French brands").
    public var sampleDescription: String
    public var region: String
    /// The region as a code: a lower-case ISO 3166 country code (`fr`, `gb`, `us`), or `europe`,
    /// `north-america`, `global`, `unknown`.
    public var regionCode: String
    /// Who the figures are about, unless a distribution says otherwise.
    public var population: Population
    public var sector: String?
    public var method: StudyMethod
    public var provenance: Provenance
    public var citations: [Citation]

    public init(
        id: String, publisher: String, title: String, year: Int, sampleSize: Int?,
        sampleDescription: String, region: String, regionCode: String = "unknown", population: Population = .unknown,
        sector: String? = nil, method: StudyMethod,
        provenance: Provenance, citations: [Citation]
    ) {
        self.id = id
        self.publisher = publisher
        self.title = title
        self.year = year
        self.sampleSize = sampleSize
        self.sampleDescription = sampleDescription
        self.region = region
        self.regionCode = regionCode
        self.population = population
        self.sector = sector
        self.method = method
        self.provenance = provenance
        self.citations = citations
    }
}
