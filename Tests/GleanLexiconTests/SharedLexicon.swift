import Foundation
import GleanLexicon

/// The bundled dictionaries, loaded once for all tests (`nil` if loading failed; the loading
/// tests then report why).
let sharedLexicon: Lexicon? = try? Lexicon.bundled()
