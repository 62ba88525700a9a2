/// Text from the input made safe for XML: characters XML 1.0 forbids (C0 controls other than tab,
/// line feed and carriage return; U+FFFE, U+FFFF) become U+FFFD, so a stray control character in a
/// company name cannot make a report unparseable. Escaping of `<`, `&`, quotes is left to the templates.
enum XMLText {
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0xFFFE || value == 0xFFFF
    }
}
