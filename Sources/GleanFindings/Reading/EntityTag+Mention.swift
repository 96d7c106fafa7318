import GleanEntities

extension EntityTag {
  /// The tag of a recognised mention, offsets unchanged.
  init(_ mention: Mention) {
    let kind: Kind
    switch mention.type {
    case .mirna: kind = .mirna
    case .gene: kind = .gene
    case .family: kind = .family
    case .pathway: kind = .pathway
    case .cellLine: kind = .cellLine
    case .cancer: kind = .cancer
    case .exosomeSource: kind = .source
    }
    self.init(
      kind: kind, text: mention.text, normalized: mention.normalized, ids: mention.ids,
      start: mention.start, end: mention.end, role: mention.role)
  }
}
