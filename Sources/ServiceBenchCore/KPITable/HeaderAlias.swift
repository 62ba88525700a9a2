/// Another name a client gives a KPI-table column (`benchmarks-data/headers.xml`): `DMT` for the KPI
/// `aht`, `Société` for the key column `company`.
public struct HeaderAlias: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        /// A KPI of the catalogue, by id.
        case kpi(String)
        /// A key column: `company`, `period`, `kpi`, `value`, `profile`, `sector` or `size`.
        case column(String)
    }

    public var name: String
    public var target: Target

    public init(name: String, target: Target) {
        self.name = name
        self.target = target
    }
}
