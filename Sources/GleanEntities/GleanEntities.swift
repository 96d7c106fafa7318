// Entity recognition: miRNAs, genes, families, pathways, cell lines, cancers, exosome sources.
