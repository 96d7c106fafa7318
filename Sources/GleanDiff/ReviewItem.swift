/// One change a reviewer accepts or rejects.
public struct ReviewItem: Sendable, Equatable {
  public enum Kind: String, Sendable, Equatable {
    /// A paper with no expected file yet: accepting creates it (with the findings and entities
    /// accepted after it).
    case paperAdded = "paper added"
    /// An expected paper that is gone: accepting removes its expected file.
    case paperRemoved = "paper removed"
    /// A paper that fails now: shown, cannot be accepted.
    case paperFailing = "paper failing"
    /// The paper's key, title, DOI, language or text-layer quality changed.
    case paperFields = "paper changed"
    case findingChanged = "finding changed"
    case findingAdded = "finding added"
    case findingRemoved = "finding removed"
    /// Entity changes of one group (see ``EntityGroup``).
    case entities
    /// The paper's moves (findings and mentions at new places) and new version (id, pages).
    case moves
  }

  public var kind: Kind
  /// Index into ``DiffReport/details``.
  public var paper: Int
  /// Indices into the paper's `findings` changes.
  public var findings: [Int]
  /// Indices into the paper's `entities` changes.
  public var entities: [Int]

  public init(kind: Kind, paper: Int, findings: [Int] = [], entities: [Int] = []) {
    self.kind = kind
    self.paper = paper
    self.findings = findings
    self.entities = entities
  }

  /// Whether accepting makes sense (a failing paper can only be fixed, not accepted).
  public var acceptable: Bool { kind != .paperFailing }
}

/// The review items of a report, paper by paper: the paper itself, its finding changes one by
/// one, its entity changes by group (a new paper's mentions all in one), then its moves.
public enum ReviewPlan {
  public static func items(_ report: DiffReport) -> [ReviewItem] {
    var items: [ReviewItem] = []
    for (index, paper) in report.details.enumerated() {
      switch paper.status {
      case .unchanged where paper.hasMovesOrVersion:
        items.append(moves(paper, index))
      case .unchanged, .stillFailing:
        continue
      case .failing:
        items.append(ReviewItem(kind: .paperFailing, paper: index))
      case .removed:
        items.append(ReviewItem(kind: .paperRemoved, paper: index))
      case .added, .recovered:
        items.append(ReviewItem(kind: .paperAdded, paper: index))
        items += changes(paper, index)
      case .changed:
        if !paper.paperFields.isEmpty { items.append(ReviewItem(kind: .paperFields, paper: index)) }
        items += changes(paper, index)
        if paper.hasMovesOrVersion { items.append(moves(paper, index)) }
      }
    }
    return items
  }

  static func changes(_ paper: PaperDiff, _ index: Int) -> [ReviewItem] {
    var items: [ReviewItem] = []
    for (position, change) in paper.findings.enumerated() {
      switch change.kind {
      case .changed:
        items.append(ReviewItem(kind: .findingChanged, paper: index, findings: [position]))
      case .added: items.append(ReviewItem(kind: .findingAdded, paper: index, findings: [position]))
      case .removed:
        items.append(ReviewItem(kind: .findingRemoved, paper: index, findings: [position]))
      case .moved: continue
      }
    }
    let entityChanges = paper.entities.enumerated().filter { $0.element.kind != .moved }
    if paper.status == .added || paper.status == .recovered {
      // A new paper's mentions are one item: the reviewer reads its findings one by one.
      if !entityChanges.isEmpty {
        items.append(
          ReviewItem(kind: .entities, paper: index, entities: entityChanges.map(\.offset)))
      }
      return items
    }
    for group in EntityGroup.groups(entityChanges.map(\.element)) {
      items.append(
        ReviewItem(
          kind: .entities, paper: index, entities: group.indices.map { entityChanges[$0].offset }))
    }
    return items
  }

  static func moves(_ paper: PaperDiff, _ index: Int) -> ReviewItem {
    ReviewItem(
      kind: .moves, paper: index,
      findings: paper.findings.indices.filter { paper.findings[$0].kind == .moved },
      entities: paper.entities.indices.filter { paper.entities[$0].kind == .moved })
  }
}
