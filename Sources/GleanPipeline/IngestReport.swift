import Foundation
import GleanStore

/// The text `glean ingest` shows a person: the progress line and the summary.
public enum IngestReport {
  /// `  37/120 papers  12.4 pages/s  ETA 1m05s  failures 2` (no line break).
  public static func progressLine(_ progress: IngestProgress) -> String {
    let rate = progress.elapsed > 0 ? Double(progress.pages) / progress.elapsed : 0
    var line =
      "\(progress.done)/\(progress.total) papers  \(String(format: "%.1f", rate)) pages/s"
    if let eta = progress.eta { line += "  ETA \(duration(eta))" }
    line += "  failures \(progress.failed)"
    return line
  }

  /// The summary printed at the end of a run.
  public static func summary(_ summary: IngestSummary) -> String {
    var text = ""
    let state = summary.status == "finished" ? "" : " (\(summary.status))"
    text +=
      "glean ingest\(state): \(summary.inputs) inputs in \(String(format: "%.1f", summary.seconds)) s"
      + " with \(summary.workers) worker\(summary.workers == 1 ? "" : "s"), run \(summary.run)"
      + " in \(summary.store)\n"
    text +=
      "  stored     \(summary.stored) papers, \(summary.pages) pages"
      + " (\(String(format: "%.2f", summary.papersPerSecond)) papers/s,"
      + " \(String(format: "%.1f", summary.pagesPerSecond)) pages/s),"
      + " \(summary.findings) findings, \(summary.entities) entities\n"
    text += "  skipped    \(summary.skipped) already in the store"
    text += summary.duplicates > 0 ? ", \(summary.duplicates) duplicates of another input\n" : "\n"
    text += "  failed     \(summary.failed)\n"
    for failure in summary.failures {
      text +=
        "    \(failure.code.padding(toLength: 16, withPad: " ", startingAt: 0)) \(failure.reason)\n"
    }
    if summary.workerStarts > summary.workers {
      text +=
        "  workers    \(summary.workerStarts - summary.workers) replaced after a crash or timeout\n"
    }
    return text
  }

  static func duration(_ seconds: Double) -> String {
    let total = Int(seconds.rounded())
    if total >= 3600 { return "\(total / 3600)h\(String(format: "%02d", total % 3600 / 60))m" }
    if total >= 60 { return "\(total / 60)m\(String(format: "%02d", total % 60))s" }
    return "\(total)s"
  }
}
