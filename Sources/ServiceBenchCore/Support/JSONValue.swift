/// A JSON value whose objects keep their keys in the order given, so that output is byte-identical
/// from run to run and reads in a sensible order.
package enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number rounded to 6 decimals (see `format`): for figures that are read, not computed on.
    case number(Double)
    /// A number in full: Swift's shortest form that reads back to the same double, for data that
    /// other tools compute on (the KPI tables of `kpis`).
    case exactNumber(Double)
    case bool(Bool)
    case null

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// `.string(text)` or `.null`.
    package static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// `.number(value)` or `.null`.
    package static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }

    /// Two-space indented JSON with a final newline.
    package func serialized() -> String {
        String(decoding: serializedBytes(), as: UTF8.self)
    }

    /// The same, as UTF-8 bytes.
    package func serializedBytes() -> [UInt8] {
        var output: [UInt8] = []
        write(to: &output, indent: 0)
        output.append(UInt8(ascii: "\n"))
        return output
    }

    /// The value as it appears nested `indent` spaces deep in a larger document (members and elements
    /// indented from there; no leading indent, no final newline): what `serializedBytes()` writes
    /// for an element of an array at that depth. Lets a large array be written one element at a time.
    package func serializedBytes(nestedAt indent: Int) -> [UInt8] {
        var output: [UInt8] = []
        write(to: &output, indent: indent)
        return output
    }

    private func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let value): output.append(contentsOf: Self.format(value).utf8)
        case .exactNumber(let value): output.append(contentsOf: Self.exact(value).utf8)
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let values):
            if values.isEmpty { output.append(contentsOf: "[]".utf8); return }
            output.append(contentsOf: "[\n".utf8)
            for (offset, value) in values.enumerated() {
                Self.writeIndent(indent + 2, to: &output)
                value.write(to: &output, indent: indent + 2)
                output.append(contentsOf: (offset == values.count - 1 ? "\n" : ",\n").utf8)
            }
            Self.writeIndent(indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { output.append(contentsOf: "{}".utf8); return }
            output.append(contentsOf: "{\n".utf8)
            for (offset, (key, value)) in members.enumerated() {
                Self.writeIndent(indent + 2, to: &output)
                Self.writeString(key, to: &output)
                output.append(contentsOf: ": ".utf8)
                value.write(to: &output, indent: indent + 2)
                output.append(contentsOf: (offset == members.count - 1 ? "\n" : ",\n").utf8)
            }
            Self.writeIndent(indent, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func writeIndent(_ count: Int, to output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    /// A number in full: whole numbers without a decimal point, others in Swift's shortest form that
    /// reads back to the same double; non-finite values as null.
    package static func exact(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// `value` rounded to 6 decimals, as `.number` writes it (the workbook and the CSV write the same figures).
    package static func rounded(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }

    /// Numbers rounded to 6 decimals (enough for every KPI unit, and free of binary noise such as
    /// 31.999999999999996); whole numbers without a decimal point; non-finite values as null.
    package static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let rounded = Self.rounded(value)
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            return String(Int64(rounded))
        }
        return String(rounded)
    }

    /// A JSON string: quotes, backslashes and control characters escaped, and U+2028/U+2029 too (so
    /// the output is also valid JavaScript); every other character as its UTF-8 bytes.
    private static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var utf8 = value.utf8.makeIterator()
        var pending: [UInt8] = []
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): output.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): output.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): output.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                pending = [byte]
                if let second = utf8.next() {
                    pending.append(second)
                    if let third = utf8.next() {
                        if second == 0x80 && (third == 0xA8 || third == 0xA9) {
                            output.append(contentsOf: (third == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                            continue
                        }
                        pending.append(third)
                    }
                }
                output.append(contentsOf: pending)
            default:
                output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
