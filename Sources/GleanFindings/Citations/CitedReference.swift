/// A reference-list entry a finding cites, split into its parts where they could be read.
public struct CitedReference: Sendable, Codable, Equatable, Hashable {
  /// The entry's number in the list (`[27]` → 27), when the list is numbered.
  public var number: Int?
  /// The entry as printed, its number marker removed.
  public var text: String
  /// The author list as printed (`LIANG Y, XU X, LI X, et al`).
  public var authors: String?
  public var title: String?
  public var journal: String?
  public var year: Int?
  public var doi: String?

  public init(
    number: Int?, text: String, authors: String? = nil, title: String? = nil,
    journal: String? = nil, year: Int? = nil, doi: String? = nil
  ) {
    self.number = number
    self.text = text
    self.authors = authors
    self.title = title
    self.journal = journal
    self.year = year
    self.doi = doi
  }

  enum CodingKeys: String, CodingKey { case number, text, authors, title, journal, year, doi }

  /// Encodes every key, absent values as `null`.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(number, forKey: .number)
    try container.encode(text, forKey: .text)
    try container.encode(authors, forKey: .authors)
    try container.encode(title, forKey: .title)
    try container.encode(journal, forKey: .journal)
    try container.encode(year, forKey: .year)
    try container.encode(doi, forKey: .doi)
  }
}
