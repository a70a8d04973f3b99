"""Runs each case of cases.tsv through aws-cli 2.36.7 itself and writes what it
printed: <case>.stdout, <case>.stderr and <case>.rc.

    HOME=<empty folder> PYTHONPATH=<aws-cli 2.36.7 checkout> python3 oracle.py .

The environment is a fresh CloudShell's with no credentials (the lab's
terminal when the console is signed out); `partial-credentials` adds
AWS_ACCESS_KEY_ID alone.
"""

import os
import subprocess
import sys

ENV = {
    "AWS_REGION": "us-east-1",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_EXECUTION_ENV": "CloudShell",
    "AWS_EC2_METADATA_DISABLED": "true",
}


def main(folder):
    with open(os.path.join(folder, "cases.tsv")) as f:
        cases = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    for name, line in cases:
        env = dict(os.environ, **ENV)
        if name == "partial-credentials":
            env["AWS_ACCESS_KEY_ID"] = "AKIAIOSFODNN7EXAMPLE"
        code = "import sys; from awscli.clidriver import main; sys.exit(main())"
        run = subprocess.run(
            [sys.executable, "-c", code, *line.split()],
            capture_output=True,
            text=True,
            env=env,
        )
        for ext, text in (("stdout", run.stdout), ("stderr", run.stderr), ("rc", f"{run.returncode}\n")):
            with open(os.path.join(folder, f"{name}.{ext}"), "w") as f:
                f.write(text)


if __name__ == "__main__":
    main(sys.argv[1])
