/// How many findings and entities were added, removed, changed or moved.
public struct ChangeCounts: Sendable, Codable, Equatable {
  public var findingsAdded = 0
  public var findingsRemoved = 0
  public var findingsChanged = 0
  /// Findings whose evidence only moved: not a change, counted apart.
  public var findingsMoved = 0
  public var entitiesAdded = 0
  public var entitiesRemoved = 0
  public var entitiesRenormalised = 0
  public var entitiesChanged = 0
  /// Mentions that only moved: not a change, counted apart.
  public var entitiesMoved = 0

  public init() {}

  enum CodingKeys: String, CodingKey {
    case findingsAdded = "findings_added"
    case findingsRemoved = "findings_removed"
    case findingsChanged = "findings_changed"
    case findingsMoved = "findings_moved"
    case entitiesAdded = "entities_added"
    case entitiesRemoved = "entities_removed"
    case entitiesRenormalised = "entities_renormalised"
    case entitiesChanged = "entities_changed"
    case entitiesMoved = "entities_moved"
  }

  /// Findings and entities added, removed, changed or re-normalised (moves excluded).
  public var changes: Int {
    findingsAdded + findingsRemoved + findingsChanged + entitiesAdded + entitiesRemoved
      + entitiesRenormalised + entitiesChanged
  }

  /// Findings and mentions that only moved.
  public var moves: Int { findingsMoved + entitiesMoved }

  mutating func add(_ other: ChangeCounts) {
    findingsAdded += other.findingsAdded
    findingsRemoved += other.findingsRemoved
    findingsChanged += other.findingsChanged
    findingsMoved += other.findingsMoved
    entitiesAdded += other.entitiesAdded
    entitiesRemoved += other.entitiesRemoved
    entitiesRenormalised += other.entitiesRenormalised
    entitiesChanged += other.entitiesChanged
    entitiesMoved += other.entitiesMoved
  }

  init(findings: [FindingChange], entities: [EntityChange]) {
    for change in findings {
      switch change.kind {
      case .added: findingsAdded += 1
      case .removed: findingsRemoved += 1
      case .changed: findingsChanged += 1
      case .moved: findingsMoved += 1
      }
    }
    for change in entities {
      switch change.kind {
      case .added: entitiesAdded += 1
      case .removed: entitiesRemoved += 1
      case .renormalised: entitiesRenormalised += 1
      case .changed: entitiesChanged += 1
      case .moved: entitiesMoved += 1
      }
    }
  }
}
