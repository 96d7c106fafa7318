/// Where ingestion keeps runs, papers, entities, findings and failures.
///
/// One writer at a time; every method that writes a paper does so in one transaction, so that a
/// run stopped at any point leaves each paper either wholly stored or absent. SQLite
/// (``SQLiteFindingStore``) implements it; a shared server database could too.
public protocol FindingStore: Sendable {
  /// Records the start of a run and returns its id.
  func startRun(_ run: NewRun) throws(StoreError) -> Int64
  /// Records the end of a run: `finished` or `interrupted`.
  func endRun(_ id: Int64, status: String) throws(StoreError)
  /// Whether the paper with these bytes was stored under this analysis key.
  func contains(paperID: String, analysisKey: String) throws(StoreError) -> Bool
  /// Stores one paper (replacing what was stored for the same bytes and analysis key) and notes
  /// it in the run's inventory, in one transaction.
  func save(_ record: PaperRecord, path: String, run: Int64, analysisKey: String)
    throws(StoreError)
  /// Notes an input that was not extracted again (`skipped` or `duplicate`).
  func note(path: String, paperID: String, status: InputStatus, run: Int64) throws(StoreError)
  /// Records a failed input and notes it in the run's inventory, in one transaction.
  func recordFailure(_ failure: FailureRecord, run: Int64) throws(StoreError)

  /// The runs, oldest first.
  func runs() throws(StoreError) -> [RunRecord]
  /// The failures of a run, in input order.
  func failures(run: Int64) throws(StoreError) -> [FailureRecord]
  /// Calls `body` with each paper of a run (`nil`: the latest record of every paper), in path
  /// order, reading one paper at a time.
  func forEachPaper(run: Int64?, _ body: (StoredPaper) throws -> Void) throws
  /// The papers whose id starts with `query`, or whose path, file name or key equals it.
  func papers(matching query: String) throws(StoreError) -> [StoredPaper]
}
