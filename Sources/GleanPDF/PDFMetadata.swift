/// The information dictionary of a PDF, copied out of poppler.
public struct PDFMetadata: Sendable, Codable, Equatable {
  public var title: String?
  public var author: String?
  public var subject: String?
  public var producer: String?
  public var creator: String?
  public var pageCount: Int

  public init(
    title: String?, author: String?, subject: String?, producer: String?, creator: String?,
    pageCount: Int
  ) {
    self.title = title
    self.author = author
    self.subject = subject
    self.producer = producer
    self.creator = creator
    self.pageCount = pageCount
  }
}
