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

/// Where a figure was read: the URL of a page (the publisher's own, a press article, or a copy hosted by
/// a document-sharing site), or a source article's publisher and title when no address is known.
public struct Citation: Sendable, Hashable, Codable {
    /// The URL, or for a source article without one (`isArticle`) its publisher and title.
    public var reference: String
    /// A verbatim quotation, when the data gives one; empty otherwise (the bundled data states each
    /// figure in its own words: `statementFR`, `statementEN` of the figure).
    public var quote: String
    /// The page is a copy of the publisher's document hosted by a document-sharing site (vdocuments,
    /// scribd, yumpu…), not the publisher's own page.
    public var isMirror: Bool
    /// `reference` names a source article that has no known address, not a URL.
    public var isArticle: Bool
    /// For a second- or third-hand figure: who reported it (`Call Centre Helper`), nil otherwise.
    public var via: String?

    public init(reference: String, quote: String = "", isMirror: Bool = false, isArticle: Bool = false, via: String? = nil) {
        self.reference = reference
        self.quote = quote
        self.isMirror = isMirror
        self.isArticle = isArticle
        self.via = via
    }

    /// The host of a URL reference without `www.` (`vdocuments.us`), nil when `reference` is not a URL.
    public var host: String? {
        guard let schemeEnd = reference.range(of: "://") else { return nil }
        let rest = reference[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : String(host)
    }
}

/// When a study was published, as precisely as it is known: a year, a month or a day.
public struct PublicationDate: Sendable, Hashable, Codable {
    public var year: Int
    /// 1–12, nil when only the year is known.
    public var month: Int?
    /// 1–31, nil when only the year or the month is known.
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `2016`, `2016-09` or `2016-09-14` (the schema's forms); nil otherwise.
    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        var month: Int?
        var day: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let value = Int(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let value = Int(parts[2]), (1...31).contains(value) else { return nil }
            day = value
        }
        self.init(year: year, month: month, day: day)
    }

    /// `2016`, `2016-09` or `2016-09-14`.
    public var isoText: String {
        var text = String(year)
        if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
        if let day { text += day < 10 ? "-0\(day)" : "-\(day)" }
        return text
    }
}

/// A published study: who, when, on whom, how.
public struct Study: Sendable, Hashable, Codable {
    public var id: String
    public var publisher: String
    public var title: String
    /// The edition's year, used to order studies; nil when the study is undated (no year is invented).
    public var year: Int?
    /// The date of publication as precisely as known, nil when only the year is known or the study is undated.
    public var published: PublicationDate?
    /// Number of companies (or respondents) in the sample, where published.
    public var sampleSize: Int?
    /// What the sample is, in words ("~300 French brands"): the English text, or the only one given.
    public var sampleDescription: String
    /// The same in French, nil when the data gives one text only.
    public var sampleDescriptionFR: String?
    public var region: String
    /// The region as a code: a lower-case ISO 3166 country code (`fr`, `gb`, `us`), or `europe`,
    /// `north-america`, `global`, `unknown`.
    public var regionCode: String
    /// Who the figures are about, unless a distribution says otherwise.
    public var population: Population
    /// The sector in words: the English text, or the only one given.
    public var sector: String?
    /// The same in French, nil when the data gives one text only.
    public var sectorFR: String?
    public var method: StudyMethod
    public var provenance: Provenance
    public var citations: [Citation]

    /// The sample in words in the reader's language (the only text given when there is one).
    public func sampleDescription(french: Bool) -> String { french ? sampleDescriptionFR ?? sampleDescription : sampleDescription }

    /// The sector in words in the reader's language, nil when the study gives none.
    public func sector(french: Bool) -> String? { french ? sectorFR ?? sector : sector }

    /// True when the publication gives no date.
    public var isUndated: Bool { year == nil }

    public init(
        id: String, publisher: String, title: String, year: Int?, published: PublicationDate? = nil, sampleSize: Int?,
        sampleDescription: String, sampleDescriptionFR: String? = nil, region: String, regionCode: String = "unknown",
        population: Population = .unknown, sector: String? = nil, sectorFR: String? = nil, method: StudyMethod,
        provenance: Provenance, citations: [Citation]
    ) {
        self.id = id
        self.publisher = publisher
        self.title = title
        self.year = year
        self.published = published
        self.sampleSize = sampleSize
        self.sampleDescription = sampleDescription
        self.sampleDescriptionFR = sampleDescriptionFR
        self.region = region
        self.regionCode = regionCode
        self.population = population
        self.sector = sector
        self.sectorFR = sectorFR
        self.method = method
        self.provenance = provenance
        self.citations = citations
    }
}
