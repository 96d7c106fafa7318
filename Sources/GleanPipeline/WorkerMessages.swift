import GleanStore

/// What the parent sends a worker: one paper per line.
struct WorkerRequest: Codable, Sendable, Equatable {
  /// The paper's path, as the user gave it (the worker runs in the same folder).
  var path: String
}

/// What a worker answers for one paper: one line of JSON, the record or the reason it failed.
struct WorkerReply: Codable, Sendable, Equatable {
  var path: String
  /// The paper's record as the store keeps it (made in the worker, so that the parent, which
  /// all workers share, only decodes and writes).
  var record: PaperRecord?
  var failure: PaperFailure?
  /// Seconds the worker spent on the paper.
  var seconds: Double
}

/// The first line a worker writes: ready, or why it cannot work (then the run cannot go on).
struct WorkerHello: Codable, Sendable, Equatable {
  var ready: Bool
  var fatal: String?
}
