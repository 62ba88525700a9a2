import Foundation

/// Reads input files whole, or standard input for `-`, with a `CoreError` naming the file on failure.
public enum InputFile {
    /// The bytes of `path`, or of standard input when `path` is `-`.
    public static func read(_ path: String) throws(CoreError) -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CoreError(.unreadableFile, "no such file; check the path", at: SourceLocation(file: path))
        }
        guard !isDirectory.boolValue else {
            throw CoreError(.unreadableFile, "this is a directory, not a file", at: SourceLocation(file: path))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CoreError(.unreadableFile, "the file cannot be read; check its permissions", at: SourceLocation(file: path))
        }
        return Array(data)
    }

    /// The name used in messages for `path` (`<stdin>` for `-`).
    public static func displayName(_ path: String) -> String {
        path == "-" ? "<stdin>" : path
    }
}
