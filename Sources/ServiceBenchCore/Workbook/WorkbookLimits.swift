/// The bounds a workbook is read within, so that a zip bomb, a huge sheet or a crafted archive stops
/// with an error instead of filling the memory. A KPI table is a few hundred cells; the defaults leave
/// room for panels of tens of thousands of rows.
package struct WorkbookLimits: Sendable, Hashable {
    /// The most entries (files) the archive may list. An `.xlsx` has a dozen or so.
    package var entries = 10_000
    /// The most bytes one part (a sheet, the shared strings) may decompress to.
    package var partBytes = 256 << 20
    /// The most bytes all the parts read may decompress to, together.
    package var totalBytes = 512 << 20
    /// The largest ratio of a part's decompressed to compressed size, for parts over `ratioFloor`
    /// bytes. Spreadsheet XML compresses 5 to 50 times; a run of zeros, over 1,000 times.
    package var compressionRatio = 200
    /// Parts below this size (bytes) are not held to `compressionRatio`.
    package var ratioFloor = 1 << 20
    /// The most rows of the sheet that hold a cell.
    package var rows = 1_048_576
    /// The most cells of the sheet, empty ones left out.
    package var cells = 2_000_000
    /// The most shared strings.
    package var sharedStrings = 5_000_000
    /// The most characters (UTF-8 bytes) of one cell's text.
    package var cellBytes = 32_767 * 4

    package init() {}
}
