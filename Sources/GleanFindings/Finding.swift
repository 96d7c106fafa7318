/// One normalised claim of a paper: which exosome source delivered which miRNA, what that did to
/// which genes or pathways, and whether this promoted or inhibited which tumour, with the cited
/// references and the evidence it was read from.
///
/// The JSON form (keys as written in ``CodingKeys``) is a public contract: fields may be added,
/// never renamed or dropped.
public struct Finding: Sendable, Codable, Equatable {
  /// Stable id: a hash of the normalised content (paper key, refs, source, agents, relation,
  /// targets, direction, cancers); unchanged by whitespace, page or offset shifts.
  public var id: String
  /// Cited reference numbers, ascending.
  public var refs: [Int]
  /// The cited study's first author as the paper writes it (`LIANG`), if any.
  public var authors: String?
  /// The reference-list entry of the first cited number, if the paper has a reference list.
  public var reference: String?
  /// The exosome source, if the claim names one.
  public var source: SourceRef?
  /// miRNAs involved, with their role.
  public var mirnas: [MirnaRef]
  /// Genes and proteins acted on.
  public var genes: [EntityRef]
  /// Protein families and complexes acted on.
  public var families: [EntityRef]
  /// Pathways acted on.
  public var pathways: [EntityRef]
  /// What the agent did to the targets: `downregulates`, `upregulates`, `activates`, `inhibits`,
  /// `delivers`, `targets`, ….
  public var relation: String
  /// The effect on the tumour: `promotes`, `inhibits` or `unclear`.
  public var direction: String
  /// Tumour outcomes affected: `proliferation`, `migration`, `invasion`, ….
  public var outcomes: [String]
  /// Cancers concerned.
  public var cancers: [EntityRef]
  /// Cell lines concerned.
  public var cellLines: [EntityRef]
  /// The claim is hedged (可能, may).
  public var hedged: Bool
  /// The claim is negated (未, not).
  public var negated: Bool
  /// Where it was read: `table`, `text`, or both.
  public var origin: [String]
  /// The sentences or table rows it was read from.
  public var evidence: [Evidence]
  /// Ids of the rules that produced it.
  public var rules: [String]
  /// The reference-list entries of the cited numbers, split into authors, title, journal, year
  /// and DOI; empty when the paper has no reference list.
  public var citations: [CitedReference]

  public init(
    id: String = "", refs: [Int] = [], authors: String? = nil, reference: String? = nil,
    source: SourceRef? = nil, mirnas: [MirnaRef] = [], genes: [EntityRef] = [],
    families: [EntityRef] = [], pathways: [EntityRef] = [], relation: String = "",
    direction: String = "unclear", outcomes: [String] = [], cancers: [EntityRef] = [],
    cellLines: [EntityRef] = [], hedged: Bool = false, negated: Bool = false,
    origin: [String] = [], evidence: [Evidence] = [], rules: [String] = [],
    citations: [CitedReference] = []
  ) {
    self.id = id
    self.refs = refs
    self.authors = authors
    self.reference = reference
    self.source = source
    self.mirnas = mirnas
    self.genes = genes
    self.families = families
    self.pathways = pathways
    self.relation = relation
    self.direction = direction
    self.outcomes = outcomes
    self.cancers = cancers
    self.cellLines = cellLines
    self.hedged = hedged
    self.negated = negated
    self.origin = origin
    self.evidence = evidence
    self.rules = rules
    self.citations = citations
  }

  enum CodingKeys: String, CodingKey {
    case id, refs, authors, reference, source, mirnas, genes, families, pathways, relation
    case direction, outcomes, cancers
    case cellLines = "cell_lines"
    case hedged, negated, origin, evidence, rules, citations
  }

  /// Decodes a finding; `citations` may be absent (records written before it existed).
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    refs = try container.decode([Int].self, forKey: .refs)
    authors = try container.decodeIfPresent(String.self, forKey: .authors)
    reference = try container.decodeIfPresent(String.self, forKey: .reference)
    source = try container.decodeIfPresent(SourceRef.self, forKey: .source)
    mirnas = try container.decode([MirnaRef].self, forKey: .mirnas)
    genes = try container.decode([EntityRef].self, forKey: .genes)
    families = try container.decode([EntityRef].self, forKey: .families)
    pathways = try container.decode([EntityRef].self, forKey: .pathways)
    relation = try container.decode(String.self, forKey: .relation)
    direction = try container.decode(String.self, forKey: .direction)
    outcomes = try container.decode([String].self, forKey: .outcomes)
    cancers = try container.decode([EntityRef].self, forKey: .cancers)
    cellLines = try container.decode([EntityRef].self, forKey: .cellLines)
    hedged = try container.decode(Bool.self, forKey: .hedged)
    negated = try container.decode(Bool.self, forKey: .negated)
    origin = try container.decode([String].self, forKey: .origin)
    evidence = try container.decode([Evidence].self, forKey: .evidence)
    rules = try container.decode([String].self, forKey: .rules)
    citations = try container.decodeIfPresent([CitedReference].self, forKey: .citations) ?? []
  }

  /// Encodes every key, absent values as `null`, so that scripts always find the fields.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(refs, forKey: .refs)
    try container.encode(authors, forKey: .authors)
    try container.encode(reference, forKey: .reference)
    try container.encode(source, forKey: .source)
    try container.encode(mirnas, forKey: .mirnas)
    try container.encode(genes, forKey: .genes)
    try container.encode(families, forKey: .families)
    try container.encode(pathways, forKey: .pathways)
    try container.encode(relation, forKey: .relation)
    try container.encode(direction, forKey: .direction)
    try container.encode(outcomes, forKey: .outcomes)
    try container.encode(cancers, forKey: .cancers)
    try container.encode(cellLines, forKey: .cellLines)
    try container.encode(hedged, forKey: .hedged)
    try container.encode(negated, forKey: .negated)
    try container.encode(origin, forKey: .origin)
    try container.encode(evidence, forKey: .evidence)
    try container.encode(rules, forKey: .rules)
    try container.encode(citations, forKey: .citations)
  }
}
