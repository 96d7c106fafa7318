"""PyMuPDF's plain text extraction over the PDFs named on the command line (`page.get_text()`,
its default "text" mode), each page's text written to /dev/null, as a script over a backlog
would do it: one process for all the files."""

import sys

import pymupdf


def main():
    with open("/dev/null", "w", encoding="utf-8") as sink:
        for path in sys.argv[1:]:
            with pymupdf.open(path) as document:
                for page in document:
                    sink.write(page.get_text())


if __name__ == "__main__":
    main()
