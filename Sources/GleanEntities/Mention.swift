/// The kinds of entity Glean recognises; the raw value is the `type` of a mention's JSON.
public enum EntityType: String, Sendable, Codable, Equatable, Hashable, CaseIterable {
  case mirna
  case gene
  case family
  case pathway
  case cellLine = "cell_line"
  case cancer
  case exosomeSource = "exosome_source"
}

/// A normalised entity a mention stands for, or one member of a pathway, cluster or family.
public struct MentionMember: Sendable, Codable, Equatable, Hashable {
  /// The member's type (`gene`, `family`, `mirna`).
  public var type: EntityType
  /// Its normalised name (`MAPK3`, `AKT`, `hsa-mir-17`).
  public var normalized: String
  /// Its ids (`HGNC:6877`, `MI0000071`); empty when the lexicon has none.
  public var ids: [String]

  public init(type: EntityType, normalized: String, ids: [String]) {
    self.type = type
    self.normalized = normalized
    self.ids = ids
  }
}

/// One recognised entity mention: what was written where, and what it normalises to.
///
/// The JSON form (one object a line from `glean entities`) is a public contract: the keys
/// `type`, `text`, `normalized`, `ids`, `page`, `start`, `end`, `sentence`, `rule`, `flags`,
/// `role` and `members` are always present, in that order; fields may be added, never renamed
/// or dropped.
public struct Mention: Sendable, Codable, Equatable {
  /// The entity type.
  public var type: EntityType
  /// The mention as written in the page text.
  public var text: String
  /// The normalised name: miRBase name with species (`hsa-miR-143-3p`), HGNC symbol (`VEGFA`),
  /// FamPlex id (`AKT`), pathway name, Cellosaurus name, Disease Ontology name or exosome source.
  public var normalized: String
  /// Database ids: MIMAT/MI accessions, `HGNC:…`, `FPLX:…`, KEGG `hsa…`, `CVCL_…`, `DOID:…`.
  public var ids: [String]
  /// 1-based page; 0 for text input.
  public var page: Int
  /// Start, in Unicode scalars, into the page's text (for text input: into the input).
  public var start: Int
  /// End (exclusive), in Unicode scalars.
  public var end: Int
  /// The sentence the mention is in, as written (lines joined).
  public var sentence: String
  /// The id of the rule that recognised it (`mirna.list`, `gene.symbol`, `pathway.zh`, …).
  public var rule: String
  /// Remarks for a curator: `not-in-mirbase`, `ambiguous`, `paper-abbreviation`, `star`, ….
  public var flags: [String]
  /// For miRNAs: `inhibitor`, `mimic` or `precursor` when the text says so; otherwise `nil`.
  public var role: String?
  /// For pathways, clusters, families and lists of one written form: the members.
  public var members: [MentionMember]

  public init(
    type: EntityType, text: String, normalized: String, ids: [String], page: Int = 0,
    start: Int, end: Int, sentence: String = "", rule: String, flags: [String] = [],
    role: String? = nil, members: [MentionMember] = []
  ) {
    self.type = type
    self.text = text
    self.normalized = normalized
    self.ids = ids
    self.page = page
    self.start = start
    self.end = end
    self.sentence = sentence
    self.rule = rule
    self.flags = flags
    self.role = role
    self.members = members
  }

  enum CodingKeys: String, CodingKey {
    case type, text, normalized, ids, page, start, end, sentence, rule, flags, role, members
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    type = try container.decode(EntityType.self, forKey: .type)
    text = try container.decode(String.self, forKey: .text)
    normalized = try container.decode(String.self, forKey: .normalized)
    ids = try container.decode([String].self, forKey: .ids)
    page = try container.decode(Int.self, forKey: .page)
    start = try container.decode(Int.self, forKey: .start)
    end = try container.decode(Int.self, forKey: .end)
    sentence = try container.decode(String.self, forKey: .sentence)
    rule = try container.decode(String.self, forKey: .rule)
    flags = try container.decodeIfPresent([String].self, forKey: .flags) ?? []
    role = try container.decodeIfPresent(String.self, forKey: .role)
    members = try container.decodeIfPresent([MentionMember].self, forKey: .members) ?? []
  }

  /// Encodes every key in contract order, `role` as `null` when there is none.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(type, forKey: .type)
    try container.encode(text, forKey: .text)
    try container.encode(normalized, forKey: .normalized)
    try container.encode(ids, forKey: .ids)
    try container.encode(page, forKey: .page)
    try container.encode(start, forKey: .start)
    try container.encode(end, forKey: .end)
    try container.encode(sentence, forKey: .sentence)
    try container.encode(rule, forKey: .rule)
    try container.encode(flags, forKey: .flags)
    try container.encode(role, forKey: .role)
    try container.encode(members, forKey: .members)
  }
}
