import Testing
@testable import ServiceBenchIngest

@Suite struct SecondsHistogramTests {
    /// quantile_cont by hand: sorted values x, h = (n − 1) q, x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋).
    @Test(arguments: [
        ([10, 30, 70], 0.9, 62.0),
        ([10, 30, 70], 0.5, 30.0),
        ([5, 10, 20, 30, 40], 0.9, 36.0),
        ([7], 0.9, 7.0),
        ([1, 2, 3, 4], 0.5, 2.5),
        ([0, 3599, 3600, 7200], 0.5, 3599.5),  // dense and sparse parts
        ([100_000, 5, 5, 5], 0.9, 5.0 + 0.7 * 99_995.0),
    ])
    func quantile(values: [Int], q: Double, expected: Double) throws {
        var histogram = SecondsHistogram()
        for value in values { histogram.add(value) }
        let result = try #require(histogram.quantile(q))
        #expect(abs(result - expected) < 1e-9)
    }

    @Test func mergeEqualsOneHistogram() {
        var a = SecondsHistogram(), b = SecondsHistogram(), all = SecondsHistogram()
        for value in [1, 5, 4000] { a.add(value); all.add(value) }
        for value in [2, 9000, 3] { b.add(value); all.add(value) }
        a.merge(b)
        #expect(a.quantile(0.9) == all.quantile(0.9))
        #expect(a.count == 6)
        #expect(SecondsHistogram().quantile(0.5) == nil)
    }
}
