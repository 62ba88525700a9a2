import Foundation

/// Turns a simple table of a licensed study into a study file in the bundled studies' XML form
/// (`servicebench benchmarks import`). The table (CSV or an `.xlsx` sheet) opens with a header
/// block of `key,value` rows — `publisher`, `title`, `date` (`2026`, `2026-03`, `2026-03-31` or
/// `undated`), `sample` (its size), `region` (a two-letter code), `method` (`declared`, `telemetry`,
/// `mystery-shopping`, `consumer-survey`), `population` (`brands`, `contact-centres`, `consumers`,
/// `industries`), `url`, and optionally `id`, `sample_description`, `provenance` — then a
/// `kpi,statistic,value` header and one row per published statistic:
///
/// - `p10` … `p90`, `median`: a point of the distribution, F(value) = 0.10 … 0.90, 0.5;
/// - `share_below:V`: F(V) = value / 100 (value in percent of the population);
/// - `mean`; `min` and `max` (a range, both needed); `n`, the distribution's own sample size;
/// - `band:LOW-HIGH`: value percent of the population between LOW and HIGH;
/// - `member:NAME`: one member's value (every member published gives exact ranks).
///
/// KPIs are named by id or label as in a KPI table. Values are in the KPI's unit, a decimal comma
/// accepted. Each distribution gets a statement in French and English listing its statistics.
package struct StudyImporter {
    package let catalogue: [KPIDefinition]
    package let aliases: [HeaderAlias]

    package init(catalogue: [KPIDefinition], aliases: [HeaderAlias] = []) {
        self.catalogue = catalogue
        self.aliases = aliases
    }

    /// One distribution's statistics, in file order.
    struct Statistics {
        let kpi: KPIDefinition
        var points: [(value: Double, share: Double)] = []
        var mean: Double?
        var minimum: Double?
        var maximum: Double?
        var count: Int?
        var bands: [(lower: Double, upper: Double, share: Double)] = []
        var members: [(name: String, value: Double)] = []
        /// `p25 20`, `median 35`… as written, for the statement.
        var listed: [String] = []
    }

    /// The study XML for the table in `bytes` (`name` in messages; `sheet` for a workbook).
    package func xml(bytes: [UInt8], name: String, sheet: String? = nil) throws(DiagnosticList) -> String {
        let (rows, _, splitProblems) = try KPITableReader.rows(bytes: bytes, name: name, sheet: sheet)
        guard splitProblems.isEmpty else { throw DiagnosticList(splitProblems) }
        var problems: [CoreError] = []
        func fail(_ message: String, _ field: CSVField?) {
            problems.append(CoreError(.badTable, message, at: SourceLocation(file: name, line: field?.line, column: field?.column)))
        }
        let cells = rows.map { row in row.fields.filter { !$0.text.trimmedCell.isEmpty } }.filter { !$0.isEmpty }
        guard let tableStart = cells.firstIndex(where: { $0.first?.text.trimmedCell.lowercased() == "kpi" }) else {
            throw DiagnosticList([CoreError(.badTable,
                "no 'kpi,statistic,value' header: write the study's facts (publisher, title, date, sample, region, method, population, url) as key,value rows, then a kpi,statistic,value header and one row per statistic",
                at: SourceLocation(file: name))])
        }
        var facts: [String: (text: String, field: CSVField)] = [:]
        for row in cells[..<tableStart] {
            guard row.count >= 2 else {
                fail("a header-block row needs a key and a value, such as publisher,Cabinet Exemple", row.first)
                continue
            }
            facts[row[0].text.trimmedCell.lowercased()] = (row[1].text.trimmedCell, row[1])
        }
        let matcher = HeaderMatcher(catalogue: catalogue, aliases: aliases)
        var distributions: [Statistics] = []
        for row in cells[(tableStart + 1)...] {
            guard row.count >= 3 else {
                fail("a statistic row needs a KPI, a statistic and a value, such as asa,median,35", row.first)
                continue
            }
            guard case .kpi(let kpi) = matcher.kpi(row[0].text.trimmedCell) else {
                fail("unknown KPI '\(Excerpt.of(row[0].text.trimmedCell))'; use a KPI id of the catalogue ('servicebench benchmarks list' shows them) or its label", row[0])
                continue
            }
            let statistic = row[1].text.trimmedCell.lowercased()
            guard let value = Double(row[2].text.trimmedCell.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: "")) else {
                fail("the value '\(Excerpt.of(row[2].text.trimmedCell))' is not a number; write it in the KPI's unit (\(kpi.unit.rawValue)), such as 35 or 4,5", row[2])
                continue
            }
            var entry = distributions.last?.kpi.id == kpi.id ? distributions.removeLast() : Statistics(kpi: kpi)
            if let problem = Self.add(statistic, value: value, to: &entry) {
                fail(problem, row[1])
            } else {
                entry.listed.append("\(statistic) \(Self.number(value))")
            }
            distributions.append(entry)
        }
        for entry in distributions where (entry.minimum == nil) != (entry.maximum == nil) {
            fail("'\(entry.kpi.id)' has a min or a max alone; a range needs both", nil)
        }
        if distributions.isEmpty { fail("the table gives no statistic", nil) }
        let study = studyAttributes(facts, fail: fail)
        guard problems.isEmpty, let study else { throw DiagnosticList(problems) }
        return Self.document(study, distributions)
    }

    /// Adds one statistic; returns why it cannot be read, or nil.
    static func add(_ statistic: String, value: Double, to entry: inout Statistics) -> String? {
        func share(_ percent: Double) -> Double? { percent > 0 && percent < 100 ? percent / 100 : nil }
        if statistic == "median" {
            entry.points.append((value, 0.5))
        } else if statistic.hasPrefix("p"), let quantile = Int(statistic.dropFirst()), (1...99).contains(quantile) {
            entry.points.append((value, Double(quantile) / 100))
        } else if statistic == "mean" {
            entry.mean = value
        } else if statistic == "min" {
            entry.minimum = value
        } else if statistic == "max" {
            entry.maximum = value
        } else if statistic == "n" {
            guard value >= 1, value == value.rounded() else { return "n is a whole number of respondents, 1 or more" }
            entry.count = Int(value)
        } else if statistic.hasPrefix("share_below:"), let at = Double(statistic.dropFirst("share_below:".count).replacingOccurrences(of: ",", with: ".")) {
            guard let fraction = share(value) else { return "share_below takes a percentage between 0 and 100 as its value" }
            entry.points.append((at, fraction))
        } else if statistic.hasPrefix("band:") {
            let bounds = statistic.dropFirst("band:".count).split(separator: "-").compactMap { Double($0.replacingOccurrences(of: ",", with: ".")) }
            guard bounds.count == 2, bounds[0] < bounds[1], let fraction = share(value) else {
                return "a band is band:LOW-HIGH with LOW below HIGH, and its value the percentage of the population in it (0 to 100)"
            }
            entry.bands.append((bounds[0], bounds[1], fraction))
        } else if statistic.hasPrefix("member:"), !statistic.dropFirst("member:".count).isEmpty {
            entry.members.append((String(statistic.dropFirst("member:".count)), value))
        } else {
            return "unknown statistic '\(Excerpt.of(statistic))'; use p10 … p90, median, mean, min, max, n, share_below:VALUE, band:LOW-HIGH or member:NAME"
        }
        return nil
    }

    /// The study element's attributes and children, from the header block.
    struct StudyFacts {
        var id: String
        var dateAttributes: String
        var method: String
        var provenance: String
        var population: String
        var publisher: String
        var title: String
        var sampleSize: Int?
        /// As the table gives it (one language); nil: "N répondants" / "N respondents".
        var sampleDescription: String?
        var region: String
        var url: String
    }

    func studyAttributes(_ facts: [String: (text: String, field: CSVField)], fail: (String, CSVField?) -> Void) -> StudyFacts? {
        func required(_ key: String, _ hint: String) -> (text: String, field: CSVField)? {
            guard let fact = facts[key], !fact.text.isEmpty else {
                fail("the header block has no '\(key)'; add a row \(key),\(hint)", nil)
                return nil
            }
            return fact
        }
        let publisher = required("publisher", "the publisher's name")
        let title = required("title", "the study's title")
        let date = required("date", "2026-03 (or undated)")
        let region = required("region", "fr")
        let method = required("method", StudyMethod.allCases.map(\.rawValue).joined(separator: "|"))
        let population = required("population", Population.allCases.map(\.rawValue).joined(separator: "|"))
        let url = required("url", "the publisher's page of the study")
        guard let publisher, let title, let date, let region, let method, let population, let url else { return nil }
        var ok = true
        if StudyMethod(rawValue: method.text) == nil {
            fail("unknown method '\(Excerpt.of(method.text))'; write one of \(StudyMethod.allCases.map(\.rawValue).joined(separator: ", "))", method.field)
            ok = false
        }
        if Population(rawValue: population.text) == nil {
            fail("unknown population '\(Excerpt.of(population.text))'; write one of \(Population.allCases.map(\.rawValue).joined(separator: ", "))", population.field)
            ok = false
        }
        let provenance = facts["provenance"]?.text ?? "first-hand"
        if Provenance(rawValue: provenance) == nil {
            fail("unknown provenance '\(Excerpt.of(provenance))'; write first-hand, second-hand or third-hand", facts["provenance"]?.field)
            ok = false
        }
        let code = region.text.lowercased()
        if !(code.count == 2 && code.allSatisfy { ("a"..."z").contains($0) }) && !["europe", "world", "north-america"].contains(code) {
            fail("the region '\(Excerpt.of(region.text))' is not a two-letter country code (fr, gb, us) nor europe, north-america or world", region.field)
            ok = false
        }
        var dateAttributes = ""
        var year: String?
        if date.text.lowercased() == "undated" {
            dateAttributes = "undated=\"true\""
        } else {
            let parts = date.text.split(separator: "-")
            guard let first = parts.first, first.count == 4, Int(first) != nil, parts.count <= 3, Period(parsing: String(first)) != nil else {
                fail("the date '\(Excerpt.of(date.text))' is not 2026, 2026-03, 2026-03-31 or undated", date.field)
                return nil
            }
            year = String(first)
            dateAttributes = "year=\"\(first)\"" + (parts.count > 1 ? " published=\"\(Self.escaped(date.text))\"" : "")
        }
        var sampleSize: Int?
        if let sample = facts["sample"], !sample.text.isEmpty {
            guard let size = Int(sample.text.replacingOccurrences(of: " ", with: "")), size >= 1 else {
                fail("the sample '\(Excerpt.of(sample.text))' is not a whole number of respondents", sample.field)
                return nil
            }
            sampleSize = size
        }
        guard ok else { return nil }
        let slug = (publisher.text + "-" + (year ?? "undated")).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
        return StudyFacts(
            id: facts["id"]?.text ?? slug, dateAttributes: dateAttributes, method: method.text, provenance: provenance,
            population: population.text, publisher: publisher.text, title: title.text, sampleSize: sampleSize,
            sampleDescription: facts["sample_description"]?.text,
            region: code, url: url.text)
    }

    /// The study file.
    static func document(_ study: StudyFacts, _ distributions: [Statistics]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<!-- Written by servicebench benchmarks import from a licensed study's table: check it against the report before use. -->\n"
        xml += "<study id=\"\(escaped(study.id))\" \(study.dateAttributes) method=\"\(study.method)\" provenance=\"\(study.provenance)\" population=\"\(study.population)\">\n"
        xml += "  <publisher>\(escaped(study.publisher))</publisher>\n"
        xml += "  <title>\(escaped(study.title))</title>\n"
        let size = study.sampleSize.map { " size=\"\($0)\"" } ?? ""
        if let description = study.sampleDescription {
            xml += "  <sample\(size)>\(escaped(description))</sample>\n"
        } else {
            let count = study.sampleSize.map(String.init) ?? "?"
            xml += "  <sample\(size) lang=\"fr\">\(count) répondants</sample>\n  <sample lang=\"en\">\(count) respondents</sample>\n"
        }
        xml += "  <region code=\"\(study.region)\">\(study.region.uppercased())</region>\n"
        xml += "  <cite ref=\"\(escaped(study.url))\"/>\n"
        for entry in distributions {
            xml += "\n  <distribution id=\"\(escaped(study.id))-\(entry.kpi.id)\" kpi=\"\(entry.kpi.id)\" unit=\"\(entry.kpi.unit.rawValue)\"\(entry.count.map { " n=\"\($0)\"" } ?? "")>\n"
            for point in entry.points.sorted(by: { $0.share < $1.share }) {
                xml += "    <point value=\"\(number(point.value))\" share=\"\(number(point.share))\"/>\n"
            }
            if !entry.members.isEmpty {
                xml += "    <sample>\n"
                for member in entry.members { xml += "      <value label=\"\(escaped(member.name))\">\(number(member.value))</value>\n" }
                xml += "    </sample>\n"
            }
            if let mean = entry.mean { xml += "    <mean>\(number(mean))</mean>\n" }
            for band in entry.bands {
                xml += "    <between lower=\"\(number(band.lower))\" upper=\"\(number(band.upper))\" share=\"\(number(band.share))\"/>\n"
            }
            if let minimum = entry.minimum, let maximum = entry.maximum {
                xml += "    <range min=\"\(number(minimum))\" max=\"\(number(maximum))\"/>\n"
            }
            let list = escaped(entry.listed.joined(separator: ", "))
            xml += "    <statement lang=\"fr\">Chiffres publiés par \(escaped(study.publisher)) pour \(escaped(entry.kpi.labelFR)) (\(entry.kpi.unit.rawValue))\u{00A0}: \(list).</statement>\n"
            xml += "    <statement lang=\"en\">Figures published by \(escaped(study.publisher)) for \(escaped(entry.kpi.labelEN)) (\(entry.kpi.unit.rawValue)): \(list).</statement>\n"
            xml += "    <cite ref=\"\(escaped(study.url))\"/>\n"
            xml += "  </distribution>\n"
        }
        xml += "</study>\n"
        return xml
    }

    /// `35`, `4.5`: a number as XML Schema's decimal writes it.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Text for an XML attribute or element: `&`, `<`, `>`, `"` and `'` escaped, control characters dropped.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n": result += " "
            default: if scalar.value >= 0x20 && scalar.value != 0x7F { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
