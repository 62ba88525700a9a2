import Testing
@testable import ServiceBenchCore

@Suite struct JSONValueTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("quote \" and \\ backslash", #""quote \" and \\ backslash""#),
        ("line\nbreak\ttab\r", #""line\nbreak\ttab\r""#),
        ("\u{01}\u{1F}", #""\u0001\u001f""#),
        ("Opaline Énergie — 1 234,5 %", "\"Opaline Énergie — 1 234,5 %\""),
        ("a\u{2028}b\u{2029}c", #""a\u2028b\u2029c""#),
        ("€ and 💡", "\"€ and 💡\""),
    ])
    func stringsAreEscaped(text: String, expected: String) {
        #expect(JSONValue.string(text).serialized() == expected + "\n")
    }

    @Test(arguments: [
        (31.999999999999996, "32"), (91.2, "91.2"), (-72400, "-72400"), (0.1 + 0.2, "0.3"), (1e-9, "0"),
        (Double.nan, "null"), (Double.infinity, "null"),
    ])
    func numbersAreRoundedToSixDecimals(value: Double, expected: String) {
        #expect(JSONValue.number(value).serialized() == expected + "\n")
    }

    @Test(arguments: [(289.48190162215076, "289.48190162215076"), (31.999999999999996, "31.999999999999996"), (3, "3"), (Double.nan, "null")])
    func exactNumbersKeepEveryDigit(value: Double, expected: String) {
        #expect(JSONValue.exactNumber(value).serialized() == expected + "\n")
    }

    @Test func objectsKeepTheirKeyOrderAndIndent() {
        let value = JSONValue.object([("b", .number(1)), ("a", .array([.bool(true), .null])), ("c", .object([]))])
        #expect(value.serialized() == "{\n  \"b\": 1,\n  \"a\": [\n    true,\n    null\n  ],\n  \"c\": {}\n}\n")
    }
}
