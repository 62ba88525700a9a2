/// One rendered and checked document: its file name (no directory) and its bytes (UTF-8).
public struct ReportDocument: Sendable, Hashable {
    public let fileName: String
    public let bytes: [UInt8]

    public init(fileName: String, bytes: [UInt8]) {
        self.fileName = fileName
        self.bytes = bytes
    }
}
