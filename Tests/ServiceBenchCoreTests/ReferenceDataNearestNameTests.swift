import Testing
import ServiceBenchCore

@Suite struct ReferenceDataNearestNameTests {
    @Test(arguments: [("kitten", "sitting", 3), ("", "abc", 3), ("asa", "asa", 0), ("flaw", "lawn", 2), ("nps", "nsp", 1), ("csta", "csat", 1)])
    func levenshteinDistance(a: String, b: String, distance: Int) {
        #expect(NearestName.distance(a, b) == distance)
        #expect(NearestName.distance(b, a) == distance)
    }

    @Test(arguments: [
        ("asa_time", "asa" as String?), ("ASA", "asa"), ("answerrate", "answer_rate"), ("csta", "csat"),
        ("wait_p95", "wait_p90"), ("completely_unrelated", nil),
    ])
    func nearestKPI(name: String, expected: String?) {
        let known = ["asa", "answer_rate", "csat", "nps", "wait_p90", "aht", "fcr"]
        #expect(NearestName.nearest(to: name, in: known) == expected)
    }

    @Test func tiesGoToTheAlphabeticallyFirstName() {
        #expect(NearestName.nearest(to: "ab", in: ["ac", "aa"]) == "aa")
        #expect(NearestName.nearest(to: "ab", in: ["aa", "ac"]) == "aa")
    }
}
