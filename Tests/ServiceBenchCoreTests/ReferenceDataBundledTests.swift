import Foundation
import Testing
@testable import ServiceBenchCore

/// The bundled `benchmarks-data/`: it loads, passes its schema and its sense checks, and holds the
/// figures of the source articles and the research file.
@Suite struct ReferenceDataBundledTests {

    func loaded() throws -> ReferenceData {
        do {
            return try ReferenceDataLoader.load(directory: ReferenceDataFixtures.bundledDirectory)
        } catch {
            Issue.record("bundled data does not load:\n\(error)")
            throw error
        }
    }

    @Test func bundledDataLoadsAndPassesItsSchema() throws {
        let data = try loaded()
        #expect(data.kpis.count == 39)
        #expect(data.studies.count >= 20)
        #expect(data.profiles.count >= 3)
    }

    @Test(arguments: [
        ("calls_offered", KPIUnit.count), ("answer_rate", .percent), ("abandon_rate", .percent), ("asa", .seconds),
        ("wait_p90", .seconds), ("service_level_20s", .percent), ("service_level_60s", .percent),
        ("email_response_time", .hours), ("email_answered_24h", .percent), ("chat_first_response_time", .seconds),
        ("aht", .seconds), ("fcr", .percent), ("resolution_time", .hours), ("transfer_rate", .percent),
        ("backlog_open", .count), ("backlog_age", .days), ("occupancy", .percent), ("contacts_per_agent_hour", .perHour),
        ("cost_per_contact", .euros), ("csat", .percent), ("nps", .points), ("ces", .score),
        ("survey_response_rate", .percent), ("qa_score_calls", .percent), ("qa_score_written", .percent),
        ("digital_share", .percent), ("selfcare_transfer_rate", .percent), ("channels_offered", .count),
        ("conversion_rate", .percent), ("calls_made", .count),
        ("measures_response_time", .boolean), ("measures_aht", .boolean), ("measures_satisfaction", .boolean),
        ("has_fcr_target", .boolean), ("measures_agent_quality", .boolean), ("email_auto_ack", .boolean),
        ("outsourcing", .category),
    ])
    func catalogueHasKPI(id: String, unit: KPIUnit) throws {
        let kpi = try #require(try loaded().kpi(id))
        #expect(kpi.unit == unit)
        #expect(!kpi.labelFR.isEmpty && !kpi.labelEN.isEmpty && !kpi.definitionFR.isEmpty && !kpi.definitionEN.isEmpty)
        #expect(kpi.minimum < kpi.maximum)
        #expect(kpi.kind == ((unit == .boolean || unit == .category) ? .practice : .measure))
        if [.seconds, .hours, .days].contains(unit) { #expect(kpi.scale == .logarithmic) } else { #expect(kpi.scale == .linear) }
    }

    @Test func catalogueDomainsAndDirections() throws {
        let data = try loaded()
        #expect(data.kpi("nps")?.minimum == -100 && data.kpi("nps")?.maximum == 100)
        #expect(data.kpi("ces")?.minimum == 1 && data.kpi("ces")?.maximum == 7 && data.kpi("ces")?.direction == .higherIsBetter)
        #expect(data.kpi("asa")?.maximum == 3600)
        #expect(data.kpi("email_response_time")?.maximum == 720)
        #expect(data.kpi("occupancy")?.direction == .targetBand)
        #expect(data.kpi("outsourcing")?.options == ["none", "partial", "full"])
        #expect(data.kpi("answer_rate")?.definitionFR.contains("taux de décroché") == true)
        #expect(data.kpi("qa_score_calls")?.definitionFR.contains("notes d’écoute") == true)
        #expect(data.kpi("qa_score_written")?.definitionFR.contains("notes sur picking") == true)
        #expect(data.kpi("fcr")?.definitionFR.contains("Once & Done") == true)
    }

    @Test func everyStudyAndFigureCitesASource() throws {
        let data = try loaded()
        for study in data.studies {
            #expect(!study.citations.isEmpty && study.citations.allSatisfy { !$0.reference.isEmpty }, "\(study.id)")
        }
        let citations = data.distributions.map(\.citation) + data.adoptionRates.map(\.citation)
            + data.figures.map(\.citation) + data.targets.map(\.citation)
        for citation in citations {
            #expect(!citation.reference.isEmpty)
        }
    }

    /// Every source article with figures is cited by its address where one was found (ebos.lu's, for the
    /// Easiware 2017 benchmark), else by its publisher and title (`article="true"`), never by its number
    /// in the shared sources nor by a file name.
    @Test func theEasiwareArticleIsCitedByItsAddress() throws {
        let data = try loaded()
        let ebos = data.distributions.filter { $0.studyID == "easiware-2017" }.map(\.citation)
        #expect(!ebos.isEmpty && ebos.allSatisfy { $0.reference.hasPrefix("http") || $0.via != nil })
        #expect(data.studies.flatMap(\.citations).contains { $0.reference == "http://ebos.lu/benchmark-2017-kpis-de-relation-client" && $0.via == "ebos.lu" })
    }

    @Test(arguments: ["Les KPI du service client en 2016", "Comment mesurer la Fidélité des Clients", "KPI Call Center : mesurez la performance"])
    func everySourceArticleIsCited(title: String) throws {
        let data = try loaded()
        let citations = data.studies.flatMap(\.citations) + data.targets.map(\.citation)
            + data.figures.map(\.citation) + data.distributions.map(\.citation)
        #expect(citations.contains { $0.isArticle && $0.reference.replacingOccurrences(of: "\u{00A0}", with: " ").contains(title) && $0.reference.contains("«") })
        #expect(!citations.contains { $0.reference.hasSuffix(".txt") || $0.reference.contains("(source") })
    }

    struct PointCase: Sendable, CustomTestStringConvertible {
        var distribution: String
        var points: [CDFPoint]
        var mean: Double?
        var testDescription: String { distribution }
    }

    @Test(arguments: [
        PointCase(distribution: "easiware-2017-asa", points: [CDFPoint(value: 30, share: 0.5)], mean: nil),
        PointCase(distribution: "easiware-2017-email-response-time", points: [CDFPoint(value: 6, share: 0.25), CDFPoint(value: 24, share: 0.68)], mean: nil),
        PointCase(distribution: "easiware-2017-csat", points: [CDFPoint(value: 80, share: 0.35)], mean: nil),
        PointCase(distribution: "easiware-2016-email-response-time", points: [CDFPoint(value: 24, share: 0.52)], mean: nil),
        PointCase(distribution: "contactbabel-uk-2016-asa", points: [CDFPoint(value: 20.5, share: 0.5)], mean: 35.2),
        PointCase(distribution: "contactbabel-uk-2016-abandon-rate", points: [CDFPoint(value: 4.5, share: 0.5)], mean: 5.6),
        PointCase(distribution: "sqm-fcr-2022-fcr", points: [CDFPoint(value: 80, share: 0.95)], mean: 70),
        PointCase(distribution: "zendesk-chat-2015-first-response", points: [CDFPoint(value: 96, share: 0.5)], mean: nil),
        PointCase(distribution: "easiware-2017-asa-small", points: [], mean: 10),
        PointCase(distribution: "talkdesk-2015-asa", points: [], mean: 4.3),
        PointCase(distribution: "contactbabel-uk-2023-abandon-rate", points: [], mean: 9.1),
        PointCase(distribution: "contactbabel-uk-2024-asa", points: [], mean: 116),
    ])
    func publishedPoints(_ expected: PointCase) throws {
        let distribution = try #require(try loaded().distributions.first { $0.id == expected.distribution })
        #expect(distribution.points == expected.points)
        #expect(distribution.mean == expected.mean)
    }

    @Test func segmentsAreSeparateDistributions() throws {
        let data = try loaded()
        let easiwareASA = data.distributions(for: "asa").filter { $0.studyID == "easiware-2017" }
        #expect(easiwareASA.count == 2)
        #expect(easiwareASA.first { $0.segment == nil }?.points == [CDFPoint(value: 30, share: 0.5)])
        #expect(easiwareASA.first { $0.segment == "≤ 50 salariés" }?.mean == 10)
    }

    @Test func sqmBands() throws {
        let fcr = try #require(try loaded().distributions.first { $0.id == "sqm-fcr-2022-fcr" })
        #expect(fcr.bands == [
            ValueBand(label: "low", lower: nil, upper: 69), ValueBand(label: "good", lower: 70, upper: 79),
            ValueBand(label: "world-class", lower: 80, upper: nil),
        ])
    }

    @Test func industrySamples() throws {
        let data = try loaded()
        let zendesk = try #require(data.distributions.first { $0.id == "zendesk-csat-2012-csat" })
        #expect(zendesk.sample.count == 19)
        #expect(zendesk.sampleUnit == "industries")
        #expect(zendesk.mean == 86)
        #expect(zendesk.sample.max() == 96 && zendesk.sample.min() == 77)
        #expect(zendesk.median == 91)
        #expect(data.study("zendesk-csat-2012")?.method == .telemetry)
        let talkdesk = try #require(data.distributions.first { $0.id == "talkdesk-2015-abandon-rate" })
        #expect(talkdesk.sample.sorted() == [10, 12, 13, 15, 16])
        #expect(talkdesk.mean == 12)
        #expect(talkdesk.sampleUnit == "industries")
        #expect(data.study("talkdesk-2015")?.method == .telemetry)
    }

    @Test(arguments: [
        ("easiware-2017", "asa", nil as String?, 0.87), ("easiware-2017", "measures_response_time", nil, 0.87),
        ("easiware-2017", "aht", nil, 0.78), ("easiware-2017", "measures_aht", nil, 0.78),
        ("easiware-2017", "has_fcr_target", nil, 0.50), ("easiware-2017", "fcr", nil, 0.50),
        ("easiware-2016", "has_fcr_target", nil, 0.63),
        ("easiware-2017", "measures_satisfaction", nil, 0.73), ("easiware-2017", "csat", nil, 0.73),
        ("easiware-2017", "nps", nil, 0.73), ("easiware-2017", "ces", nil, 0.73),
        ("easiware-2017", "measures_agent_quality", nil, 0.73), ("easiware-2017", "qa_score_calls", nil, 0.73),
        ("easiware-2017", "qa_score_written", nil, 0.73), ("easiware-2017", "email_auto_ack", nil, 0.59),
        ("easiware-2017", "outsourcing", "none", 0.60), ("easiware-2017", "outsourcing", "partial", 0.29),
        ("easiware-2017", "outsourcing", "full", 0.11),
    ])
    func adoptionRate(study: String, kpi: String, option: String?, share: Double) throws {
        let rates = try loaded().adoptionRates(for: kpi).filter { $0.studyID == study && $0.option == option }
        #expect(rates.map(\.share) == [share])
    }

    @Test(arguments: [
        ("easiware-2017-chatbot-interest", 6.6), ("easiware-2017-prefer-human", 79.0),
        ("easiware-2017-outsourcing-channels", 45), ("easiware-2017-outsourcing-levels", 39),
        ("easiware-2017-outsourcing-periods", 53), ("easiware-2017-facebook-share", 6), ("easiware-2017-twitter-share", 4.5),
        ("easiware-2017-response-rate-ob-call", 70), ("easiware-2017-response-rate-email", 10),
        ("cmcom-emotions-2022-several-channels", 53), ("forceplus-third-ring", 95), ("forceplus-best-satisfaction", 95),
        ("forceplus-sla-example", 80), ("kpi-guide-2016-rings", 3), ("cmcom-kpi-guide-2022-good-nps", 50),
    ])
    func publishedFigure(id: String, value: Double) throws {
        let figure = try #require(try loaded().figures.first { $0.id == id })
        #expect(figure.value == value)
        #expect(!figure.statementFR.isEmpty && !figure.statementEN.isEmpty)
    }

    @Test(arguments: [
        ("technical-hotline", "answer_rate", TargetComparator.atLeast, 95.0), ("general-inbound", "answer_rate", .atLeast, 80),
        ("technical-hotline", "asa", .atMost, 60), ("general-inbound", "service_level_60s", .atLeast, 80),
        ("outbound-sales", "nps", .atLeast, 50), ("technical-hotline", "csat", .atLeast, 95),
    ])
    func targetForProfile(profile: String, kpi: String, comparator: TargetComparator, threshold: Double) throws {
        let data = try loaded()
        let targets = data.targets(for: kpi, profile: profile)
        #expect(targets.count == 1)
        #expect(targets.first?.comparator == comparator && targets.first?.threshold == threshold)
        #expect((targets.first?.tolerance ?? -1) >= 0)
        #expect(targets.first?.studyID.flatMap { data.study($0) } != nil)
    }

    @Test func profilesHaveFiveToSevenHeadlineKPIs() throws {
        let data = try loaded()
        for id in ["technical-hotline", "general-inbound", "outbound-sales"] {
            #expect(data.profile(id) != nil, "\(id)")
        }
        for profile in data.profiles {
            #expect((5...7).contains(profile.headlineKPIs.count), "\(profile.id)")
            #expect(profile.headlineKPIs.allSatisfy { data.kpi($0) != nil })
        }
    }

    @Test func studiesAreNewestFirstAndLoadingIsDeterministic() throws {
        let first = try loaded()
        let second = try loaded()
        #expect(first.studies == second.studies)
        #expect(first.distributions == second.distributions)
        #expect(first.figures == second.figures)
        // Undated studies (year nil) come last.
        let years = first.studies.map { $0.year ?? Int.min }
        #expect(years == years.sorted(by: >))
    }
}
