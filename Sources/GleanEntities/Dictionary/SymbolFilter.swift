/// The fold hashes of every name and symbol the lexicon can resolve, with what they may name, so
/// that a text is looked up in the lexicon only where the lexicon may know it.
///
/// The hash folds like the lexicon's keys: lower-case, Greek letters spelled out, and spaces,
/// hyphens and underscores dropped (`HIF-1α` == `hif1alpha`, `PD-L1` == `PDL1`).
struct SymbolFilter: Sendable {
  private var hashes = HashTable(capacity: 1 << 18)

  var count: Int { hashes.count }

  mutating func add(_ name: String, _ kinds: NameKinds) {
    add(scalars: PhraseIndex.scalars(of: name), kinds)
  }

  /// Adds a name given as its folded scalars (``PhraseIndex/scalars(of:)``).
  mutating func add(scalars: [Unicode.Scalar], _ kinds: NameKinds) {
    hashes.insert(Self.hash(scalars, 0..<scalars.count), bits: kinds.rawValue)
  }

  /// What the text over `range` may name (empty: nothing the lexicon knows).
  func kinds(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> NameKinds {
    NameKinds(rawValue: hashes.value(Self.hash(scalars, range)))
  }

  func kinds(_ text: String) -> NameKinds {
    let scalars = PhraseIndex.scalars(of: text)
    return kinds(scalars, 0..<scalars.count)
  }

  static func hash(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
    var hash = FoldHash.seed
    for index in range {
      let value = scalars[index].value
      if value == 0x2D || value == 0x20 || value == 0x5F || value == 0x09 || value == 0xB7 {
        continue
      }
      hash = FoldHash.addFolded(hash, value)
    }
    return hash
  }
}
