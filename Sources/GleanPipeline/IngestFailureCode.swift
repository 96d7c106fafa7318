/// Failure codes the pipeline itself gives (PDF and extraction errors keep their own codes).
public enum IngestFailureCode {
  /// The worker took longer than `limits.seconds_per_paper` and was killed.
  public static let timeout = "timeout"
  /// The worker died while on the paper (a signal or an exit without an answer).
  public static let workerCrashed = "worker-crashed"
  /// The worker ran out of its memory limit (`limits.memory_mb`).
  public static let memoryLimit = "memory-limit"
  /// The worker answered something that is not a reply.
  public static let badReply = "bad-reply"
  /// The file could not be read by the parent (missing, a folder, no permission).
  public static let unreadable = "unreadable"
  /// No such file.
  public static let notFound = "not-found"
}
