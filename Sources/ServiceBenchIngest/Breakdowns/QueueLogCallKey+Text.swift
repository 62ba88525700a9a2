extension QueueLogCallKey {
    /// Calls `body` with the call id's bytes when the key holds them whole (ids of up to 32 bytes),
    /// else with no bytes (a longer id is kept only as a hash).
    func withIDBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        guard length > 0, length <= 32 else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return withUnsafeBytes(of: words) { raw in
            body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<Int(length)]))
        }
    }
}
