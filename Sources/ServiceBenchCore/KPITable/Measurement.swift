/// A company's value of one KPI in one period, and where it was read.
public struct Measurement: Sendable, Hashable {
    public var company: String
    public var period: Period
    /// The KPI id of the catalogue.
    public var kpi: String
    /// The value in the KPI's unit (percentages 0–100). For a practice: 1 = yes, 0 = no.
    public var value: Double
    /// For a `category` practice, the option (`partial`).
    public var option: String?
    /// The KPI's variant the value is (`transactional` NPS), when the input says or the raw export
    /// implies it; nil = the catalogue's default variant.
    public var variant: String?
    /// Where the value was read (file, line, column), for messages.
    public var location: SourceLocation?
    /// What the value was counted on (n, and the NPS's shares or a mean's standard deviation), when
    /// the input knows it: a raw export always, a KPI table where it gives `n`. Nil = unknown.
    public var sample: MeasurementSample? {
        get { sampleBox?.sample }
        set { sampleBox = newValue.map(SampleBox.init) }
    }
    /// `sample` held out of line: 8 bytes in every measurement instead of 32, most having none (a
    /// 10,000-company panel holds millions of measurements).
    private var sampleBox: SampleBox?

    public init(
        company: String, period: Period, kpi: String, value: Double, option: String? = nil, variant: String? = nil,
        location: SourceLocation? = nil, sample: MeasurementSample? = nil
    ) {
        self.company = company
        self.period = period
        self.kpi = kpi
        self.value = value
        self.option = option
        self.variant = variant
        self.location = location
        self.sample = sample
    }
}

/// A measurement's sample, boxed; compared and hashed by value.
final class SampleBox: Sendable, Hashable {
    let sample: MeasurementSample

    init(_ sample: MeasurementSample) { self.sample = sample }

    static func == (lhs: SampleBox, rhs: SampleBox) -> Bool { lhs.sample == rhs.sample }

    func hash(into hasher: inout Hasher) { hasher.combine(sample) }
}

/// What is known of a company besides its measurements: the profile selects targets, sector and size
/// select segment references.
public struct CompanyInfo: Sendable, Hashable {
    public var name: String
    public var profile: String?
    public var sector: String?
    public var size: String?
    /// The company's country, a lower-case ISO 3166 code (`fr`): studies of its region come first.
    public var country: String?

    public init(name: String, profile: String? = nil, sector: String? = nil, size: String? = nil, country: String? = nil) {
        self.name = name
        self.profile = profile
        self.sector = sector
        self.size = size
        self.country = country
    }
}

/// A row or record left out of the computation, and why (for the report's data quality section).
public struct RejectedRecord: Sendable, Hashable {
    /// A short stable reason code (`bad-timestamp`, `answer-before-entry`).
    public var reason: String
    public var message: String
    public var location: SourceLocation

    public init(reason: String, message: String, location: SourceLocation) {
        self.reason = reason
        self.message = message
        self.location = location
    }
}

/// The data quality facts of one input: how much was read, what was rejected and why.
public struct DataQuality: Sendable, Hashable {
    /// Which input this is (`calls.csv`).
    public var source: String
    /// The company the facts are about, nil when they concern the whole input.
    public var company: String?
    public var recordsRead: Int
    /// Rejected records by reason, with the count and the first few examples.
    public var rejections: [String: (count: Int, examples: [RejectedRecord])]
    /// Other observations ("12 calls still in progress at the end of the file", "3 unknown events").
    public var notes: [String]

    public init(source: String, company: String? = nil, recordsRead: Int = 0, notes: [String] = []) {
        self.source = source
        self.company = company
        self.recordsRead = recordsRead
        self.rejections = [:]
        self.notes = notes
    }

    /// Number of examples kept per reason.
    public static let examplesPerReason = 3

    public mutating func reject(_ record: RejectedRecord) {
        var entry = rejections[record.reason] ?? (0, [])
        entry.count += 1
        if entry.examples.count < Self.examplesPerReason { entry.examples.append(record) }
        rejections[record.reason] = entry
    }

    public var rejectedCount: Int { rejections.values.reduce(0) { $0 + $1.count } }

    public static func == (lhs: DataQuality, rhs: DataQuality) -> Bool {
        lhs.source == rhs.source && lhs.recordsRead == rhs.recordsRead && lhs.notes == rhs.notes
            && lhs.rejections.keys.sorted() == rhs.rejections.keys.sorted()
            && lhs.rejections.allSatisfy { key, value in rhs.rejections[key].map { $0.count == value.count && $0.examples == value.examples } ?? false }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(recordsRead)
        hasher.combine(rejectedCount)
    }
}

/// Measurements of one or more companies over one or more periods, with company facts and data quality.
public struct KPITable: Sendable {
    public var measurements: [Measurement]
    public var companies: [String: CompanyInfo]
    public var quality: [DataQuality]
    /// Where each company's profile, sector and size were given (company → attribute → cell), for
    /// the messages of `merge`.
    public var companyOrigins: [String: [String: SourceLocation]]

    public init(
        measurements: [Measurement] = [], companies: [String: CompanyInfo] = [:], quality: [DataQuality] = [],
        companyOrigins: [String: [String: SourceLocation]] = [:]
    ) {
        self.measurements = measurements
        self.companies = companies
        self.quality = quality
        self.companyOrigins = companyOrigins
    }

    /// Company names in order of first appearance.
    public var companyNames: [String] {
        var seen = Set<String>()
        var names: [String] = []
        for measurement in measurements where seen.insert(measurement.company).inserted {
            names.append(measurement.company)
        }
        return names
    }

    /// The periods a company has values for, oldest first.
    public func periods(of company: String) -> [Period] {
        Array(Set(measurements.lazy.filter { $0.company == company }.map(\.period))).sorted()
    }
}
