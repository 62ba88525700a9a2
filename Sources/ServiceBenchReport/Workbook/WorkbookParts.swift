/// The fixed parts of the workbook package (Office Open XML, ECMA-376): the content types, the
/// relationships, the workbook with its sheet names, and the styles whose indexes the cells use.
enum WorkbookParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The cell styles (`cellXfs` indexes) of `styles`.
    enum Style: Int {
        case plain = 0
        case header = 1
        /// `#,##0`.
        case integer = 2
        /// `0.0%`: a KPI's percentage, as a fraction.
        case percent = 3
        /// `[h]:mm:ss`: a duration, in days.
        case duration = 4
        /// `+0.0;-0.0;0.0`: NPS points.
        case points = 5
        /// `#,##0.00 €`.
        case euros = 6
        /// `0.0`: percentiles, contacts per hour.
        case decimal1 = 7
        /// `0.00`: scores.
        case decimal2 = 8
        /// `0.0000`: p-values and test statistics.
        case decimal4 = 9
        /// Text that a spreadsheet would read as a formula: Excel's quote prefix keeps it text when edited.
        case quotedText = 10
        /// `+0.0%;-0.0%;0.0%`: a percentage's change.
        case signedPercent = 11
        /// `+#,##0" s";-#,##0" s";0" s"`: a duration's change, or a negative duration, in seconds.
        case signedSeconds = 12
        /// `+#,##0;-#,##0;0`: a count's change.
        case signedInteger = 13
        /// `+0.00;-0.00;0.00`: a score's or a rate's change.
        case signedDecimal2 = 14
        /// `+#,##0.00" €";-#,##0.00" €";0.00" €"`: an amount's change.
        case signedEuros = 15
        /// `0`: a year, without a thousands separator.
        case year = 16
    }

    static let styles = declaration + """
        <styleSheet xmlns="\(mainNamespace)">\
        <numFmts count="12">\
        <numFmt numFmtId="164" formatCode="0.0%"/>\
        <numFmt numFmtId="165" formatCode="[h]:mm:ss"/>\
        <numFmt numFmtId="166" formatCode="+0.0;-0.0;0.0"/>\
        <numFmt numFmtId="167" formatCode="#,##0.00&quot; €&quot;"/>\
        <numFmt numFmtId="168" formatCode="0.0"/>\
        <numFmt numFmtId="169" formatCode="0.00"/>\
        <numFmt numFmtId="170" formatCode="0.0000"/>\
        <numFmt numFmtId="171" formatCode="+0.0%;-0.0%;0.0%"/>\
        <numFmt numFmtId="172" formatCode="+#,##0&quot; s&quot;;-#,##0&quot; s&quot;;0&quot; s&quot;"/>\
        <numFmt numFmtId="173" formatCode="+#,##0;-#,##0;0"/>\
        <numFmt numFmtId="174" formatCode="+0.00;-0.00;0.00"/>\
        <numFmt numFmtId="175" formatCode="+#,##0.00&quot; €&quot;;-#,##0.00&quot; €&quot;;0.00&quot; €&quot;"/>\
        </numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="17">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
        <xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="168" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="169" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>\
        <xf numFmtId="171" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="172" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="173" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="174" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="175" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    /// `[Content_Types].xml` for `sheetCount` sheets.
    static func contentTypes(sheetCount: Int) -> String {
        var overrides = "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        for number in 1...max(1, sheetCount) {
            overrides += "<Override PartName=\"/xl/worksheets/sheet\(number).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        overrides += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        overrides += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        return declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" + overrides + "</Types>"
    }

    static let packageRelationships = declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipsNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    /// `xl/_rels/workbook.xml.rels`: sheets `rId1`…, then the styles and the shared strings.
    static func workbookRelationships(sheetCount: Int) -> String {
        var relationships = ""
        for number in 1...max(1, sheetCount) {
            relationships += "<Relationship Id=\"rId\(number)\" Type=\"\(relationshipsNamespace)/worksheet\" Target=\"worksheets/sheet\(number).xml\"/>"
        }
        relationships += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipsNamespace)/styles\" Target=\"styles.xml\"/>"
        relationships += "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(relationshipsNamespace)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        return declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relationships + "</Relationships>"
    }

    /// `xl/workbook.xml`: the sheets' tab names, in order (names are the fixed, translated ones).
    static func workbook(sheetNames: [String]) -> [UInt8] {
        var output = Array((declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipsNamespace)\">").utf8)
        output += "<bookViews><workbookView/></bookViews><sheets>".utf8
        for (offset, name) in sheetNames.enumerated() {
            output += "<sheet name=\"".utf8
            WorkbookText.appendXML(WorkbookText.fitted(name), to: &output)
            output += "\" sheetId=\"\(offset + 1)\" r:id=\"rId\(offset + 1)\"/>".utf8
        }
        output += "</sheets></workbook>".utf8
        return output
    }
}
