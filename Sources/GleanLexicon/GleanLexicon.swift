// The Glean lexicon: dictionaries that entity mentions are normalised against.
