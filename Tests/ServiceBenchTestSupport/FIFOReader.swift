import Foundation

/// Reads a FIFO to its end on another thread; `wait()` returns what was read (for the tests that
/// write an output to a named pipe).
public final class FIFOReader: @unchecked Sendable {
    private var bytes: [UInt8] = []
    private let done = DispatchSemaphore(value: 0)

    public init(_ path: String) {
        Thread {
            let descriptor = open(path, O_RDONLY)
            var buffer = [UInt8](repeating: 0, count: 65536)
            while descriptor >= 0 {
                let count = read(descriptor, &buffer, buffer.count)
                if count <= 0 { break }
                self.bytes += buffer[0..<count]
            }
            close(descriptor)
            self.done.signal()
        }.start()
    }

    public func wait() -> [UInt8] {
        done.wait()
        return bytes
    }
}
