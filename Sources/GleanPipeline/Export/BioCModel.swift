/// BioC JSON objects (the collection/document/passage/annotation/relation model of the BioC
/// format). Infons are string-to-string maps, as BioC requires; offsets count Unicode scalars.
struct BioCDocument: Encodable {
  var id: String
  var infons: [String: String]
  var passages: [BioCPassage]
  var annotations: [BioCAnnotation] = []
  var relations: [BioCRelation]

  enum CodingKeys: String, CodingKey { case id, infons, passages, annotations, relations }
}

struct BioCPassage: Encodable {
  var offset: Int
  var infons: [String: String]
  var text: String
  var sentences: [String] = []
  var annotations: [BioCAnnotation]
  var relations: [BioCRelation] = []

  enum CodingKeys: String, CodingKey {
    case offset, infons, text, sentences, annotations, relations
  }
}

struct BioCAnnotation: Encodable {
  var id: String
  var infons: [String: String]
  var text: String
  var locations: [BioCLocation]

  enum CodingKeys: String, CodingKey { case id, infons, text, locations }
}

struct BioCLocation: Encodable, Equatable {
  var offset: Int
  var length: Int

  enum CodingKeys: String, CodingKey { case offset, length }
}

struct BioCRelation: Encodable {
  var id: String
  var infons: [String: String]
  var nodes: [BioCNode]

  enum CodingKeys: String, CodingKey { case id, infons, nodes }
}

struct BioCNode: Encodable, Equatable {
  var refid: String
  var role: String

  enum CodingKeys: String, CodingKey { case refid, role }
}
