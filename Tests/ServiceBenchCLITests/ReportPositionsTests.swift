import Foundation
import Testing

/// The positions of `servicebench report --format json` on the bundled studies: estimates only where
/// the published facts identify one, other variants as context, references best-first.
@Suite struct ReportPositionsTests {
    typealias R = ReportCommandTests

    static func report(_ table: String, _ extra: [String] = []) throws -> [String: Any] {
        let run = try CommandRunner.run(["report", "-", "--format", "json"] + extra, stdin: Array(table.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        return try R.json(run)
    }

    /// The issue's worked check: ContactBabel UK 2016 abandonment (mean 5.6 %, median 4.5 %, n = 216) and a
    /// company at 9.4 %: log-normal F(9.4) ≈ 0.87, about the 13th percentile, bounds [0, 50].
    @Test func contactBabelAbandonmentIsFittedLogNormal() throws {
        let report = try Self.report("company,period,kpi,value\nX,2026-Q1,abandon_rate,9.4\n")
        let result = try R.result(report, "abandon_rate")
        let reference = try R.reference(result, study: "contactbabel-uk-2016")
        let percentile = try #require(reference["percentile"] as? Double)
        #expect(abs(percentile - 13) <= 0.5)
        #expect(reference["low"] as? Double == 0 && reference["high"] as? Double == 50)
        #expect(reference["estimate_basis"] as? String == "fitted")
        #expect(reference["region"] as? String == "gb")
        #expect(reference["comparable"] as? Bool == true && reference["comparability_note"] is NSNull)
        let model = try #require(reference["model"] as? [String: Any])
        #expect(model["family"] as? String == "log-normal")
        let fittedFrom = try #require(model["fitted_from"] as? [[String: Any]])
        #expect(fittedFrom.compactMap { $0["statistic"] as? String } == ["median", "mean"])
        let low = try #require(model["low"] as? Double), high = try #require(model["high"] as? Double)
        #expect(low < percentile && percentile < high && high - low < 15)
        #expect(result["best_reference"] as? String == "contactbabel-uk-2016")
        #expect(result["informative"] as? Bool == true)
    }

    @Test func aSinglePointAndADomainEndGiveNoEstimate() throws {
        let report = try Self.report("company,period,kpi,value\nX,2026-Q1,asa,10 s\n")
        let easiware = try R.reference(try R.result(report, "asa"), study: "easiware-2017")
        #expect(easiware["percentile"] is NSNull)
        #expect(easiware["estimate_basis"] is NSNull && easiware["model"] is NSNull)
        #expect(easiware["low"] as? Double == 50 && easiware["high"] as? Double == 100)
    }

    @Test func relationshipStudiesAreContextForATransactionalNPS() throws {
        let report = try Self.report("company,period,kpi,value\nX,2026-Q1,nps,30\n")
        let nps = try R.result(report, "nps")
        #expect(nps["variant"] as? String == "transactional")
        #expect(nps["variant_is_default"] as? Bool == true)
        let references = try #require(nps["references"] as? [[String: Any]])
        #expect(!references.isEmpty)
        for reference in references {
            #expect(reference["comparable"] as? Bool == false)
            #expect(reference["percentile"] is NSNull && reference["low"] is NSNull)
            #expect((reference["comparability_note"] as? String)?.hasPrefix("not comparable: ") == true)
        }
        let forrester = try R.reference(nps, study: "forrester-nps-2020")
        #expect(forrester["comparability_note"] as? String == "not comparable: relationship NPS; the company measures transactional NPS")
        #expect(nps["best_reference"] is NSNull && nps["informative"] as? Bool == false)
    }

    @Test func aStatedVariantSelectsTheComparableStudies() throws {
        let report = try Self.report("company,period,kpi,value,variant\nX,2026-Q1,nps,30,relationship\nX,2026-Q1,fcr,60.6,survey\n")
        let forrester = try R.reference(try R.result(report, "nps"), study: "forrester-nps-2020")
        #expect(forrester["comparable"] as? Bool == true)
        #expect(try R.result(report, "nps")["variant_is_default"] as? Bool == false)
        // SQM: world-class 80 % reached by 5 % of centres, average 70 %: a survey FCR of 60.6 % is low.
        let fcr = try R.result(report, "fcr")
        #expect(fcr["best_reference"] as? String == "sqm-fcr-2022")
        let sqm = try R.reference(fcr, study: "sqm-fcr-2022")
        #expect(sqm["estimate_basis"] as? String == "fitted")
        #expect((sqm["model"] as? [String: Any])?["family"] as? String == "logit-normal")
        #expect(try #require(sqm["percentile"] as? Double) < 15)
    }

    @Test func referencesAreBestFirst() throws {
        let run = try CommandRunner.run(["report", "examples/opaline-energie.csv", "--panel", "examples/panel.csv", "--format", "json"])
        let report = try R.json(run)
        let results = try #require(report["results"] as? [[String: Any]])
        for result in results {
            let references = (result["references"] as? [[String: Any]]) ?? []
            // comparable (0) before context (1); among comparable ones, an estimate (0) before bounds (1) before nothing (2).
            let keys = references.map { reference -> [Int] in
                let comparable = reference["comparable"] as? Bool == true ? 0 : 1
                let evidence = reference["percentile"] is Double ? 0 : (reference["low"] is Double ? 1 : 2)
                return [comparable, comparable == 0 ? evidence : 0]
            }
            #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) }, "\(result["kpi"] ?? "")")
        }
    }

    /// The country: fr by default, the table's `country` column, `--country` over both; each reference
    /// says its region (the order it gives is `ReferenceComparabilityTests`').
    @Test func theCountryComesFromTheTableOrTheOption() throws {
        let france = try Self.report("company,period,kpi,value\nX,2026-Q1,email_response_time,12\n")
        #expect(france["country"] as? String == "fr")
        let us = try Self.report("company,period,kpi,value,country\nX,2026-Q1,email_response_time,12,us\n")
        #expect(us["country"] as? String == "us")
        #expect(try R.reference(try R.result(us, "email_response_time"), study: "easiware-2017")["region"] as? String == "fr")
        let flag = try Self.report("company,period,kpi,value,country\nX,2026-Q1,email_response_time,12,us\n", ["--country", "BE"])
        #expect(flag["country"] as? String == "be")
        let bad = try CommandRunner.run(["report", "-", "--format", "json", "--country", "Belgium"], stdin: Array("company,period,kpi,value\nX,2026-Q1,asa,30\n".utf8))
        #expect(bad.status == 64 && bad.stderr.contains("two-letter country code"))
    }

    @Test func rawExportsTagTheirVariants() throws {
        let surveys = try CommandRunner.run([
            "report", "examples/raw/surveys.csv", "--source", "surveys", "--company", "Opaline Énergie (fictional)", "--format", "json",
        ])
        #expect(surveys.status == 0, "\(surveys.stderr)")
        #expect(try R.result(try R.json(surveys), "nps")["variant"] as? String == "transactional")
        #expect(try R.result(try R.json(surveys), "csat")["variant"] as? String == "top-2-box")
        let tickets = try CommandRunner.run([
            "report", "examples/raw/tickets.csv", "--source", "tickets", "--company", "Opaline Énergie (fictional)", "--format", "json",
        ])
        #expect(tickets.status == 0, "\(tickets.stderr)")
        #expect(try R.result(try R.json(tickets), "fcr")["variant"] as? String == "internal")
    }
}
