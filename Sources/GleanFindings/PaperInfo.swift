/// What identifies a paper and what it is.
public struct PaperInfo: Sendable, Codable, Equatable {
  /// SHA-256 of the file's bytes.
  public var id: String
  /// DOI, else the normalised title, else the file name: the same paper in a new file keeps it.
  public var key: String
  /// The path as given.
  public var file: String
  public var title: String?
  public var doi: String?
  /// Number of pages (0 for text input).
  public var pages: Int
  /// `zh`, `en` or `mixed`.
  public var language: String

  public init(
    id: String, key: String, file: String, title: String?, doi: String?, pages: Int,
    language: String
  ) {
    self.id = id
    self.key = key
    self.file = file
    self.title = title
    self.doi = doi
    self.pages = pages
    self.language = language
  }

  enum CodingKeys: String, CodingKey { case id, key, file, title, doi, pages, language }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(key, forKey: .key)
    try container.encode(file, forKey: .file)
    try container.encode(title, forKey: .title)
    try container.encode(doi, forKey: .doi)
    try container.encode(pages, forKey: .pages)
    try container.encode(language, forKey: .language)
  }
}

/// The text-layer quality of a paper, as `glean extract` reports it.
public struct PaperQuality: Sendable, Codable, Equatable {
  /// The paper has a usable text layer.
  public var textLayer: Bool
  /// 1-based pages whose text is garbled.
  public var garbledPages: [Int]
  /// Human-readable warnings.
  public var warnings: [String]

  public init(textLayer: Bool, garbledPages: [Int], warnings: [String]) {
    self.textLayer = textLayer
    self.garbledPages = garbledPages
    self.warnings = warnings
  }

  enum CodingKeys: String, CodingKey {
    case textLayer = "text_layer"
    case garbledPages = "garbled_pages"
    case warnings
  }
}
