import Foundation
import GleanEntities
import GleanFindings
import GleanLayout
import GleanLexicon
import GleanPDF

/// The stages one paper goes through inside a worker: extract (poppler, layout) → segment,
/// recognise and findings (``PaperExtractor``). Built once per worker from the configuration;
/// each call is a pure function of the file's bytes.
public struct PaperStages: PaperAnalyzing {
  /// The settings a worker is started with (from pipeline.yaml).
  public struct Settings: Sendable, Equatable {
    public var species: String
    /// Dictionary folder; `nil` for the bundled one.
    public var dictionaries: String?
    /// Recogniser rule folder; `nil` for the bundled one.
    public var recogniserRules: String?
    /// Finding rule folder; `nil` for the bundled one.
    public var findingRules: String?

    public init(
      species: String, dictionaries: String?, recogniserRules: String?, findingRules: String?
    ) {
      self.species = species
      self.dictionaries = dictionaries
      self.recogniserRules = recogniserRules
      self.findingRules = findingRules
    }
  }

  let recognizer: EntityRecognizer
  let rules: FindingRules

  /// Loads the dictionaries and rules.
  /// - Throws: the dictionary or rule error naming the file and the reason.
  public init(settings: Settings) throws {
    recognizer = try Self.recognizer(settings: settings)
    rules =
      try settings.findingRules.map { try FindingRules(directory: $0) } ?? FindingRules.bundled()
  }

  /// The entity recogniser the settings name: dictionaries, recogniser rules, default species.
  /// The one place a recogniser is assembled from the configuration.
  /// - Throws: the dictionary or rule error naming the file and the reason.
  public static func recognizer(settings: Settings) throws -> EntityRecognizer {
    let dictionaries = settings.dictionaries.map { URL(fileURLWithPath: $0) }
    let lexicon = try dictionaries.map { try Lexicon(directory: $0) } ?? Lexicon.bundled()
    var recognizerRules =
      try settings.recogniserRules.map { try RecognizerRules.load(from: URL(fileURLWithPath: $0)) }
      ?? RecognizerRules.bundled()
    recognizerRules.defaultSpecies = settings.species
    return try EntityRecognizer(
      lexicon: lexicon, rules: recognizerRules, dictionaries: dictionaries)
  }

  /// Extracts the paper at `path`; a PDF error, or a paper with no usable text, is a failure
  /// with its code (`not-pdf`, `encrypted`, `damaged`, `no-text`, `garbled`, …) and reason.
  ///
  /// `sha256` is the file's digest when the caller has it (`glean ingest` hashes every input
  /// before it is sent to a worker); `nil` hashes the file here.
  public func analyse(path: String, sha256: String? = nil) throws(PaperFailure)
    -> PaperExtraction
  {
    let document: TextDocument
    do {
      document = try TextExtraction.extract(path: path, sha256: sha256)
    } catch {
      throw PaperFailure(code: error.code, reason: error.description, page: error.page)
    }
    switch document.quality.status {
    case .ok:
      break
    case .empty:
      throw PaperFailure(
        code: "no-text",
        reason: "\(path): no text layer (a scanned paper?); Glean does not run OCR")
    case .garbled:
      let warning = document.quality.warnings.first ?? "the text layer is garbled"
      throw PaperFailure(
        code: "garbled", reason: warning.hasPrefix(path) ? warning : "\(path): \(warning)")
    }
    return PaperExtractor.extract(document: document, recognizer: recognizer, rules: rules)
  }
}
