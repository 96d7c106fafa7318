// Reading order, blocks and tables from a page's text layer.
