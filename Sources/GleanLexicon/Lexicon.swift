import Foundation

/// The dictionaries Glean normalises entity mentions against: HGNC genes, miRBase v22 (human),
/// FamPlex families, curated Chinese protein names, pathways, cell lines, cancers and exosome
/// sources.
///
/// Load once per process (``bundled()`` or ``init(directory:)``) and share: the value is
/// immutable and `Sendable`. Every look-up folds its key as ``LexiconKey`` documents.
public struct Lexicon: Sendable {
  /// The package versions and file checksums the dictionaries were built from.
  public let versions: DictionaryVersions

  private let mirnas: MirnaIndex
  private let genes: GeneIndex
  private let families: FamilyIndex
  private let pathways: PathwayIndex
  private let cellLines: CellLineIndex
  private let cancers: CancerIndex
  private let exosomeSources: ExosomeSourceIndex

  /// The file names a dictionary folder must hold.
  public static let fileNames = [
    "hgnc_genes.tsv", "mirbase_hsa.tsv", "famplex_entities.tsv", "famplex_groundings.tsv",
    "doid_cancers.tsv", "efo_cell_lines.tsv", "zh_proteins.tsv", "cancers.tsv",
    "cell_lines.tsv", "pathways.tsv", "exosome_sources.tsv", "gene_stoplist.txt",
    "versions.json",
  ]

  /// Loads the dictionaries shipped inside this module.
  public static func bundled() throws -> Lexicon {
    try Lexicon(directory: bundledDirectory())
  }

  /// The folder of the dictionaries shipped inside this module, to copy or compare against.
  public static func bundledDirectory() throws -> URL {
    guard let directory = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
      throw LexiconError(
        file: "Resources", reason: "the GleanLexicon bundle has no Resources folder")
    }
    return directory
  }

  /// Loads the dictionaries from `directory`, which holds the files in ``fileNames`` (for
  /// example a copy edited by a curator and named in pipeline.yaml).
  /// - Throws: ``LexiconError`` naming the file, line and reason of the first problem.
  public init(directory: URL) throws {
    versions = try DictionaryVersions.load(from: directory)
    mirnas = try MirnaIndex(directory: directory)
    var genes = try GeneIndex(directory: directory)
    var families = try FamilyIndex(directory: directory)
    for (line, text, symbol) in families.geneTexts
    where !genes.addGroundingText(text, symbol: symbol) {
      throw LexiconError(
        file: FamilyIndex.groundingsFile, line: line,
        reason: "\(symbol) is not an approved HGNC symbol")
    }
    for (text, target) in families.otherTexts {
      genes.addNotGeneText(text, target: target)
    }
    try Self.addChineseNames(directory: directory, genes: &genes, families: &families)
    let knownGenes = genes
    let knownFamilies = families
    pathways = try PathwayIndex(directory: directory) { member in
      if member.hasPrefix("FPLX:") {
        return knownFamilies.contains(String(member.dropFirst(5)))
      }
      return knownGenes.approved(member) != nil
    }
    cellLines = try CellLineIndex(directory: directory)
    cancers = try CancerIndex(directory: directory)
    exosomeSources = try ExosomeSourceIndex(directory: directory)
    self.genes = genes
    self.families = families
  }

  /// Reads `zh_proteins.tsv` into the gene and family indexes.
  private static func addChineseNames(
    directory: URL, genes: inout GeneIndex, families: inout FamilyIndex
  ) throws {
    let file = "zh_proteins.tsv"
    let rows = try TSVTable.read(
      file, in: directory, columns: ["zh", "targets", "english", "source"])
    for row in rows {
      let name = row.text(0)
      let targets = row.list(1)
      guard !name.isEmpty, !targets.isEmpty else {
        throw LexiconError(file: file, line: row.line, reason: "a name and a target are needed")
      }
      for target in targets {
        if target.hasPrefix("FPLX:") {
          let id = String(target.dropFirst(5))
          guard families.contains(id) else {
            throw LexiconError(file: file, line: row.line, reason: "unknown FamPlex id \(id)")
          }
          families.addKey(name, id)
        } else if !genes.addName(name, symbol: target, kind: .chineseName) {
          throw LexiconError(
            file: file, line: row.line, reason: "\(target) is not an approved HGNC symbol")
        }
      }
    }
  }

  // MARK: - Look-ups

  /// Resolves a miRNA name in miRBase release 22 (human).
  ///
  /// `name` is a miRBase-form name such as `hsa-miR-143-3p`, `hsa-let-7a-5p` or `hsa-miR-143`;
  /// other spellings (`miR-143-3p`, `微小RNA-143-3p`, `hsa-mir-143-3p`) are first normalised by
  /// ``MirnaName/normalise(_:defaultSpecies:)``, with `hsa` added when no species is written.
  /// A name with an arm resolves to its mature miRNA (MIMAT); one without resolves to its
  /// precursor(s) (MI) and reports whether they give a unique mature.
  /// - Returns: `nil` when miRBase has no such name (the caller keeps and flags it).
  public func mirna(_ name: String) -> MirnaEntry? {
    guard let normalised = MirnaName.normalise(name) else {
      return nil
    }
    return mirnas.lookup(normalised)
  }

  /// Genes a mention may name, best first.
  ///
  /// Matches, after folding: HGNC approved symbols, previous symbols, aliases, approved names
  /// and curated Chinese names; and, as written, FamPlex grounding-map texts. Candidates rank by
  /// ``GeneMatchKind`` (approved symbol before previous symbol before alias …), then protein
  /// coding genes first, then by HGNC number; an ambiguous alias gives all its genes.
  /// Stop-listed mentions (`EMT`, `MSC`, a bare `CD`, `DNA`) and texts FamPlex grounds to a
  /// process or chemical (`ROS`, `cAMP`, matched as written) give none.
  public func gene(_ mention: String) -> [GeneEntry] {
    genes.lookup(mention)
  }

  /// The gene with HGNC approved symbol `symbol` (exact, case-sensitive), if any.
  public func gene(approvedSymbol symbol: String) -> GeneEntry? {
    genes.approved(symbol)
  }

  /// The FamPlex family or complex a mention names (FamPlex id, grounding-map text or
  /// curated Chinese name), e.g. `AKT`, `ERK`, `NF-κB`, `基质金属蛋白酶`.
  public func family(_ mention: String) -> FamilyEntry? {
    families.lookup(mention)
  }

  /// The FamPlex family with id `id`, e.g. `ERK`.
  public func family(id: String) -> FamilyEntry? {
    families.entry(id)
  }

  /// Weighs genes against families for one mention:
  /// 1. stop-listed or grounded by FamPlex to a non-gene → ``ProteinResolution/notAGene(reason:)``;
  /// 2. an approved symbol (`MTOR`, `IL-6`) → its genes;
  /// 3. a family name (`AKT`, `ERK`, `PI3K`) → the family, unless the mention is the previous
  ///    symbol of exactly one gene that belongs to that family (`VEGF` → VEGFA);
  /// 4. otherwise the genes (`ERK1` → MAPK3, `PD-L1` → CD274), or ``ProteinResolution/unknown``.
  public func resolveProtein(_ mention: String) -> ProteinResolution {
    if let reason = genes.refusal(mention) {
      return .notAGene(reason: reason)
    }
    let candidates = genes.lookup(mention)
    if let best = candidates.first, best.matchedBy == .approvedSymbol {
      return .genes(candidates)
    }
    if let family = families.lookup(mention) {
      let previous = candidates.filter { $0.matchedBy == .previousSymbol }
      if previous.count == 1, let renamed = previous.first,
        family.memberGenes.contains(renamed.symbol)
      {
        return .genes([renamed])
      }
      return .family(family)
    }
    return candidates.isEmpty ? .unknown : .genes(candidates)
  }

  /// Resolves each part of a slash list (``MentionList/split(_:)``): `ERK1/2` gives MAPK3
  /// and MAPK1.
  public func resolveProteins(_ mention: String) -> [ProteinMention] {
    MentionList.split(mention).map {
      ProteinMention(mention: $0, resolution: resolveProtein($0))
    }
  }

  /// The pathway a mention names, with or without words like `signaling pathway` or `信号通路`.
  public func pathway(_ mention: String) -> PathwayEntry? {
    pathways.lookup(mention)
  }

  /// The cell line a mention names (`MG63`, `SGC7901`, `HCT116`), curated entries first,
  /// then EFO's.
  public func cellLine(_ mention: String) -> CellLineEntry? {
    cellLines.lookup(mention)
  }

  /// The cancer a mention names, in Chinese (`非小细胞肺癌`), English or abbreviation (`NSCLC`).
  public func cancer(_ mention: String) -> CancerEntry? {
    cancers.lookup(mention)
  }

  /// The exosome source a mention names (`BMSC-Exo`, `人脐带MSC-Exo`, `脂肪来源MSC-Exo`).
  public func exosomeSource(_ mention: String) -> ExosomeSourceEntry? {
    exosomeSources.lookup(mention)
  }

  /// Whether `mention` is on the gene stop list or grounded by FamPlex to a non-gene.
  public func isNotAGene(_ mention: String) -> Bool {
    genes.refusal(mention) != nil
  }
}
