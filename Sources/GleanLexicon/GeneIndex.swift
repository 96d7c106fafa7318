import Foundation

/// HGNC approved genes by folded symbol, previous symbol, alias, approved name, FamPlex
/// grounding text and curated Chinese name, with the stop list and FamPlex's non-gene texts.
struct GeneIndex: Sendable {
  static let file = "hgnc_genes.tsv"
  static let stopListFile = "gene_stoplist.txt"

  struct Record: Sendable {
    let hgncID: String
    let number: Int
    let symbol: String
    let name: String
    let locusType: String
  }

  private struct Posting: Sendable {
    let record: Int32
    let kind: GeneMatchKind
  }

  private(set) var records: [Record] = []
  private(set) var bySymbol: [String: Int] = [:]
  /// The last posting of each folded key; each posting links to the one before it for the
  /// same key (`-1` ends), so a key costs no array of its own.
  private var lastPosting: [String: Int32] = [:]
  private var postings: [Posting] = []
  private var previousPosting: [Int32] = []
  /// FamPlex grounding texts, as written, → genes.
  private var groundingTexts: [String: [Int32]] = [:]
  private var stopKeys: Set<String> = []
  /// Exact texts FamPlex grounds to something that is not a gene product (`EMT` → GO).
  private var notGeneTexts: [String: String] = [:]

  init(directory: URL) throws {
    let rows = try TSVTable.read(
      Self.file, in: directory,
      columns: ["hgnc_id", "symbol", "name", "locus_type", "aliases", "previous_symbols"])
    records.reserveCapacity(rows.count)
    bySymbol.reserveCapacity(rows.count)
    lastPosting.reserveCapacity(rows.count * 3)
    postings.reserveCapacity(rows.count * 4)
    previousPosting.reserveCapacity(rows.count * 4)
    // Few locus types, each long enough to need its own storage: one copy of each.
    var locusTypes: [String: String] = [:]
    for row in rows {
      let hgncID = row.text(0)
      guard hgncID.hasPrefix("HGNC:"), let number = Int(hgncID.dropFirst(5)) else {
        throw LexiconError(file: Self.file, line: row.line, reason: "\(hgncID) is not an HGNC id")
      }
      let symbol = row.text(1)
      guard !symbol.isEmpty else {
        throw LexiconError(file: Self.file, line: row.line, reason: "empty symbol")
      }
      let index = records.count
      let name = row.text(2)
      let locus = row.text(3)
      let locusType: String
      if let known = locusTypes[locus] {
        locusType = known
      } else {
        locusType = locus
        locusTypes[locus] = locus
      }
      records.append(
        Record(
          hgncID: hgncID, number: number, symbol: symbol, name: name, locusType: locusType))
      bySymbol[symbol] = index
      add(symbol, index, .approvedSymbol)
      for alias in row.list(4) {
        add(alias, index, .alias)
      }
      for previous in row.list(5) {
        add(previous, index, .previousSymbol)
      }
      if !name.isEmpty {
        add(name, index, .approvedName)
      }
    }
    for (_, entry) in try TSVTable.readList(Self.stopListFile, in: directory) {
      stopKeys.insert(LexiconKey.fold(entry))
    }
  }

  private mutating func add(_ text: String, _ record: Int, _ kind: GeneMatchKind) {
    let key = LexiconKey.fold(text)
    guard !key.isEmpty else {
      return
    }
    let posting = Int32(postings.count)
    postings.append(Posting(record: Int32(record), kind: kind))
    previousPosting.append(lastPosting.updateValue(posting, forKey: key) ?? -1)
  }

  /// The postings of the folded key `key`.
  private func postings(forKey key: String) -> [Posting] {
    var found: [Posting] = []
    var next = lastPosting[key] ?? -1
    while next >= 0 {
      found.append(postings[Int(next)])
      next = previousPosting[Int(next)]
    }
    return found
  }

  /// Adds a name from another table (FamPlex grounding text, Chinese name) for `symbol`.
  /// Returns false when `symbol` is not an approved symbol.
  mutating func addName(_ text: String, symbol: String, kind: GeneMatchKind) -> Bool {
    guard let index = bySymbol[symbol] else {
      return false
    }
    add(text, index, kind)
    return true
  }

  /// Adds a FamPlex grounding text, matched as written, for `symbol`.
  /// Returns false when `symbol` is not an approved symbol.
  mutating func addGroundingText(_ text: String, symbol: String) -> Bool {
    guard let index = bySymbol[symbol] else {
      return false
    }
    groundingTexts[text, default: []].append(Int32(index))
    return true
  }

  /// Marks an exact text as naming something that is not a gene product.
  mutating func addNotGeneText(_ text: String, target: String) {
    notGeneTexts[text] = target
  }

  /// Why `mention` is refused as a gene, or `nil` when it is not.
  func refusal(_ mention: String) -> String? {
    let trimmed = Self.trimmed(mention)
    if stopKeys.contains(LexiconKey.fold(trimmed)) {
      return "on the gene stop list"
    }
    if let target = notGeneTexts[trimmed] {
      return "FamPlex grounds it to \(target)"
    }
    return nil
  }

  /// Ranked candidates for `mention` (see ``Lexicon/gene(_:)``).
  func lookup(_ mention: String) -> [GeneEntry] {
    guard refusal(mention) == nil else {
      return []
    }
    let trimmed = Self.trimmed(mention)
    var found = postings(forKey: LexiconKey.fold(trimmed))
    for record in groundingTexts[trimmed] ?? [] {
      found.append(Posting(record: record, kind: .groundingText))
    }
    var best: [Int32: GeneMatchKind] = [:]
    for posting in found {
      if let kind = best[posting.record], kind <= posting.kind {
        continue
      }
      best[posting.record] = posting.kind
    }
    let ranked = best.sorted { lhs, rhs in
      if lhs.value != rhs.value {
        return lhs.value < rhs.value
      }
      let left = records[Int(lhs.key)]
      let right = records[Int(rhs.key)]
      let leftCoding = left.locusType == Self.proteinCoding
      let rightCoding = right.locusType == Self.proteinCoding
      if leftCoding != rightCoding {
        return leftCoding
      }
      return left.number < right.number
    }
    return ranked.map { entry($0.key, $0.value) }
  }

  /// The entry of an approved symbol, matched as such.
  func approved(_ symbol: String) -> GeneEntry? {
    bySymbol[symbol].map { entry(Int32($0), .approvedSymbol) }
  }

  private func entry(_ index: Int32, _ kind: GeneMatchKind) -> GeneEntry {
    let record = records[Int(index)]
    return GeneEntry(
      symbol: record.symbol, hgncID: record.hgncID, name: record.name,
      locusType: record.locusType, matchedBy: kind)
  }

  private static let proteinCoding = "gene with protein product"

  /// `mention` without surrounding spaces, tabs and newlines.
  static func trimmed(_ mention: String) -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = mention.firstIndex(where: { !isSpace($0) }),
      let last = mention.lastIndex(where: { !isSpace($0) })
    else {
      return ""
    }
    return String(mention[first...last])
  }
}
