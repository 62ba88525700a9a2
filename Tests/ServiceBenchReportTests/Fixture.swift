import Foundation
import ServiceBenchCore
import ServiceBenchStaffing
@testable import ServiceBenchReport

/// A hand-built panel that fills every field a template can show: targets met, near and missed,
/// exact and approximate positions, a mean-only study, bands and segments, peers with a small panel,
/// trends in every direction, unmeasured KPIs with and without adoption rates, rejected rows, staffing.
enum Fixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = packageRoot.appendingPathComponent("templates").path

    static let easiware = Study(
        id: "easiware-2017", publisher: "Easiware", title: "Baromètre de la relation client 2017", year: 2017, sampleSize: 300,
        sampleDescription: "≈ 300 marques françaises", region: "France", regionCode: "fr", population: .brands, method: .declared, provenance: .secondHand,
        citations: [Citation(reference: "easiware-benchmark-2017.md", quote: "50 % des marques répondent en moins de 30 secondes")])
    static let zendesk = Study(
        id: "zendesk-2023", publisher: "Zendesk", title: "CX Trends & Benchmark", year: 2023, sampleSize: nil,
        sampleDescription: "customers of the Zendesk platform, by industry", region: "World", regionCode: "global", sector: "all sectors", method: .telemetry,
        provenance: .firstHand, citations: [Citation(reference: "https://www.zendesk.com/benchmark/", quote: "Average CSAT across industries is 89 %")])
    static let sqm = Study(
        id: "sqm-2022", publisher: "SQM Group", title: "FCR benchmark", year: 2022, sampleSize: 500, sampleDescription: "North American call centres",
        region: "North America", regionCode: "north-america", population: .contactCentres, method: .consumerSurvey, provenance: .secondHand, citations: [Citation(reference: "https://www.sqmgroup.com/fcr", quote: "")])

    static let answerRate = KPIDefinition(
        id: "answer_rate", labelFR: "Taux de décroché", labelEN: "Answer rate", definitionFR: "Part des appels présentés qui sont décrochés.",
        definitionEN: "Share of offered calls that are answered.", unit: .percent, direction: .higherIsBetter, dimension: .inbound,
        minimum: 0, maximum: 100, headline: true)
    static let waitTime = KPIDefinition(
        id: "wait_time", labelFR: "Temps d’attente moyen", labelEN: "Average waiting time", definitionFR: "Attente moyenne avant décroché.",
        definitionEN: "Mean wait before an answer.", unit: .seconds, direction: .lowerIsBetter, dimension: .inbound, scale: .logarithmic,
        minimum: 0, maximum: 3600, headline: true)
    static let aht = KPIDefinition(
        id: "aht", labelFR: "DMT", labelEN: "Average handle time", definitionFR: "Durée moyenne de traitement, après-appel compris.",
        definitionEN: "Talk time plus wrap-up.", unit: .seconds, direction: .lowerIsBetter, dimension: .productivity, scale: .logarithmic,
        minimum: 0, maximum: 7200)
    static let fcr = KPIDefinition(
        id: "fcr", labelFR: "Résolution au premier contact", labelEN: "First-contact resolution", definitionFR: "Part des demandes résolues au premier contact.",
        definitionEN: "Share of requests resolved at the first contact.", unit: .percent, direction: .higherIsBetter, dimension: .handling,
        minimum: 0, maximum: 100, headline: true)
    static let nps = KPIDefinition(
        id: "nps", labelFR: "NPS", labelEN: "NPS", definitionFR: "Promoteurs moins détracteurs.", definitionEN: "Promoters minus detractors.",
        unit: .points, direction: .higherIsBetter, dimension: .satisfaction, minimum: -100, maximum: 100, headline: true)
    static let csat = KPIDefinition(
        id: "csat", labelFR: "Satisfaction (CSAT)", labelEN: "Satisfaction (CSAT)", definitionFR: "Part des notes 4 ou 5 sur 5.",
        definitionEN: "Share of ratings 4 or 5 out of 5.", unit: .percent, direction: .higherIsBetter, dimension: .satisfaction, minimum: 0, maximum: 100)
    static let backlog = KPIDefinition(
        id: "backlog_age", labelFR: "Ancienneté de l’encours", labelEN: "Backlog age", definitionFR: "Âge moyen des demandes en attente.",
        definitionEN: "Mean age of pending requests.", unit: .days, direction: .lowerIsBetter, dimension: .backlog, minimum: 0, maximum: 365)
    static let volume = KPIDefinition(
        id: "calls_offered", labelFR: "Appels présentés", labelEN: "Calls offered", definitionFR: "Nombre d’appels présentés.",
        definitionEN: "Number of calls offered.", unit: .count, direction: .higherIsBetter, dimension: .inbound, minimum: 0, maximum: 1e9)
    static let acknowledgement = KPIDefinition(
        id: "auto_acknowledgement", kind: .practice, labelFR: "Accusé de réception automatique", labelEN: "Automatic acknowledgement",
        definitionFR: "Un accusé de réception est envoyé à chaque demande écrite.", definitionEN: "Every written request gets an acknowledgement.",
        unit: .boolean, direction: .higherIsBetter, dimension: .practices, minimum: 0, maximum: 1)
    static let ces = KPIDefinition(
        id: "ces", labelFR: "Effort client (CES)", labelEN: "Customer effort (CES)", definitionFR: "Effort perçu, de 1 à 7.",
        definitionEN: "Perceived effort, 1 to 7.", unit: .score, direction: .lowerIsBetter, dimension: .satisfaction, minimum: 1, maximum: 7)
    static let monitoring = KPIDefinition(
        id: "call_monitoring", labelFR: "Notes d’écoute", labelEN: "Call monitoring score", definitionFR: "Note moyenne des écoutes qualité.",
        definitionEN: "Mean score of quality monitoring.", unit: .percent, direction: .higherIsBetter, dimension: .quality, minimum: 0, maximum: 100)
    static let occupancy = KPIDefinition(
        id: "occupancy", labelFR: "Taux d’occupation", labelEN: "Occupancy", definitionFR: "Temps en traitement sur temps connecté.",
        definitionEN: "Handling time over logged-in time.", unit: .percent, direction: .targetBand, dimension: .productivity, minimum: 0, maximum: 100)

    static let profile = ServiceProfile(
        id: "general-inbound", labelFR: "Appels entrants généralistes", labelEN: "General inbound calls",
        headlineKPIs: ["answer_rate", "wait_time", "fcr", "nps", "csat"])

    static let answerDistribution = ReferenceDistribution(
        id: "easiware-answer-rate", studyID: "easiware-2017", kpi: "answer_rate",
        points: [CDFPoint(value: 80, share: 0.25), CDFPoint(value: 90, share: 0.5), CDFPoint(value: 95, share: 0.75)],
        citation: Citation(reference: "easiware-benchmark-2017.md", quote: "la moitié des marques décrochent 90 % des appels"),
        note: "Chiffres déclarés par les marques.")
    static let answerTarget = Target(
        id: "answer-80", profile: "general-inbound", kpi: "answer_rate", comparator: .atLeast, threshold: 80, tolerance: 5,
        studyID: "easiware-2017", citation: Citation(reference: "taux-de-decroche.md", quote: "un taux de décroché d’au moins 80 %"))
    static let waitTarget = Target(
        id: "wait-60", profile: "all", kpi: "wait_time", comparator: .atMost, threshold: 60, tolerance: 10,
        citation: Citation(reference: "https://example.org/norme-attente", quote: "moins de 60 secondes"))
    static let npsTarget = Target(
        id: "nps-50", profile: "all", kpi: "nps", comparator: .atLeast, threshold: 50, tolerance: 10,
        citation: Citation(reference: "https://example.org/nps", quote: "NPS ≥ 50 is good"))
    static let occupancyTarget = Target(
        id: "occupancy-band", profile: "all", kpi: "occupancy", comparator: .between, threshold: 75, upper: 85, tolerance: 3,
        citation: Citation(reference: "https://example.org/occupancy", quote: "75–85 %"))

    static let reference = ReferenceData(
        kpis: [volume, answerRate, waitTime, aht, fcr, nps, csat, backlog, acknowledgement, ces, monitoring, occupancy],
        studies: [easiware, zendesk, sqm], distributions: [answerDistribution], adoptionRates: [],
        profiles: [profile], targets: [answerTarget, waitTarget, npsTarget, occupancyTarget])

    static func distribution(_ study: Study, _ kpi: KPIDefinition, mean: Double? = nil, median: Double? = nil, segment: String? = nil, variant: String? = nil) -> ReferenceDistribution {
        ReferenceDistribution(
            id: "\(study.id)-\(kpi.id)", studyID: study.id, kpi: kpi.id, segment: segment,
            points: median.map { [CDFPoint(value: $0, share: 0.5)] } ?? [], mean: mean, formulaVariant: variant,
            citation: study.citations[0])
    }

    /// A company's comparison; `name` and `scale` vary the values so a panel has distinct companies.
    static func comparison(name: String = "Société Générale d’Assurances", shift: Double = 0, panelSize: Int = 12, rank: Int = 3) -> CompanyComparison {
        let peers = PeerRank(rank: rank, count: panelSize, percentile: 100 * Double(panelSize - rank) / Double(max(panelSize - 1, 1)))
        let period = Period(year: 2026, quarter: 1), previous = Period(year: 2025, quarter: 4)
        let results: [KPIComparison] = [
            KPIComparison(kpi: volume, value: 123_456 + shift * 1000, target: nil, references: [], peers: peers, trend: nil),
            KPIComparison(
                kpi: answerRate, value: 91.2 - shift, target: TargetResult(target: answerTarget, status: .met),
                references: [ReferencePosition(study: easiware, distribution: answerDistribution, position: PositionEstimate(estimate: 62, low: 60, high: 64), band: nil)],
                peers: peers, trend: Trend(previousPeriod: previous, previous: 88.4, delta: 2.8 - shift, change: .improved)),
            KPIComparison(
                kpi: waitTime, value: 96 + shift * 10, target: TargetResult(target: waitTarget, status: .missed),
                references: [ReferencePosition(study: easiware, distribution: distribution(easiware, waitTime, median: 30), position: PositionEstimate(estimate: 31.5, low: 12, high: 50), band: nil)],
                peers: peers, trend: Trend(previousPeriod: previous, previous: 84, delta: 12, change: .worsened)),
            KPIComparison(
                kpi: aht, value: 272, target: nil,
                references: [ReferencePosition(study: zendesk, distribution: distribution(zendesk, aht, mean: 300, median: 290), position: PositionEstimate(estimate: 55, low: 50, high: 58), band: nil)],
                peers: peers, trend: Trend(previousPeriod: previous, previous: 272, delta: 0, change: .unchanged)),
            KPIComparison(
                kpi: occupancy, value: 83, target: TargetResult(target: occupancyTarget, status: .met), references: [], peers: nil, trend: nil),
            KPIComparison(
                kpi: fcr, value: 74.5, target: nil,
                references: [ReferencePosition(study: sqm, distribution: distribution(sqm, fcr, median: 70, segment: "Assurance", variant: "résolu sans rappel sous 7 jours"), position: PositionEstimate(estimate: 58, low: 50, high: 75), band: "bon")],
                peers: PeerRank(rank: 2, count: 4, percentile: 66.7), trend: nil),
            KPIComparison(
                kpi: nps, value: 42 + shift, target: TargetResult(target: npsTarget, status: .near), references: [],
                peers: peers, trend: Trend(previousPeriod: previous, previous: 38, delta: 4, change: .improved)),
            KPIComparison(
                kpi: csat, value: 1234.5, target: nil,
                references: [ReferencePosition(study: zendesk, distribution: distribution(zendesk, csat, mean: 89), position: nil, band: nil)],
                peers: nil, trend: nil),
            KPIComparison(kpi: backlog, value: 2.5, target: nil, references: [], peers: peers, trend: Trend(previousPeriod: previous, previous: 3, delta: -0.5, change: .improved)),
            KPIComparison(kpi: acknowledgement, value: 1, target: nil, references: [], peers: nil, trend: nil),
        ]
        let adoption = AdoptionRate(id: "easiware-ces", studyID: "easiware-2017", kpi: "ces", share: 0.22, citation: Citation(reference: "easiware-benchmark-2017.md", quote: "22 % des marques mesurent l’effort client"))
        let adoptionFull = AdoptionRate(id: "sqm-monitoring", studyID: "sqm-2022", kpi: "call_monitoring", option: "full", share: 0.59, citation: Citation(reference: "https://www.sqmgroup.com/fcr", quote: "59 %"))
        var quality = DataQuality(source: "calls.csv", recordsRead: 10_482, notes: ["12 appels encore en cours à la fin du fichier"])
        quality.reject(RejectedRecord(reason: "answer-before-entry", message: "answer_ts precedes enter_ts", location: SourceLocation(file: "calls.csv", line: 17, column: 4)))
        quality.reject(RejectedRecord(reason: "bad-timestamp", message: "'2026-13-01' is not a date", location: SourceLocation(file: "calls.csv", line: 230, column: 3)))
        quality.reject(RejectedRecord(reason: "bad-timestamp", message: "empty enter_ts", location: SourceLocation(file: "calls.csv", line: 231, column: 3)))
        return CompanyComparison(
            company: CompanyInfo(name: name, profile: "general-inbound"), period: period, profile: profile, results: results,
            unmeasured: [
                UnmeasuredKPI(kpi: ces, adoption: [(rate: adoption, study: easiware)]),
                UnmeasuredKPI(kpi: monitoring, adoption: [(rate: adoptionFull, study: sqm)]),
                UnmeasuredKPI(kpi: KPIDefinition(id: "digital_share", labelFR: "Part du digital", labelEN: "Digital share", definitionFR: "d", definitionEN: "d", unit: .percent, direction: .higherIsBetter, dimension: .digital, minimum: 0, maximum: 100), adoption: []),
            ],
            panelSize: panelSize, quality: [quality])
    }

    static let staffing = StaffingReportData(
        rows: [
            .init(label: "08:00", calls: 120, averageHandleSeconds: 272, agentsNeeded: 12, observedServiceLevel: 71.5),
            .init(label: "09:00", calls: 310, averageHandleSeconds: 265, agentsNeeded: 27, observedServiceLevel: 58),
            .init(label: "10:00", calls: 280, averageHandleSeconds: 281, agentsNeeded: 25, observedServiceLevel: nil),
        ], targetShare: 80, targetSeconds: 20)

    static func writer(
        _ language: ReportLanguage = .fr, _ format: MarkupFormat = .html, date: String? = "2026-04-02", document: ReportOptions.Document = .report
    ) throws -> ReportWriter {
        try ReportWriter(
            templatesDirectory: templates, reference: reference,
            options: ReportOptions(document: document, language: language, format: format, date: date))
    }

    static let panel: [CompanyComparison] = [
        comparison(),
        comparison(name: "<script>alert(\"x\")</script> & \"Fils\"", shift: 3, rank: 7),
        comparison(name: "Télé-Assistance Ouest", shift: -1.5, rank: 1),
    ]
}

extension ReportView {
    /// A report view with nothing in it but its language (an HTML report, not XHTML): for the tests
    /// of templates that name only a few members.
    static func minimal(lang: String) -> ReportView {
        ReportView(
            lang: lang, isXHTML: false, title: "", company: "", period: "", dateText: nil, dateISO: nil, profileLabel: nil, panelText: "",
            panelWarning: nil, peerGroupNote: nil, keyMessages: [], hasKeyMessages: false, toc: [], summary: nil, priorities: nil, dimensions: [], maturity: nil, staffing: nil, quality: nil,
            methodology: MethodologyView(studies: [], hasStudies: false))
    }
}
