/// Compares companies' KPIs with the reference studies, the targets of their profile, a peer panel
/// and their previous period.
package struct ComparisonEngine: Sendable {
    package let reference: ReferenceData
    /// Each distribution with its study, by distribution id, shared by every position placed in it.
    private let sources: [String: ReferenceSource]

    package init(reference: ReferenceData) {
        self.reference = reference
        var sources: [String: ReferenceSource] = [:]
        for distribution in reference.distributions {
            guard let study = reference.study(distribution.studyID) else { continue }
            let facts = reference.kpi(distribution.kpi).map {
                DistributionFacts(distribution: distribution, kpi: $0, sampleSize: distribution.sampleSize ?? study.sampleSize)
            }
            sources[distribution.id] = ReferenceSource(study: study, distribution: distribution, facts: facts)
        }
        self.sources = sources
    }

    /// What to compare.
    package struct Request: Sendable {
        /// The companies to report on; empty = every company of the input.
        package var companies: [String]
        /// The period to report; nil = each company's latest period.
        package var period: Period?
        /// The service profile whose targets apply; nil = each company's own `profile` column.
        package var profile: String?
        /// The companies' country (lower-case ISO 3166 code, `fr`), which orders the studies (same region
        /// first); nil = each company's own `country` column, else `RegionMatch.defaultCountry`.
        package var country: String?
        /// The client's own targets by KPI id (`ClientTargetReader`), which replace the profile's for their KPI.
        package var clientTargets: [String: Target]
        /// The peers each company is ranked against (`PeerGroup`: a group too small falls back to all).
        package var peers: PeerGroup

        package init(
            companies: [String] = [], period: Period? = nil, profile: String? = nil, country: String? = nil,
            clientTargets: [String: Target] = [:], peers: PeerGroup = .sameProfile
        ) {
            self.clientTargets = clientTargets
            self.peers = peers
            self.companies = companies
            self.period = period
            self.profile = profile
            self.country = country?.lowercased()
        }
    }

    /// One comparison per company requested. The peer panel is `panel` when given, else the input's
    /// other companies; the company itself is always left out of its own panel. Each company is ranked
    /// in its peer group (`request.peers`); without `panel`, `request.profile` is every input company's
    /// profile for the groups too.
    package func compare(_ input: KPITable, panel: KPITable? = nil, request: Request = Request()) throws(CoreError) -> [CompanyComparison] {
        if let profile = request.profile, reference.profile(profile) == nil {
            let known = reference.profiles.map(\.id).sorted().joined(separator: ", ")
            throw CoreError(.invalidArgument, "unknown profile '\(profile)'; known profiles: \(known)")
        }
        let peerTable = panel ?? input
        let groups = peerGroupKeys(of: peerTable, profile: panel == nil ? request.profile : nil, group: request.peers)
        let peerIndex = MeasurementIndex(peerTable.measurements, groups: groups, ranking: reference.kpis)
        let inputIndex = panel == nil ? peerIndex : MeasurementIndex(input.measurements)
        let names = request.companies.isEmpty ? input.companyNames : request.companies
        guard !names.isEmpty else {
            throw CoreError(.notFound, "the input holds no measurement; check that it has a header and data rows")
        }
        return try names.map { name throws(CoreError) in
            try compare(company: name, input: input, index: inputIndex, peers: peerIndex, request: request)
        }
    }

    private func compare(
        company name: String, input: KPITable, index: MeasurementIndex, peers: MeasurementIndex, request: Request
    ) throws(CoreError) -> CompanyComparison {
        guard index.contains(company: name) else {
            let known = input.companyNames.prefix(10).joined(separator: ", ")
            throw CoreError(.notFound, "no company '\(name)' in the input; companies found: \(known)")
        }
        let periods = index.periods(of: name)
        let period: Period
        if let requested = request.period {
            guard periods.contains(requested) else {
                throw CoreError(
                    .notFound,
                    "company '\(name)' has no values for period \(requested); periods found: \(periods.map(\.description).joined(separator: ", "))")
            }
            period = requested
        } else {
            guard let latest = periods.last else { throw CoreError(.notFound, "company '\(name)' has no values") }
            period = latest
        }
        var info = input.companies[name] ?? CompanyInfo(name: name)
        info.country = request.country ?? info.country ?? RegionMatch.defaultCountry
        let profileID = request.profile ?? info.profile
        let profile = profileID.flatMap { reference.profile($0) }
        let own = index.measurements(of: name, in: period)
        let group = peerGroup(of: name, key: request.peers.key(of: info, profile: profileID), in: period, peers: peers, requested: request.peers)

        var results: [KPIComparison] = []
        var unmeasured: [UnmeasuredKPI] = []
        var notReported: [String] = []
        var notReportedSource: String?
        for kpi in reference.kpis {
            guard let measurement = own[kpi.id] else {
                // Measured in an earlier period but blank in this one: not reported this period, which
                // says nothing of the company's maturity (it does measure the KPI).
                if let earlier = index.previous(of: kpi.id, for: name, before: period) {
                    notReported.append("\(kpi.id) (last reported for \(earlier.period))")
                    notReportedSource = notReportedSource ?? earlier.location?.file
                } else if kpi.kind == .measure {
                    unmeasured.append(UnmeasuredKPI(kpi: kpi, adoption: adoption(of: kpi.id)))
                }
                continue
            }
            results.append(
                compare(measurement, kpi: kpi, company: info, profile: profile?.id ?? profileID, index: index, peers: peers,
                    group: group.key, own: own, clientTargets: request.clientTargets))
        }
        var quality = input.quality.filter { $0.company == nil || $0.company == name }
        if !notReported.isEmpty {
            // A note on this company's copy of its input's data quality (or on its own entry).
            let note = "\(name): not reported for \(period), though measured before (so not listed as unmeasured): \(notReported.joined(separator: ", "))"
            if let position = quality.firstIndex(where: { $0.source == notReportedSource }) {
                quality[position].notes.append(note)
            } else {
                quality.append(DataQuality(source: notReportedSource ?? "input", company: name, notes: [note]))
            }
        }
        return CompanyComparison(
            company: info, period: period, profile: profile, results: results, unmeasured: unmeasured,
            panelSize: group.size, quality: quality, peerGroup: group)
    }

    /// Each company's key in `group` (`PeerGroup.key`), by name; `profile` replaces every company's own.
    private func peerGroupKeys(of table: KPITable, profile: String?, group: PeerGroup) -> [String: String] {
        guard group != .all else { return [:] }
        var keys: [String: String] = [:]
        for name in table.companyNames {
            let info = table.companies[name] ?? CompanyInfo(name: name)
            if let key = group.key(of: info, profile: profile ?? info.profile) { keys[name] = key }
        }
        return keys
    }

    /// The group `requested` when the company has a `key` in it and it holds at least
    /// `PeerGroup.minimumSize` companies with values in `period` (the company included); else the
    /// group of all, saying why.
    private func peerGroup(of name: String, key: String?, in period: Period, peers: MeasurementIndex, requested: PeerGroup) -> PeerGroupChoice {
        var fallback: PeerGroupChoice.Fallback?
        if requested != .all {
            guard let key else {
                return PeerGroupChoice(
                    requested: requested, used: .all, size: peers.companyCount(in: period, excluding: name) + 1, fallback: .unknownKey)
            }
            let size = peers.companyCount(in: period, group: key, excluding: name) + 1
            if size >= PeerGroup.minimumSize { return PeerGroupChoice(requested: requested, used: requested, key: key, size: size) }
            fallback = .tooSmall(size: size)
        }
        return PeerGroupChoice(requested: requested, used: .all, size: peers.companyCount(in: period, excluding: name) + 1, fallback: fallback)
    }

    private func compare(
        _ measurement: Measurement, kpi: KPIDefinition, company: CompanyInfo, profile: String?,
        index: MeasurementIndex, peers: MeasurementIndex, group: String?, own: [String: Measurement], clientTargets: [String: Target]
    ) -> KPIComparison {
        let value = measurement.value
        let targets = clientTargets[kpi.id].map { [$0] } ?? reference.targets(for: kpi.id, profile: profile)
        let interval = measurement.sample.flatMap { ValueInterval(value: value, sample: $0, kpi: kpi) }
        let target = targets.first.map { target in
            TargetResult(target: target, status: target.status(of: value), withinMargin: interval.map { target.lies(within: $0) })
        }
        let variant = (measurement.variant ?? kpi.defaultVariant).flatMap { kpi.variant($0) }
        let references = self.references(for: kpi, value: value, variant: variant, company: company, profile: profile)

        var peerRank: PeerRank?
        var unranked: UnrankedReason?
        if measurement.option == nil, kpi.kind == .measure, kpi.isVolume {
            unranked = .volume
        } else if measurement.option == nil, kpi.isRankedAmongPeers {
            // A count ranked per 1,000 of a volume is ranked by that rate, where the company knows both.
            let ranked = MeasurementIndex.rankedValue(of: kpi.id, in: own, per: kpi.rankedPer)
            if let ranked {
                let counts = peers.counts(around: ranked, of: kpi.id, in: measurement.period, group: group, excluding: company.name)
                if counts.below + counts.equal + counts.above > 0 {
                    peerRank = Self.peerRank(below: counts.below, equal: counts.equal, above: counts.above, direction: kpi.direction)
                    peerRank?.rate = kpi.rankedPer.map { PeerRate(base: $0, value: ranked) }
                } else if kpi.rankedPer != nil {
                    unranked = .noPeerRate
                }
            } else {
                unranked = .baseUnknown
            }
        }
        var trend: Trend?
        if measurement.option == nil, kpi.kind == .measure, let previous = index.previous(of: kpi.id, for: company.name, before: measurement.period) {
            let band = targets.first { $0.comparator == .between }
            let test = ChangeTest(kpi: kpi.id, current: (value, measurement.sample), previous: (previous.value, previous.sample))
            trend = Trend(
                value: value, previous: previous,
                history: index.series(of: kpi.id, for: company.name, through: measurement.period),
                lastYear: index.samePeriodLastYear(of: kpi.id, for: company.name, before: measurement.period),
                direction: kpi.direction, band: band, test: test)
        }
        return KPIComparison(
            kpi: kpi, value: value, option: measurement.option, variant: variant,
            variantIsDefault: variant != nil && measurement.variant == nil, target: target, references: references,
            peers: peerRank, trend: trend, sampleSize: measurement.sample?.size, interval: interval, unranked: unranked)
    }

    /// Rank among `others` (the company left out): 1 + the number of peers strictly better;
    /// percentile 100 × (worse + ½ · equal) / (n − 1) where n counts the company.
    package static func peerRank(of value: Double, among others: [Double], direction: KPIDirection) -> PeerRank {
        peerRank(
            below: others.filter { $0 < value }.count, equal: others.filter { $0 == value }.count,
            above: others.filter { $0 > value }.count, direction: direction)
    }

    /// The same from the number of peers below, at and above the company's value.
    static func peerRank(below: Int, equal: Int, above: Int, direction: KPIDirection) -> PeerRank {
        let better = direction == .lowerIsBetter ? below : above
        let percentile = Positioning.percentileRank(below: below, equal: equal, above: above, direction: direction)
        return PeerRank(rank: better + 1, count: below + equal + above + 1, percentile: percentile)
    }

    /// The company's position in every study that publishes figures for `kpi`: whole-population
    /// figures always, a segment's figures when the company's size, sector and profile match its keys;
    /// best first (`ReferenceOrdering`). A study that is not comparable with the company's value is
    /// listed as context, without a position.
    func references(
        for kpi: KPIDefinition, value: Double, variant: KPIVariant?, company: CompanyInfo, profile: String?
    ) -> [ReferencePosition] {
        let country = company.country ?? RegionMatch.defaultCountry
        let references = reference.distributions(for: kpi.id).compactMap { distribution -> ReferencePosition? in
            if distribution.segment != nil,
                !distribution.segmentKeys.match(size: company.size, sector: company.sector, profile: profile)
            {
                return nil
            }
            guard let source = sources[distribution.id] else { return nil }
            let band = distribution.bands.first { $0.contains(value) }?.label
            let comparability = Comparability(study: source.study, distribution: distribution, kpi: kpi, companyVariant: variant)
            let position = comparability.comparable ? source.facts.flatMap { Positioning.position(of: value, in: $0) } : nil
            return ReferencePosition(
                source: source, position: position, band: band, comparable: comparability.comparable,
                comparabilityNote: comparability.note, studyVariant: comparability.studyVariant,
                region: RegionMatch(study: source.study.regionCode, country: country))
        }
        return ReferenceOrdering.ordered(references)
    }

    private func adoption(of kpi: String) -> [(rate: AdoptionRate, study: Study)] {
        reference.adoptionRates(for: kpi).compactMap { rate in
            reference.study(rate.studyID).map { (rate, $0) }
        }
    }
}

