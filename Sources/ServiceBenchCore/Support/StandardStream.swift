import Foundation

/// Standard output and standard error, written with `write(2)` so that a failure (a full device, a
/// closed descriptor) is an error the caller handles, not a trap: `FileHandle.write(_:)` traps on any
/// error (a forced try inside Foundation), which crashed ServiceBench with `> /dev/full` (exit 132).
///
/// Nothing is buffered: each call writes its bytes whole before returning, so no output is left for
/// an exit-time flush whose failure nobody would see.
package enum StandardStream: Sendable {
    case output
    case error

    /// The file descriptor (1 or 2).
    var descriptor: Int32 {
        switch self {
        case .output: STDOUT_FILENO
        case .error: STDERR_FILENO
        }
    }

    /// The stream's name in messages.
    package var name: String {
        switch self {
        case .output: "standard output"
        case .error: "standard error"
        }
    }

    /// Writes `bytes` whole; throws a `CoreError` (`.streamWriteFailed`, exit 74) naming the stream and
    /// the system's reason when the stream refuses them.
    package func write(_ bytes: [UInt8]) throws(CoreError) {
        let failure = bytes.withUnsafeBytes { buffer -> Int32 in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    if errno == EAGAIN || errno == EWOULDBLOCK {
                        // A non-blocking descriptor inherited from the parent: wait until it takes more.
                        var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                        _ = poll(&poller, 1, -1)
                        continue
                    }
                    return errno
                }
                offset += count
            }
            return 0
        }
        guard failure == 0 else {
            throw CoreError(
                .streamWriteFailed,
                "cannot write to \(name): \(String(cString: strerror(failure))) (check the device or file it is redirected to, and its free space)")
        }
    }

    /// Writes `text` as UTF-8.
    package func write(_ text: String) throws(CoreError) {
        try write(Array(text.utf8))
    }
}
