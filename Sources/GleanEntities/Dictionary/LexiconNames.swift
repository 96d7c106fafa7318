import Foundation
import GleanLexicon

/// Reads the names of a dictionary folder (the files GleanLexicon loads) into a
/// ``PhraseIndex``, so that the recogniser can find multi-word, Chinese and mixed names in text
/// in one pass; every name found is then resolved through the ``GleanLexicon/Lexicon`` itself.
///
/// Symbols (`VEGF`, `PD-L1`) are not indexed: tokens that look like symbols are looked up in the
/// lexicon directly.
///
/// The files are read as UTF-8 bytes: cells are byte ranges, and an ASCII name goes to the index
/// and the filter without becoming a `String`.
enum LexiconNames {
  /// The names of a dictionary folder: the phrase index and the symbol filter.
  struct Catalog: Sendable {
    var index = PhraseIndex()
    var symbols = SymbolFilter()
    /// Chinese names (proteins, cancers, pathways, exosome sources), for word segmentation.
    var chineseNames: [String] = []
  }

  /// The names in `directory`.
  static func catalog(directory: URL) throws(RulesError) -> Catalog {
    var builder = Builder()
    try builder.read(directory)
    return builder.catalog
  }

  /// Where a name goes.
  private struct Targets: OptionSet {
    let rawValue: UInt8
    static let index = Targets(rawValue: 1)
    static let symbols = Targets(rawValue: 2)
    static let both: Targets = [.index, .symbols]
  }

  private struct Builder {
    var catalog = Catalog()
    /// The scalars of the name being added, reused from name to name.
    private var scratch: [Unicode.Scalar] = []

    mutating func read(_ directory: URL) throws(RulesError) {
      let genes = ["name", "symbol", "aliases", "previous_symbols"]
      try Self.read(directory, "hgnc_genes.tsv", genes) { row in
        if let name = row[0] { add(name, row, .gene, .both) }
        if let symbol = row[1] { add(symbol, row, .gene, .symbols) }
        row.forEachName(2) { add($0, row, .gene, .symbols) }
        row.forEachName(3) { add($0, row, .gene, .symbols) }
      }
      try Self.read(directory, "famplex_entities.tsv", ["id"]) { row in
        if let id = row[0] { add(id, row, .family, .symbols) }
      }
      try Self.read(directory, "famplex_groundings.tsv", ["text", "kind"]) { row in
        guard let cell = row[0] else { return }
        let kind = row[1]
        let isFamily = kind.map { row.equals($0, "family") } ?? false
        let isGene = kind.map { row.equals($0, "gene") } ?? false
        add(cell, row, isFamily ? .family : .gene, .symbols)
        let text = row.string(cell)
        // Short lower-case family texts (`can`, `map`) are English words in running text.
        let shortWord = text.count < 5 && text.allSatisfy { $0.isLowercase }
        if isFamily, !shortWord { add(cell, row, .family, .index) }
        // Curated texts for single genes that are not symbols (`beta-catenin`, `alpha-synuclein`).
        if isGene, !shortWord, text.contains(where: { $0.isLowercase }) {
          add(cell, row, .gene, .index)
        }
      }
      try Self.read(directory, "zh_proteins.tsv", ["zh", "targets"]) { row in
        guard let name = row[0], let targets = row[1] else { return }
        var families = false
        row.forEachPart(targets, trimming: false) { part in
          if row.hasPrefix(part, "FPLX:") { families = true }
        }
        add(name, row, families ? .family : .gene, .both)
        catalog.chineseNames.append(row.string(name))
      }
      try Self.read(
        directory, "cancers.tsv", ["name", "zh", "english", "abbreviations"]
      ) { row in
        for column in 0..<3 {
          row.forEachName(column) { add($0, row, .cancer, .both) }
        }
        row.forEachName(3) { add($0, row, .cancer, .symbols) }
        row.forEachName(1) { catalog.chineseNames.append(row.string($0)) }
      }
      try Self.read(directory, "doid_cancers.tsv", ["name", "synonyms"]) { row in
        addDiseaseOntologyName(row.nameOrEmpty(0), row)
        row.forEachName(1) { addDiseaseOntologyName($0, row) }
      }
      try Self.read(directory, "cell_lines.tsv", ["name", "synonyms"]) { row in
        add(row.nameOrEmpty(0), row, .cellLine, .both)
        row.forEachName(1) { add($0, row, .cellLine, .both) }
      }
      try Self.read(directory, "efo_cell_lines.tsv", ["name", "synonyms"]) { row in
        addEFOName(row.nameOrEmpty(0), row)
        row.forEachName(1) { addEFOName($0, row) }
      }
      try Self.read(directory, "exosome_sources.tsv", ["name", "zh", "synonyms"]) { row in
        row.forEachName(1) { catalog.chineseNames.append(row.string($0)) }
        for column in 0..<3 {
          row.forEachName(column) { add($0, row, .exosomeSource, .both) }
        }
      }
      try Self.read(directory, "pathways.tsv", ["name", "zh", "synonyms"]) { row in
        row.forEachName(1) { catalog.chineseNames.append(row.string($0)) }
        for column in 0..<3 {
          row.forEachName(column) { add($0, row, .pathwayName, .both) }
        }
      }
    }

    /// A Disease Ontology name: abbreviations are matched as written by the lexicon only.
    private mutating func addDiseaseOntologyName(_ name: Range<Int>, _ row: Row) {
      add(name, row, .cancer, .symbols)
      if !isAbbreviation(row.string(name)) { add(name, row, .cancer, .index) }
    }

    /// An EFO cell-line name: indexed only when it looks like a cell line.
    private mutating func addEFOName(_ name: Range<Int>, _ row: Row) {
      add(name, row, .cellLine, .symbols)
      if looksLikeCellLine(row.string(name)) { add(name, row, .cellLine, .index) }
    }

    /// Adds the name in `cell` of `row`: ASCII bytes are its scalars as they are, other text is
    /// folded by ``PhraseIndex/scalars(of:)``.
    private mutating func add(
      _ cell: Range<Int>, _ row: Row, _ kinds: NameKinds, _ targets: Targets
    ) {
      if !row.asciiScalars(cell, into: &scratch) {
        scratch = PhraseIndex.scalars(of: row.string(cell))
      }
      let scalars = scratch
      if targets.contains(.index) { catalog.index.add(scalars: scalars, kinds) }
      if targets.contains(.symbols) { catalog.symbols.add(scalars: scalars, kinds) }
    }

    /// Calls `body` with each data row of `name`, whose cells `columns` are looked up by name
    /// once, in the header.
    private static func read(
      _ directory: URL, _ name: String, _ columns: [String], _ body: (Row) -> Void
    ) throws(RulesError) {
      let url = directory.appendingPathComponent(name)
      guard let data = try? Data(contentsOf: url), let utf8 = TSVBytes.validUTF8(data) else {
        throw RulesError(file: url.path, reason: "the dictionary file cannot be read")
      }
      utf8.withUnsafeBufferPointer { bytes in
        var cells: [Range<Int>] = []
        var positions: [Int?]?
        TSVBytes.forEachLine(bytes) { _, line in
          if line.isEmpty || bytes[line.lowerBound] == TSVBytes.hash { return }
          TSVBytes.cells(of: line, in: bytes, into: &cells)
          for index in cells.indices {
            cells[index] = TSVBytes.trimmed(cells[index], in: bytes, dropping: isBlank)
          }
          guard let known = positions else {
            positions = columns.map { column in
              cells.lastIndex { TSVBytes.string($0, in: bytes) == column }
            }
            return
          }
          body(Row(bytes: bytes, columns: known, cells: cells))
        }
      }
    }
  }

  /// Spaces and carriage returns, trimmed from every cell.
  @inline(__always) fileprivate static func isBlank(_ byte: UInt8) -> Bool {
    byte == TSVBytes.space || byte == TSVBytes.carriageReturn
  }

  /// Two to six capitals and digits: matched as written by the lexicon, not indexed.
  private static func isAbbreviation(_ text: String) -> Bool {
    (2...6).contains(text.count)
      && text.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) }
  }

  /// EFO lists some lines under common words; only names with a digit or two capitals are kept.
  private static func looksLikeCellLine(_ name: String) -> Bool {
    name.count >= 3
      && (name.contains(where: \.isNumber) || name.filter(\.isUppercase).count >= 2)
  }

  /// One data row: its cells (trimmed byte ranges) by the position of their column in the list
  /// the file was read with.
  private struct Row {
    let bytes: UnsafeBufferPointer<UInt8>
    let columns: [Int?]
    let cells: [Range<Int>]

    /// The cell of column `column`, or `nil` when it is missing or empty.
    subscript(_ column: Int) -> Range<Int>? {
      guard let index = columns[column], index < cells.count, !cells[index].isEmpty else {
        return nil
      }
      return cells[index]
    }

    /// The cell of column `column`, or an empty range when it is missing or empty.
    func nameOrEmpty(_ column: Int) -> Range<Int> {
      self[column] ?? 0..<0
    }

    /// Calls `body` with each `|`-separated name in column `column`, trimmed, empty ones
    /// skipped.
    func forEachName(_ column: Int, _ body: (Range<Int>) -> Void) {
      guard let cell = self[column] else { return }
      forEachPart(cell, trimming: true, body)
    }

    func forEachPart(_ cell: Range<Int>, trimming: Bool, _ body: (Range<Int>) -> Void) {
      if trimming {
        TSVBytes.forEachPart(cell, in: bytes, dropping: LexiconNames.isBlank, body)
      } else {
        TSVBytes.forEachPart(cell, in: bytes, dropping: { _ in false }, body)
      }
    }

    func string(_ cell: Range<Int>) -> String {
      TSVBytes.string(cell, in: bytes)
    }

    func equals(_ cell: Range<Int>, _ text: StaticString) -> Bool {
      TSVBytes.equals(cell, in: bytes, text)
    }

    func hasPrefix(_ cell: Range<Int>, _ prefix: StaticString) -> Bool {
      let length = prefix.utf8CodeUnitCount
      return cell.count >= length
        && TSVBytes.equals(cell.lowerBound..<(cell.lowerBound + length), in: bytes, prefix)
    }

    /// Replaces `scalars` with the bytes of `cell` as scalars, if they are all ASCII.
    func asciiScalars(_ cell: Range<Int>, into scalars: inout [Unicode.Scalar]) -> Bool {
      scalars.removeAll(keepingCapacity: true)
      scalars.reserveCapacity(cell.count)
      for index in cell {
        let byte = bytes[index]
        if byte >= 0x80 { return false }
        scalars.append(Unicode.Scalar(byte))
      }
      return true
    }
  }
}
