import GleanFindings

/// Why one paper could not be extracted: a PDF error, no usable text, or an extraction error.
public struct PaperFailure: Error, Codable, Sendable, Equatable, CustomStringConvertible {
  /// `not-pdf`, `encrypted`, `damaged`, `no-text`, `timeout`, `worker-crashed`, …
  public var code: String
  /// One line naming the file (and page) and the reason.
  public var reason: String
  /// 1-based page, when one page is to blame.
  public var page: Int?

  public init(code: String, reason: String, page: Int? = nil) {
    self.code = code
    self.reason = reason
    self.page = page
  }

  public var description: String { reason }
}

/// The stage chain of one paper inside a worker: extract → segment → recognise → findings.
/// A pure function of the file's bytes and the configuration it was made with.
public protocol PaperAnalyzing {
  /// Extracts the record of the paper at `path`; `sha256` is the file's digest when the caller
  /// has it already (`nil`: the file is hashed).
  func analyse(path: String, sha256: String?) throws(PaperFailure) -> PaperExtraction
}
