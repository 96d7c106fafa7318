/// Why a PDF could not be read, with the file (and page, when one page failed) it concerns.
public struct PDFError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, in terms a user can act on.
  public enum Reason: Sendable, Equatable {
    /// No file at the path.
    case notFound
    /// The file exists but cannot be read (permissions, a folder, an I/O error).
    case unreadable(String)
    /// The file has zero bytes.
    case empty
    /// The bytes do not start like a PDF (for example an HTML page saved as `.pdf`).
    case notPDF(String)
    /// The document is protected by a password.
    case encrypted
    /// poppler could not parse the document (truncated or damaged).
    case damaged(String)
    /// A page could not be loaded.
    case pageUnavailable
  }

  /// The file the error concerns, as the user named it.
  public var file: String
  /// The 1-based page, when the error concerns one page.
  public var page: Int?
  /// What went wrong.
  public var reason: Reason

  /// Creates an error for `file` (and `page`).
  public init(file: String, page: Int? = nil, reason: Reason) {
    self.file = file
    self.page = page
    self.reason = reason
  }

  /// A short machine-readable name of the reason: `not-found`, `empty`, `not-pdf`, `encrypted`, ….
  public var code: String {
    switch reason {
    case .notFound: "not-found"
    case .unreadable: "unreadable"
    case .empty: "empty"
    case .notPDF: "not-pdf"
    case .encrypted: "encrypted"
    case .damaged: "damaged"
    case .pageUnavailable: "page-unavailable"
    }
  }

  /// One line naming the file, the page if any, and the reason.
  public var description: String {
    let place = page.map { "\(file): page \($0)" } ?? file
    let why: String
    switch reason {
    case .notFound: why = "no such file"
    case .unreadable(let detail): why = "cannot be read (\(detail))"
    case .empty: why = "empty file (0 bytes), not a PDF"
    case .notPDF(let start): why = "not a PDF (starts with \(start))"
    case .encrypted: why = "password-protected PDF; Glean does not decrypt papers"
    case .damaged(let detail): why = "damaged or truncated PDF (\(detail))"
    case .pageUnavailable: why = "page could not be loaded"
    }
    return "\(place): \(why)"
  }
}
