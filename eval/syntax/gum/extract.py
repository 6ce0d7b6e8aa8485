"""Rebuilds gum-open-train.conllu.gz from a UD_English-GUM clone (commit afb41ee9):
python3 extract.py CLONE > /dev/null. The kept documents are the README table's rows."""
import gzip
import re
import subprocess
import sys

here = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
clone = sys.argv[1]
docs = re.findall(r"^\| (GUM_\w+) \|", open(f"{here}/README.md", encoding="utf-8").read(), re.M)
out = []
for d in docs:
    t = subprocess.run(["git", "-C", clone, "show", f"HEAD:not-to-release/sources/{d}.conllu"],
                       capture_output=True, text=True, check=True).stdout
    for line in t.split("\n"):
        if line.startswith("#"):
            if line.startswith(("# newdoc id", "# sent_id", "# text =")) or line.strip() == "# newpar":
                out.append(line)
            continue
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        c = line.split("\t")
        misc = "SpaceAfter=No" if "SpaceAfter=No" in c[9].split("|") else "_"
        out.append("\t".join(c[:8] + ["_", misc]))
text = "\n".join(out).rstrip("\n") + "\n\n"
with gzip.GzipFile(f"{here}/gum-open-train.conllu.gz", "wb", mtime=0, compresslevel=9) as f:
    f.write(text.encode())
