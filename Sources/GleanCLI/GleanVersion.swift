/// The version of Glean, recorded with each run in the store.
enum GleanVersion {
  static let current = "0.1.0"
}
