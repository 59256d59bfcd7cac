extension InvalidRequest {
    /// `id` names no framework in `catalog`; the message lists the ones there are.
    public static func unknownFramework(_ id: String, in catalog: Catalog) -> InvalidRequest {
        InvalidRequest("unknown framework \(id): use one of \(catalog.frameworks.map(\.id).joined(separator: ", "))")
    }
}
