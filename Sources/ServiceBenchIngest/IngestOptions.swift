import ServiceBenchCore

/// The kind of raw export read by `RawExportIngester`.
package enum RawExportKind: String, Sendable, CaseIterable {
    case calls
    case queueLog = "queue-log"
    case tickets
    case surveys
}

/// How records are grouped in time: each record falls in the period of its start (call entry, ticket
/// creation, survey submission), in local time.
package enum PeriodGrouping: String, Sendable, CaseIterable {
    case quarter, month
    /// One period for the whole input, labelled by the year of the latest record (a note says so when
    /// the data spans several years).
    case none
}

/// How timestamps are written in a CSV export.
package enum TimeFormat: String, Sendable, CaseIterable {
    /// Each value is recognised by its shape: ISO 8601, `dd/MM/yyyy HH:mm:ss`, or epoch seconds.
    case auto
    /// `yyyy-MM-ddTHH:mm:ss[.fff](Z|±hh:mm|±hhmm)`, `T` or a space between date and time. Without an
    /// offset the time is local to `--timezone` (UTC when none is given).
    case iso8601
    /// `dd/MM/yyyy HH:mm[:ss]` local time in `--timezone` (UTC when none is given).
    case dayMonthYear = "dmy"
    /// Unix epoch seconds, optionally with a fraction (`1767254400.250`).
    case epoch
}

/// Options of one ingestion; every field has a default that suits a plain calls CSV.
package struct IngestOptions: Sendable {
    /// The company name written in every measurement.
    package var company: String
    package var period: PeriodGrouping
    /// When set, every record is placed in this period whatever its date (an export covering exactly
    /// one period, or without dates); `period` is then ignored.
    package var fixedPeriod: Period?
    /// Also compute every call KPI per queue; the queue's figures go under the company name
    /// `"<company> / <queue>"` next to the company's overall figures.
    package var byQueue: Bool
    /// Service-level thresholds T in whole seconds (`service_level_<T>s`).
    package var serviceLevelThresholds: [Int]
    package var serviceLevelFormula: ServiceLevelFormula
    /// Abandons that waited less than this many seconds are "short abandons" (for `exclude-short-abandons`).
    package var shortAbandonSeconds: Int
    /// Skip bad records (counted by reason in the data quality) instead of stopping at the first.
    package var skipInvalid: Bool
    /// Export column names by field, e.g. `["enter_ts": "StartTime"]`; see `ColumnMapping`.
    package var columns: ColumnMapping
    package var timeFormat: TimeFormat
    /// IANA time zone (`Europe/Paris`) for local times: the period and hour of each record, and the
    /// meaning of timestamps written without an offset. Nil: UTC, or the offset written in each ISO timestamp.
    package var timeZone: String?
    /// Gather the breakdowns inside a company's report (`CallBreakdown`: by queue and agent, the
    /// longest waits) while reading calls. `kpis`, which prints none, leaves it off: the per-call
    /// work it adds (a queue and an agent looked up, their tallies) costs a quarter of a calls CSV's
    /// read time.
    package var breakdowns = true
    /// Number of threads used on large inputs (1 or 2). Results are identical either way.
    package var threads: Int
    /// Inputs smaller than this many bytes are read on one thread.
    package var parallelThresholdBytes: Int
    /// Print progress on standard error (the caller decides, e.g. when standard error is a terminal).
    package var progress: Bool
    /// With `skipInvalid`, the largest share of a file's records that may be rejected (0.01 = 1 %);
    /// beyond it the ingestion fails with the counts by reason (`RejectionBound`).
    package var maximumRejectedFraction: Double
    /// The unit of durations written as bare numbers (`wait_s`, `first_response_min` …).
    package var durationUnit: DurationUnit = .natural
    /// False for an export without a header line (Asterisk's `Master.csv`): columns are `#1`, `#2` ….
    package var hasHeader = true
    /// The words of the `outcome` column (a preset's, else the built-in ones).
    var outcomes = OutcomeWords.builtIn
    /// The words of the `direction` column that mean an inbound call.
    var inbound = WordList(["inbound", "incoming", "in", "entrant", "entrante", "entrant(e)", "appel entrant"])
    /// The words of the tickets' `channel` column.
    var channels = ChannelWords.builtIn
    /// A surveys export without a `type` column: the type of every response (a preset's `survey-type`).
    var surveyType: SurveyType?
    /// Scores written as words (`Good` = 5), a preset's `score` settings.
    var scoreWords: [(words: WordList, score: Int)] = []
    /// The words of a survey offered but not answered (`Offered`); with them, an empty score is one too.
    var noResponse = WordList()
    /// What the preset says its export cannot give, written in each file's data quality.
    package var presetNotes: [String] = []
    /// What the readers may hold at once (tests lower them).
    var limits = IngestLimits()

    package init(
        company: String = "Company",
        period: PeriodGrouping = .quarter,
        byQueue: Bool = false,
        serviceLevelThresholds: [Int] = [20],
        serviceLevelFormula: ServiceLevelFormula = .offered,
        shortAbandonSeconds: Int = 5,
        skipInvalid: Bool = false,
        maximumRejectedFraction: Double = 0.01,
        columns: ColumnMapping = ColumnMapping(),
        timeFormat: TimeFormat = .auto,
        timeZone: String? = nil,
        threads: Int = 2,
        parallelThresholdBytes: Int = 8 << 20,
        progress: Bool = false
    ) {
        self.company = company
        self.period = period
        self.fixedPeriod = nil
        self.byQueue = byQueue
        self.serviceLevelThresholds = serviceLevelThresholds
        self.serviceLevelFormula = serviceLevelFormula
        self.shortAbandonSeconds = shortAbandonSeconds
        self.skipInvalid = skipInvalid
        self.maximumRejectedFraction = maximumRejectedFraction
        self.columns = columns
        self.timeFormat = timeFormat
        self.timeZone = timeZone
        self.threads = threads
        self.parallelThresholdBytes = parallelThresholdBytes
        self.progress = progress
    }
}
