import Foundation

/// Reads the names of a dictionary folder (the files GleanLexicon loads) into a
/// ``PhraseIndex``, so that the recogniser can find multi-word, Chinese and mixed names in text
/// in one pass; every name found is then resolved through the ``GleanLexicon/Lexicon`` itself.
///
/// Symbols (`VEGF`, `PD-L1`) are not indexed: tokens that look like symbols are looked up in the
/// lexicon directly.
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
    var catalog = Catalog()
    catalog.index = try index(
      directory: directory, symbols: &catalog.symbols, chinese: &catalog.chineseNames)
    return catalog
  }

  private static func index(
    directory: URL, symbols: inout SymbolFilter, chinese: inout [String]
  ) throws(RulesError) -> PhraseIndex {
    var index = PhraseIndex()
    try read(directory, "hgnc_genes.tsv") { row in
      if let name = row["name"] {
        index.add(name, .gene)
        symbols.add(name, .gene)
      }
      if let symbol = row["symbol"] { symbols.add(symbol, .gene) }
      for alias in list(row["aliases"]) + list(row["previous_symbols"]) {
        symbols.add(alias, .gene)
      }
    }
    try read(directory, "famplex_entities.tsv") { row in
      if let id = row["id"] { symbols.add(id, .family) }
    }
    try read(directory, "famplex_groundings.tsv") { row in
      guard let text = row["text"] else { return }
      symbols.add(text, row["kind"] == "family" ? .family : .gene)
      // Short lower-case family texts (`can`, `map`) are English words in running text.
      let shortWord = text.count < 5 && text.allSatisfy { $0.isLowercase }
      if row["kind"] == "family", !shortWord { index.add(text, .family) }
      // Curated texts for single genes that are not symbols (`beta-catenin`, `alpha-synuclein`).
      if row["kind"] == "gene", !shortWord, text.contains(where: { $0.isLowercase }) {
        index.add(text, .gene)
      }
    }
    try read(directory, "zh_proteins.tsv") { row in
      guard let name = row["zh"], let targets = row["targets"] else { return }
      let families = targets.split(separator: "|").contains { $0.hasPrefix("FPLX:") }
      index.add(name, families ? .family : .gene)
      symbols.add(name, families ? .family : .gene)
      chinese.append(name)
    }
    try read(directory, "cancers.tsv") { row in
      for column in ["name", "zh", "english"] {
        for name in list(row[column]) {
          index.add(name, .cancer)
          symbols.add(name, .cancer)
        }
      }
      for abbreviation in list(row["abbreviations"]) { symbols.add(abbreviation, .cancer) }
      chinese += list(row["zh"])
    }
    try read(directory, "doid_cancers.tsv") { row in
      for name in [row["name"] ?? ""] + list(row["synonyms"]) {
        symbols.add(name, .cancer)
        if !isAbbreviation(name) { index.add(name, .cancer) }
      }
    }
    try read(directory, "cell_lines.tsv") { row in
      for name in [row["name"] ?? ""] + list(row["synonyms"]) {
        index.add(name, .cellLine)
        symbols.add(name, .cellLine)
      }
    }
    try read(directory, "efo_cell_lines.tsv") { row in
      for name in [row["name"] ?? ""] + list(row["synonyms"]) {
        symbols.add(name, .cellLine)
        if looksLikeCellLine(name) { index.add(name, .cellLine) }
      }
    }
    try read(directory, "exosome_sources.tsv") { row in
      chinese += list(row["zh"])
      for column in ["name", "zh", "synonyms"] {
        for name in list(row[column]) {
          index.add(name, .exosomeSource)
          symbols.add(name, .exosomeSource)
        }
      }
    }
    try read(directory, "pathways.tsv") { row in
      chinese += list(row["zh"])
      for column in ["name", "zh", "synonyms"] {
        for name in list(row[column]) {
          index.add(name, .pathwayName)
          symbols.add(name, .pathwayName)
        }
      }
    }
    return index
  }

  private static func list(_ cell: String?) -> [String] {
    guard let cell, !cell.isEmpty else { return [] }
    if !cell.contains("|") { return [cell] }
    return cell.split(separator: "|").map { String(trimmed($0)) }
      .filter { !$0.isEmpty }
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

  /// `cell` without surrounding spaces and carriage returns.
  private static func trimmed(_ cell: Substring) -> Substring {
    var result = cell
    while let first = result.first, first == " " || first == "\r" { result.removeFirst() }
    while let last = result.last, last == " " || last == "\r" { result.removeLast() }
    return result
  }

  /// One data row: cells looked up by column name.
  struct Row {
    let columns: [Substring: Int]
    let cells: [Substring]

    subscript(_ column: String) -> String? {
      guard let index = columns[Substring(column)], index < cells.count, !cells[index].isEmpty
      else { return nil }
      return String(cells[index])
    }
  }

  /// Calls `body` with each data row of `name`.
  private static func read(
    _ directory: URL, _ name: String, _ body: (Row) -> Void
  ) throws(RulesError) {
    let url = directory.appendingPathComponent(name)
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw RulesError(file: url.path, reason: "the dictionary file cannot be read")
    }
    var columns: [Substring: Int]?
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      if line.first == "#" { continue }
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(trimmed)
      guard let known = columns else {
        var header: [Substring: Int] = [:]
        for (index, cell) in cells.enumerated() { header[cell] = index }
        columns = header
        continue
      }
      body(Row(columns: known, cells: cells))
    }
  }
}
