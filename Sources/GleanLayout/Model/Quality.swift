/// How usable a page's text layer is.
public struct PageQuality: Sendable, Codable, Equatable {
  /// The verdict on a page's text layer. JSON spelling is the raw value.
  public enum Status: String, Sendable, Codable, Equatable {
    /// Readable text.
    case ok
    /// No text layer (a scanned or blank page).
    case empty
    /// A text layer that does not decode to readable text: replacement characters, private-use
    /// glyphs, or glyph soup from fonts without a Unicode map.
    case garbled
  }

  /// The verdict.
  public var status: Status
  /// Visible characters (not spaces or line breaks) on the page.
  public var characters: Int
  /// U+FFFD replacement characters.
  public var replacementCharacters: Int
  /// Characters from the private-use areas (glyphs without a Unicode meaning).
  public var privateUseCharacters: Int
  /// Control characters and other scalars that are never text.
  public var controlCharacters: Int
  /// Characters of the page's words that look like no language (glyph soup), see
  /// `QualityCheck`.
  public var soupCharacters: Int
  /// Why the page is not `ok`, in words; `nil` when it is.
  public var reason: String?

  /// Creates a page verdict.
  public init(
    status: Status, characters: Int, replacementCharacters: Int, privateUseCharacters: Int,
    controlCharacters: Int, soupCharacters: Int, reason: String?
  ) {
    self.status = status
    self.characters = characters
    self.replacementCharacters = replacementCharacters
    self.privateUseCharacters = privateUseCharacters
    self.controlCharacters = controlCharacters
    self.soupCharacters = soupCharacters
    self.reason = reason
  }
}

/// How usable the whole document's text layer is.
public struct DocumentQuality: Sendable, Codable, Equatable {
  /// The verdict on the whole paper. JSON spelling is the raw value.
  public enum Status: String, Sendable, Codable, Equatable {
    /// Readable text (some pages may still be flagged).
    case ok
    /// No page has a text layer: a scanned paper.
    case empty
    /// Most of the text is garbled.
    case garbled
  }

  /// The verdict on the paper as a whole.
  public var status: Status
  /// Whether any page has a text layer.
  public var textLayer: Bool
  /// 1-based numbers of the pages whose text layer is garbled.
  public var garbledPages: [Int]
  /// 1-based numbers of the pages without a text layer.
  public var emptyPages: [Int]
  /// One line per problem, naming the file and page; `glean text` prints these on stderr.
  public var warnings: [String]

  /// Creates a document verdict.
  public init(
    status: Status, textLayer: Bool, garbledPages: [Int], emptyPages: [Int], warnings: [String]
  ) {
    self.status = status
    self.textLayer = textLayer
    self.garbledPages = garbledPages
    self.emptyPages = emptyPages
    self.warnings = warnings
  }
}
