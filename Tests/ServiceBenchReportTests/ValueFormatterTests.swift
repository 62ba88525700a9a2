import Testing
@testable import ServiceBenchReport
import ServiceBenchCore

/// Expected strings written by hand: U+202F between thousands, U+00A0 before units, U+2212 minus.
@Suite struct ValueFormatterTests {
    static let fr = ValueFormatter(language: .fr)
    static let en = ValueFormatter(language: .en)

    @Test(arguments: [
        (1234.5, 1, "1\u{202F}234,5"), (0.0, 0, "0"), (999.0, 0, "999"), (1000.0, 0, "1\u{202F}000"),
        (1234567.891, 2, "1\u{202F}234\u{202F}567,89"), (-1234.5, 1, "\u{2212}1\u{202F}234,5"), (91.25, 1, "91,3"),
        (80.0, 1, "80"), (0.04, 1, "0"), (-0.04, 1, "0"), (12.0, 2, "12"),
    ])
    func frenchNumbers(value: Double, decimals: Int, expected: String) {
        #expect(Self.fr.number(value, decimals: decimals) == expected)
    }

    @Test(arguments: [(1234.5, 1, "1,234.5"), (1234567.0, 0, "1,234,567"), (-2.5, 1, "\u{2212}2.5"), (0.5, 0, "1")])
    func englishNumbers(value: Double, decimals: Int, expected: String) {
        #expect(Self.en.number(value, decimals: decimals) == expected)
    }

    @Test(arguments: [
        (1234.5, KPIUnit.percent, "1\u{202F}234,5\u{00A0}%", "1,234.5%"),
        (91.2, .percent, "91,2\u{00A0}%", "91.2%"),
        (45, .seconds, "45\u{00A0}s", "45\u{00A0}s"),
        (96, .seconds, "1\u{00A0}min\u{00A0}36\u{00A0}s", "1\u{00A0}min\u{00A0}36\u{00A0}s"),
        (120, .seconds, "2\u{00A0}min", "2\u{00A0}min"),
        (3900, .seconds, "1\u{00A0}h\u{00A0}05\u{00A0}min", "1\u{00A0}h\u{00A0}05\u{00A0}min"),
        (12, .hours, "12\u{00A0}h", "12\u{00A0}h"),
        (2.5, .days, "2,5\u{00A0}j", "2.5\u{00A0}d"),
        (12, .points, "+12", "+12"),
        (-7, .points, "\u{2212}7", "\u{2212}7"),
        (0, .points, "0", "0"),
        (1234.5, .euros, "1\u{202F}234,50\u{00A0}€", "€1,234.50"),
        (123456, .count, "123\u{202F}456", "123,456"),
    ])
    func kpiValues(value: Double, unit: KPIUnit, french: String, english: String) {
        #expect(Self.fr.value(value, unit: unit) == french)
        #expect(Self.en.value(value, unit: unit) == english)
    }

    @Test(arguments: [(1, "1er", "1st"), (2, "2e", "2nd"), (3, "3e", "3rd"), (4, "4e", "4th"), (11, "11e", "11th"), (12, "12e", "12th"),
                      (13, "13e", "13th"), (21, "21e", "21st"), (62, "62e", "62nd"), (101, "101e", "101st"), (112, "112e", "112th")])
    func ordinals(n: Int, french: String, english: String) {
        #expect(Self.fr.ordinal(n) == french)
        #expect(Self.en.ordinal(n) == english)
    }

    @Test(arguments: [(2.1, KPIUnit.percent, "+2,1\u{00A0}pt"), (-12, .seconds, "\u{2212}12\u{00A0}s"), (0, .seconds, "0\u{00A0}s"), (-0.5, .days, "\u{2212}0,5\u{00A0}j")])
    func deltas(value: Double, unit: KPIUnit, expected: String) {
        #expect(Self.fr.delta(value, unit: unit) == expected)
    }

    @Test func shareOfBrands() {
        #expect(Self.fr.share(0.22) == "22\u{00A0}%")
        #expect(Self.en.share(0.595) == "59.5%")
    }
}
