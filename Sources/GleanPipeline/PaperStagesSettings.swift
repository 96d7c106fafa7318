import GleanConfig

extension PaperStages.Settings {
  /// The stages' settings for a configuration (`species`, `stages.recognise`,
  /// `stages.findings`); an empty folder means the bundled one.
  public init(config: PipelineConfig) {
    func folder(_ path: String) -> String? { path.isEmpty ? nil : path }
    self.init(
      species: config.species, dictionaries: folder(config.stages.recognise.dictionaries),
      recogniserRules: folder(config.stages.recognise.rules),
      findingRules: folder(config.stages.findings.rules))
  }
}
