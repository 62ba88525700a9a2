import Foundation
import ServiceBenchCore
import ServiceBenchReport

// Usage: RenderBench PANEL.csv KPIS.tsv TEMPLATES OUTDIR
// Reads the synthetic panel, builds comparisons with a stand-in engine (peer ranks, a synthetic study
// position around the peer percentile, targets for headline KPIs, trend), then times the report layer
// alone: model, Mustache rendering, libxml2 check of every document, index page and atomic writes.
let arguments = CommandLine.arguments
guard arguments.count == 5 else {
    FileHandle.standardError.write(Data("usage: RenderBench PANEL.csv KPIS.tsv TEMPLATES OUTDIR\n".utf8))
    exit(64)
}

struct Row { var company: String; var period: String; var kpi: String; var value: Double }

func readKPIs(_ path: String) -> [KPIDefinition] {
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
        let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return KPIDefinition(
            id: f[0], labelFR: f[7], labelEN: f[8], definitionFR: "Définition de \(f[7]).", definitionEN: "Definition of \(f[8]).",
            unit: KPIUnit(rawValue: f[1]) ?? .count, direction: KPIDirection(rawValue: f[2]) ?? .higherIsBetter,
            dimension: Dimension(rawValue: f[3]) ?? .inbound, minimum: -100, maximum: 1e9, headline: f[6] == "1")
    }
}

let kpis = readKPIs(arguments[2])
var kpiIndex: [String: Int] = [:]
for (index, kpi) in kpis.enumerated() { kpiIndex[kpi.id] = index }
let parseStart = Date()
let csv = (try? String(contentsOfFile: arguments[1], encoding: .utf8)) ?? ""
var companies: [String] = []
var companyIndex: [String: Int] = [:]
var current: [[Double?]] = []
var previous: [[Double?]] = []
for line in csv.split(separator: "\n").dropFirst() {
    let f = line.split(separator: ",", omittingEmptySubsequences: false)
    guard f.count == 5, let k = kpiIndex[String(f[3])], let value = Double(f[4]) else { continue }
    let name = String(f[0])
    let c: Int
    if let existing = companyIndex[name] { c = existing } else {
        c = companies.count
        companyIndex[name] = c
        companies.append(name)
        current.append(Array(repeating: nil, count: kpis.count))
        previous.append(Array(repeating: nil, count: kpis.count))
    }
    if f[2] == "2026-Q1" { current[c][k] = value } else { previous[c][k] = value }
}

let study = Study(
    id: "synthetic-2025", publisher: "Synthetic", title: "Synthetic benchmark", year: 2025, sampleSize: companies.count,
    sampleDescription: "synthetic panel", region: "France", method: .declared, provenance: .firstHand,
    citations: [Citation(reference: "https://example.org/synthetic", quote: "synthetic figures")])
let profile = ServiceProfile(id: "general-inbound", labelFR: "Appels entrants généralistes", labelEN: "General inbound calls", headlineKPIs: kpis.filter(\.headline).map(\.id))
let n = companies.count
// Peer percentile per KPI: sort once per KPI.
var percentiles = Array(repeating: Array(repeating: 0.0, count: kpis.count), count: n)
var ranks = Array(repeating: Array(repeating: 0, count: kpis.count), count: n)
for (k, kpi) in kpis.enumerated() {
    let lowerBetter = kpi.direction == .lowerIsBetter
    let order = (0..<n).filter { current[$0][k] != nil }.sorted {
        let a = current[$0][k]!, b = current[$1][k]!
        return lowerBetter ? a < b : a > b
    }
    var position = 0
    while position < order.count {
        var end = position
        while end + 1 < order.count && current[order[end + 1]][k] == current[order[position]][k] { end += 1 }
        let equal = end - position  // others tied
        for i in position...end {
            let worse = order.count - 1 - end
            percentiles[order[i]][k] = order.count > 1 ? 100 * (Double(worse) + 0.5 * Double(equal)) / Double(order.count - 1) : 100
            ranks[order[i]][k] = position + 1
        }
        position = end + 1
    }
}
var comparisons: [CompanyComparison] = []
comparisons.reserveCapacity(n)
for c in 0..<n {
    var results: [KPIComparison] = []
    for (k, kpi) in kpis.enumerated() {
        guard let value = current[c][k] else { continue }
        let p = percentiles[c][k]
        let half = k % 2 == 0 ? 8.0 : 3.0
        let distribution = ReferenceDistribution(id: "synthetic-\(kpi.id)", studyID: study.id, kpi: kpi.id, points: [CDFPoint(value: value, share: 0.5)], citation: study.citations[0])
        let reference = ReferencePosition(study: study, distribution: distribution, position: PositionEstimate(estimate: p, low: max(0, p - half), high: min(100, p + half)), band: nil)
        var target: TargetResult?
        if kpi.headline {
            let t = Target(id: "t-\(kpi.id)", profile: "general-inbound", kpi: kpi.id, comparator: kpi.direction == .lowerIsBetter ? .atMost : .atLeast, threshold: value.rounded(), tolerance: 1, citation: study.citations[0])
            target = TargetResult(target: t, status: p >= 60 ? .met : p >= 40 ? .near : .missed)
        }
        var trend: Trend?
        if let before = previous[c][k] {
            let delta = value - before
            let better = kpi.direction == .lowerIsBetter ? delta < 0 : delta > 0
            trend = Trend(previousPeriod: Period(year: 2025, quarter: 4), previous: before, delta: delta, change: delta == 0 ? .unchanged : better ? .improved : .worsened)
        }
        results.append(KPIComparison(kpi: kpi, value: value, target: target, references: [reference], peers: PeerRank(rank: ranks[c][k], count: n, percentile: p), trend: trend))
    }
    comparisons.append(CompanyComparison(
        company: CompanyInfo(name: companies[c], profile: "general-inbound"), period: Period(year: 2026, quarter: 1), profile: profile,
        results: results, unmeasured: [], panelSize: n, quality: [DataQuality(source: "panel.csv", recordsRead: kpis.count * 2)]))
}
let reference = ReferenceData(kpis: kpis, studies: [study], distributions: [], adoptionRates: [], profiles: [profile], targets: [])
let prepared = Date()

do {
    let writer = try ReportWriter(templatesDirectory: arguments[3], reference: reference, options: ReportOptions(language: .fr, format: .html, date: "2026-04-01"))
    let documents = try writer.documents(for: comparisons, withIndex: true)
    let rendered = Date()
    try ReportWriter.write(documents, toDirectory: arguments[4])
    let written = Date()
    let bytes = documents.reduce(0) { $0 + $1.bytes.count }
    print(String(format: "companies=%d documents=%d bytes=%d input+engine=%.3fs render+check=%.3fs write=%.3fs report-layer=%.3fs",
                 n, documents.count, bytes, prepared.timeIntervalSince(parseStart), rendered.timeIntervalSince(prepared),
                 written.timeIntervalSince(rendered), written.timeIntervalSince(prepared)))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}

