/// The reference data schema built into ServiceBench: every data directory (`--data-dir`) is validated
/// against this text, never against a schema file found on disk, so a directory cannot make the loader
/// read another file, follow an `xs:include` to a FIFO or connect to a URL.
///
/// `text` is byte for byte `benchmarks-data/servicebench-reference.xsd` (the copy people read and edit);
/// `ReferenceSchemaTests` fails when the two differ. After editing the .xsd, regenerate this file with
/// `.ci/embed-schema` (or paste the .xsd between the delimiters, keeping the empty last line).
enum ReferenceSchema {
    /// The schema, compiled once (libxml2's compiled schemas are read-only during validation).
    static let compiled: Result<XMLSchema, XMLParseFailure> = Result { () throws(XMLParseFailure) in
        try XMLSchema(bytes: Array(text.utf8), name: "servicebench-reference.xsd (built in)")
    }

    /// The schema's text (UTF-8 XSD, no target namespace).
    static let text = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  ServiceBench reference data schema (no target namespace).

  Three kinds of document share this schema, told apart by their root element:
    <catalogue>  the KPIs and practices             (catalogue.xml)
    <targets>    service profiles and their targets (targets.xml)
    <study>      one published study and its figures (studies/<study-id>.xml)
    <headers>    other names clients give KPI-table columns (headers.xml)

  The schema checks structure and types only. Ranges that depend on other data (a share within 0–1,
  a value inside its KPI's domain, points in increasing order, ids that exist, no duplicates) are
  checked by ReferenceDataLoader after the schema, so that every problem gets a precise message.
-->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="unqualified">

  <!-- ===== Simple types ===== -->

  <xs:simpleType name="Identifier">
    <xs:annotation><xs:documentation>A stable id: lower case letters, digits, '_' and '-'.</xs:documentation></xs:annotation>
    <xs:restriction base="xs:token">
      <xs:pattern value="[a-z0-9][a-z0-9_\-]*"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="NonEmptyText">
    <xs:annotation><xs:documentation>One line holding at least one character other than a space or a tab.
      The pattern is deterministic (leading blanks, one non-blank, then anything but a line break), so
      libxml2 checks it in time linear in the text; ".*\S.*", which means the same, backtracks and took
      seconds on a 32,000-character line ending in a line break.</xs:documentation></xs:annotation>
    <xs:restriction base="xs:string">
      <xs:minLength value="1"/>
      <xs:pattern value="[ \t]*[^\s][^\n\r]*"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Language">
    <xs:restriction base="xs:token">
      <xs:enumeration value="fr"/>
      <xs:enumeration value="en"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="KPIKind">
    <xs:restriction base="xs:token">
      <xs:enumeration value="measure"/>
      <xs:enumeration value="practice"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Direction">
    <xs:restriction base="xs:token">
      <xs:enumeration value="higher"/>
      <xs:enumeration value="lower"/>
      <xs:enumeration value="band"/>
      <xs:enumeration value="neutral"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Dimension">
    <xs:restriction base="xs:token">
      <xs:enumeration value="backlog"/>
      <xs:enumeration value="inbound"/>
      <xs:enumeration value="handling"/>
      <xs:enumeration value="productivity"/>
      <xs:enumeration value="satisfaction"/>
      <xs:enumeration value="quality"/>
      <xs:enumeration value="digital"/>
      <xs:enumeration value="outbound"/>
      <xs:enumeration value="practices"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Scale">
    <xs:restriction base="xs:token">
      <xs:enumeration value="linear"/>
      <xs:enumeration value="log"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Method">
    <xs:restriction base="xs:token">
      <xs:enumeration value="declared"/>
      <xs:enumeration value="telemetry"/>
      <xs:enumeration value="mystery-shopping"/>
      <xs:enumeration value="consumer-survey"/>
      <xs:enumeration value="practitioner"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- Who a study's figures are about: a position is the share of this population the company beats. -->
  <xs:simpleType name="Population">
    <xs:restriction base="xs:token">
      <xs:enumeration value="brands"/>
      <xs:enumeration value="contact-centres"/>
      <xs:enumeration value="consumers"/>
      <xs:enumeration value="industries"/>
      <xs:enumeration value="contacts"/>
      <xs:enumeration value="unknown"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- The shape fitted on a study's statistics of a KPI (two or more published). -->
  <xs:simpleType name="ShapeFamily">
    <xs:restriction base="xs:token">
      <xs:enumeration value="log-normal"/>
      <xs:enumeration value="logit-normal"/>
      <xs:enumeration value="none"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- A region: a lower-case ISO 3166 country code (fr, gb, us), or europe, north-america, global, unknown. -->
  <xs:simpleType name="RegionCode">
    <xs:restriction base="xs:token">
      <xs:pattern value="[a-z][a-z]|europe|north-america|global|unknown"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Provenance">
    <xs:restriction base="xs:token">
      <xs:enumeration value="first-hand"/>
      <xs:enumeration value="second-hand"/>
      <xs:enumeration value="third-hand"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Comparator">
    <xs:restriction base="xs:token">
      <xs:enumeration value="at-least"/>
      <xs:enumeration value="at-most"/>
      <xs:enumeration value="between"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- Units are checked by the loader against KPIUnit (count, percent, seconds, hours, days,
       per_hour, EUR, points, score, boolean, category), so that a wrong unit gets a suggestion. -->
  <xs:simpleType name="Unit">
    <xs:restriction base="xs:token">
      <xs:minLength value="1"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- ===== Shared elements ===== -->

  <xs:complexType name="LocalizedText">
    <xs:simpleContent>
      <xs:extension base="NonEmptyText">
        <xs:attribute name="lang" type="Language" use="required"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>

  <!-- A citation: the page where the figure was read. -->
  <!-- ref: the URL of the page the figure was read on, or, for a source article with no known
       address (article="true"), its publisher and title as a reader would cite them.
       mirror="true": the page is a copy of the publisher's document hosted by a document-sharing site
       (vdocuments, scribd, yumpu…), shown as such. via: for a second- or third-hand figure, who reported
       it (the press article or aggregator the page belongs to). The element's text, when there is one,
       is a verbatim quotation; the bundled data states each figure in its own words in <statement>. -->
  <xs:complexType name="Citation">
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute name="ref" type="NonEmptyText" use="required"/>
        <xs:attribute name="mirror" type="xs:boolean" default="false"/>
        <xs:attribute name="article" type="xs:boolean" default="false"/>
        <xs:attribute name="via" type="NonEmptyText"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>

  <!-- A date of publication as precise as it is known: 2016, 2016-09 or 2016-09-14. -->
  <xs:simpleType name="PublicationDate">
    <xs:union memberTypes="xs:gYear xs:gYearMonth xs:date"/>
  </xs:simpleType>

  <!-- ===== catalogue.xml ===== -->

  <xs:complexType name="KPI">
    <xs:sequence>
      <xs:element name="label" type="LocalizedText" minOccurs="2" maxOccurs="2"/>
      <xs:element name="definition" type="LocalizedText" minOccurs="2" maxOccurs="2"/>
      <xs:element name="option" type="Identifier" minOccurs="0" maxOccurs="unbounded"/>
      <!-- A variant that changes what the KPI measures (relationship or transactional NPS): figures of
           different variants are not compared. -->
      <xs:element name="variant" minOccurs="0" maxOccurs="unbounded">
        <xs:complexType>
          <xs:sequence>
            <xs:element name="label" type="LocalizedText" minOccurs="2" maxOccurs="2"/>
          </xs:sequence>
          <xs:attribute name="id" type="Identifier" use="required"/>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
    <xs:attribute name="id" type="Identifier" use="required"/>
    <xs:attribute name="kind" type="KPIKind" default="measure"/>
    <xs:attribute name="unit" type="Unit" use="required"/>
    <xs:attribute name="direction" type="Direction" use="required"/>
    <xs:attribute name="dimension" type="Dimension" use="required"/>
    <xs:attribute name="scale" type="Scale" default="linear"/>
    <xs:attribute name="min" type="xs:double" use="required"/>
    <xs:attribute name="max" type="xs:double" use="required"/>
    <xs:attribute name="headline" type="xs:boolean" default="false"/>
    <!-- Default: log-normal for a log scale or a positive unbounded unit, logit-normal for percent, points, score. -->
    <xs:attribute name="model" type="ShapeFamily"/>
    <!-- The variant a company's value is when nothing says which; required when the KPI has variants. -->
    <xs:attribute name="default-variant" type="Identifier"/>
    <!-- A volume (a count of contacts, tickets or calls: the company's size, not its performance): never
         ranked among peers. -->
    <xs:attribute name="volume" type="xs:boolean" default="false"/>
    <!-- A count ranked among peers per 1,000 of this volume KPI of the same period (backlog_open per
         1,000 tickets_created), where both are known; without both, no rank. -->
    <xs:attribute name="ranked-per" type="Identifier"/>
  </xs:complexType>

  <xs:element name="catalogue">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="kpi" type="KPI" maxOccurs="unbounded"/>
      </xs:sequence>
    </xs:complexType>
  </xs:element>

  <!-- ===== targets.xml ===== -->

  <xs:complexType name="Profile">
    <xs:sequence>
      <xs:element name="label" type="LocalizedText" minOccurs="2" maxOccurs="2"/>
      <xs:element name="headline" maxOccurs="unbounded">
        <xs:complexType>
          <xs:attribute name="kpi" type="Identifier" use="required"/>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
    <xs:attribute name="id" type="Identifier" use="required"/>
  </xs:complexType>

  <xs:complexType name="Target">
    <xs:sequence>
      <xs:element name="cite" type="Citation"/>
    </xs:sequence>
    <xs:attribute name="id" type="Identifier" use="required"/>
    <xs:attribute name="profile" type="Identifier" use="required"/>
    <xs:attribute name="kpi" type="Identifier" use="required"/>
    <xs:attribute name="unit" type="Unit" use="required"/>
    <xs:attribute name="comparator" type="Comparator" use="required"/>
    <xs:attribute name="threshold" type="xs:double" use="required"/>
    <xs:attribute name="upper" type="xs:double"/>
    <xs:attribute name="tolerance" type="xs:double" use="required"/>
    <xs:attribute name="study" type="Identifier"/>
  </xs:complexType>

  <xs:element name="targets">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="profile" type="Profile" maxOccurs="unbounded"/>
        <xs:element name="target" type="Target" minOccurs="0" maxOccurs="unbounded"/>
      </xs:sequence>
    </xs:complexType>
  </xs:element>

  <!-- ===== studies/<id>.xml ===== -->

  <xs:complexType name="Point">
    <xs:attribute name="value" type="xs:double" use="required"/>
    <xs:attribute name="share" type="xs:double" use="required"/>
  </xs:complexType>

  <xs:complexType name="SampleValue">
    <xs:simpleContent>
      <xs:extension base="xs:double">
        <xs:attribute name="label" type="NonEmptyText"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>

  <xs:complexType name="Sample">
    <xs:sequence>
      <xs:element name="value" type="SampleValue" maxOccurs="unbounded"/>
    </xs:sequence>
    <xs:attribute name="unit" type="NonEmptyText" use="required"/>
  </xs:complexType>

  <!-- A share of the population between two values: "34 % between 3 and 4 min" is
       lower="180" upper="240" share="0.34". -->
  <xs:complexType name="Between">
    <xs:attribute name="lower" type="xs:double" use="required"/>
    <xs:attribute name="upper" type="xs:double" use="required"/>
    <xs:attribute name="share" type="xs:double" use="required"/>
  </xs:complexType>

  <!-- The smallest and the largest member's value. -->
  <xs:complexType name="Range">
    <xs:attribute name="min" type="xs:double" use="required"/>
    <xs:attribute name="max" type="xs:double" use="required"/>
  </xs:complexType>

  <xs:complexType name="Band">
    <xs:attribute name="label" type="NonEmptyText" use="required"/>
    <xs:attribute name="lower" type="xs:double"/>
    <xs:attribute name="upper" type="xs:double"/>
  </xs:complexType>

  <xs:complexType name="Distribution">
    <xs:sequence>
      <xs:element name="point" type="Point" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="sample" type="Sample" minOccurs="0"/>
      <xs:element name="mean" type="xs:double" minOccurs="0"/>
      <xs:element name="between" type="Between" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="range" type="Range" minOccurs="0"/>
      <xs:element name="band" type="Band" minOccurs="0" maxOccurs="unbounded"/>
      <!-- The formula variant and a caveat, each in French and in English (lang="fr", then lang="en"):
           the report shows the reader's language. -->
      <xs:element name="formula" type="LocalizedText" minOccurs="0" maxOccurs="2"/>
      <xs:element name="note" type="LocalizedText" minOccurs="0" maxOccurs="2"/>
      <!-- The project's own statement of the figures, in French and in English, with each figure
           exactly as published: a report shows it in its language beside the source. -->
      <xs:element name="statement" type="LocalizedText" minOccurs="0" maxOccurs="2"/>
      <xs:element name="cite" type="Citation"/>
    </xs:sequence>
    <xs:attribute name="id" type="Identifier" use="required"/>
    <xs:attribute name="kpi" type="Identifier" use="required"/>
    <xs:attribute name="unit" type="Unit" use="required"/>
    <xs:attribute name="segment" type="NonEmptyText"/>
    <!-- The number of members these figures are about, when it differs from the study's sample size. -->
    <xs:attribute name="n" type="xs:positiveInteger"/>
    <!-- Who these figures are about, when it differs from the study's population. -->
    <xs:attribute name="population" type="Population"/>
    <!-- For a KPI with variants: the catalogue's variant the study measured, or unknown (required then). -->
    <xs:attribute name="variant" type="Identifier"/>
    <!-- Which companies a segment's figures apply to (space-separated ids): a distribution with a
         segment is compared only with companies whose size, sector and profile are all listed in the
         attributes it has. Sizes: small (50 employees or fewer), medium, large (more than 1,000
         employees or 200+ seats). -->
    <xs:attribute name="sizes" type="IdentifierList"/>
    <xs:attribute name="sectors" type="IdentifierList"/>
    <xs:attribute name="profiles" type="IdentifierList"/>
  </xs:complexType>

  <xs:simpleType name="IdentifierList">
    <xs:list itemType="Identifier"/>
  </xs:simpleType>

  <xs:complexType name="Adoption">
    <xs:sequence>
      <xs:element name="statement" type="LocalizedText" minOccurs="0" maxOccurs="2"/>
      <xs:element name="cite" type="Citation"/>
    </xs:sequence>
    <xs:attribute name="id" type="Identifier" use="required"/>
    <xs:attribute name="kpi" type="Identifier" use="required"/>
    <xs:attribute name="option" type="Identifier"/>
    <xs:attribute name="share" type="xs:double" use="required"/>
  </xs:complexType>

  <xs:complexType name="Figure">
    <xs:sequence>
      <xs:element name="statement" type="LocalizedText" minOccurs="2" maxOccurs="2"/>
      <xs:element name="cite" type="Citation"/>
    </xs:sequence>
    <xs:attribute name="id" type="Identifier" use="required"/>
    <xs:attribute name="kpi" type="Identifier"/>
    <xs:attribute name="value" type="xs:double" use="required"/>
    <xs:attribute name="upper" type="xs:double"/>
    <xs:attribute name="unit" type="NonEmptyText" use="required"/>
  </xs:complexType>

  <xs:element name="study">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="publisher" type="NonEmptyText"/>
        <xs:element name="title" type="NonEmptyText"/>
        <!-- The sample in words: one <sample>, or one in French and one in English (lang="fr", then
             lang="en"; a report shows its own language's). size on the first. -->
        <xs:element name="sample" maxOccurs="2">
          <xs:complexType>
            <xs:simpleContent>
              <xs:extension base="NonEmptyText">
                <xs:attribute name="size" type="xs:positiveInteger"/>
                <xs:attribute name="lang" type="Language"/>
              </xs:extension>
            </xs:simpleContent>
          </xs:complexType>
        </xs:element>
        <xs:element name="region">
          <xs:complexType>
            <xs:simpleContent>
              <xs:extension base="NonEmptyText">
                <xs:attribute name="code" type="RegionCode" use="required"/>
              </xs:extension>
            </xs:simpleContent>
          </xs:complexType>
        </xs:element>
        <!-- The sector in words: none, one, or one in French and one in English (as <sample>). -->
        <xs:element name="sector" minOccurs="0" maxOccurs="2">
          <xs:complexType>
            <xs:simpleContent>
              <xs:extension base="NonEmptyText">
                <xs:attribute name="lang" type="Language"/>
              </xs:extension>
            </xs:simpleContent>
          </xs:complexType>
        </xs:element>
        <xs:element name="cite" type="Citation" maxOccurs="unbounded"/>
        <xs:choice minOccurs="0" maxOccurs="unbounded">
          <xs:element name="distribution" type="Distribution"/>
          <xs:element name="adoption" type="Adoption"/>
          <xs:element name="figure" type="Figure"/>
        </xs:choice>
      </xs:sequence>
      <xs:attribute name="id" type="Identifier" use="required"/>
      <!-- year: the edition's year, used to order studies (required unless undated="true" or published
           gives it); published: the date of publication as precise as known; undated="true": the
           publication gives no date (no year is then invented). -->
      <xs:attribute name="year" type="xs:gYear"/>
      <xs:attribute name="published" type="PublicationDate"/>
      <xs:attribute name="undated" type="xs:boolean" default="false"/>
      <xs:attribute name="method" type="Method" use="required"/>
      <xs:attribute name="provenance" type="Provenance" use="required"/>
      <xs:attribute name="population" type="Population" use="required"/>
    </xs:complexType>
  </xs:element>
  <!-- ===== headers.xml ===== -->

  <xs:simpleType name="KeyColumn">
    <xs:annotation><xs:documentation>A KPI table's non-KPI column.</xs:documentation></xs:annotation>
    <xs:restriction base="xs:token">
      <xs:enumeration value="company"/>
      <xs:enumeration value="period"/>
      <xs:enumeration value="kpi"/>
      <xs:enumeration value="value"/>
      <xs:enumeration value="profile"/>
      <xs:enumeration value="sector"/>
      <xs:enumeration value="size"/>
      <xs:enumeration value="country"/>
      <xs:enumeration value="variant"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:element name="headers">
    <xs:annotation><xs:documentation>Header names a KPI table may use besides the KPI ids and the catalogue's
      labels: each alias names one KPI (kpi="aht") or one key column (column="company"). Matching
      ignores case, accents and extra spaces; a header matching two KPIs is an error listing them.</xs:documentation></xs:annotation>
    <xs:complexType>
      <xs:sequence>
        <xs:element name="alias" maxOccurs="unbounded">
          <xs:complexType>
            <xs:simpleContent>
              <xs:extension base="NonEmptyText">
                <xs:attribute name="kpi" type="Identifier"/>
                <xs:attribute name="column" type="KeyColumn"/>
              </xs:extension>
            </xs:simpleContent>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
    </xs:complexType>
  </xs:element>

</xs:schema>

"""#
}
