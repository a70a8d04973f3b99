"""Writes the golden files from aws-cli 2.36.7's own formatters.

Run from a checkout of aws-cli's tag 2.36.7 with its pinned dependencies
installed (ruamel.yaml 0.19.1, ruamel.yaml.clib, jmespath 1.0.1, colorama,
python-dateutil, urllib3, awscrt 0.36.0):

    PYTHONPATH=<aws-cli checkout> python3 oracle.py <this folder>

For every case in cases.tsv it reads the base response (<base>.json, written
by the lab's test with ROOTKEY_BLESS_GOLDEN=1), applies the case's --query as
the CLI does, and writes <case>.<format> for every --output format.
"""

import argparse
import io
import json
import os
import sys

import jmespath

import awscli  # noqa: F401  (installs the botocore import alias)
import awscli.table
from awscli.formatter import get_formatter

# The lab's terminal has no tty: the CLI's fallback width.
awscli.table.determine_terminal_width = lambda default_width=80: 80

PAGINATED = {"ListAccessKeys", "ListUsers", "ListGroups"}
FORMATS = ["json", "text", "table", "yaml", "yaml-stream", "off"]


def render(fmt, api, response, query):
    args = argparse.Namespace(
        query=jmespath.compile(query) if query else None, color="off"
    )
    if fmt == "yaml-stream" and api in PAGINATED:
        # A paginated call streams raw pages, IsTruncated included.
        response = dict(response, IsTruncated=False)
    out = io.StringIO()
    get_formatter(fmt, args)(api, response, out)
    return out.getvalue()


def main(folder):
    with open(os.path.join(folder, "cases.tsv")) as f:
        cases = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    for name, api, base, query in cases:
        with open(os.path.join(folder, base + ".json")) as f:
            text = f.read()
        response = json.loads(text) if text.strip() else {}
        for fmt in FORMATS:
            out = render(fmt, api, json.loads(json.dumps(response)), query)
            with open(os.path.join(folder, f"{name}.{fmt}"), "w") as f:
                f.write(out)


if __name__ == "__main__":
    main(sys.argv[1])
