#!/usr/bin/env python3
"""Extracts the GeoNames points that /work/shared/data/geonames lacks, from a public copy
of GeoNames export files (PrimeEagle/PowerShell-GeonameGrampsImport @ 27e04e224cf7922f21017601b77e84fe53c0de0c;
its files are GeoNames exports, CC BY 4.0; the repository's own code is Apache-2.0).

Usage: prepare.py REPO_CHECKOUT_DIR  (writes points.tsv and regions.tsv beside this script)

- regions.tsv: continents, world regions, seas, gulfs, oceans and peninsulas from
  `no-country.txt` (features that belong to no single country), with their own points
  and the Latin-script names an English text may use.
- points.tsv: GeoNames' own points of countries (`output-countries-0.csv`) and US states
  (`output-us-1.csv`), as that repository exported them: rounded to whole degrees.
"""
import csv
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data')
if not os.path.isdir(SHARED):
    SHARED = '/work/shared/data'
REGION_CODES = {'CONT', 'RGN', 'SEA', 'GULF', 'OCN', 'PEN'}


def latin(s):
    return all(c.isascii() or '\u00c0' <= c <= '\u024f' or '\u1e00' <= c <= '\u1eff' for c in s) and any(
        c.isalpha() for c in s)


def utf16_csv(path):
    with open(path, 'rb') as f:
        text = f.read().decode('utf-16')
    rows = list(csv.reader(io.StringIO(text)))[2:]
    return [r for r in rows if len(r) >= 6 and r[4].lstrip('-').isdigit()]


def main(repo):
    out = []
    with open(os.path.join(repo, 'no-country.txt'), encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            if len(c) < 10 or c[7] not in REGION_CODES:
                continue
            alts = sorted({a for a in c[3].split(',') if len(a) >= 4 and latin(a) and a[0].isupper()
                           and a != c[1] and not a.isupper()})
            out.append((int(c[0]), c[1], c[4], c[5], c[6], c[7], c[9].strip(','), '|'.join(alts)))
    with open(os.path.join(HERE, 'regions.tsv'), 'w', encoding='utf-8') as f:
        f.write('# geonameid\tname\tlat\tlon\tclass\tcode\tcountries\tnames\n')
        for r in sorted(out):
            f.write('\t'.join(map(str, r)) + '\n')

    names = {}
    for line in open(os.path.join(SHARED, 'geonames', 'countryInfo.txt'), encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if not line.startswith('#') and len(f) >= 17:
            names[f[4].lower()] = (f[0], f[16])
    ids = {cc: gid for cc, gid in names.values()}
    for line in list(open(os.path.join(SHARED, 'demonyms', 'demonyms.tsv'), encoding='utf-8'))[1:]:
        f = line.rstrip('\n').split('\t')
        if len(f) >= 12 and f[0] in ids:
            for n in [f[3], f[4]] + f[11].split('|'):
                names.setdefault(n.lower(), (f[0], ids[f[0]]))
    names['democratic people’s republic of korea'] = ('KP', ids['KP'])
    points = []
    for r in utf16_csv(os.path.join(repo, 'output-countries-0.csv')):
        title = r[10].rsplit('/', 1)[-1].replace('_', ' ') if r[10] != 'NULL' else ''
        hit = names.get(title.lower()) or names.get(r[0].lower())
        if hit:
            points.append((int(hit[1]), hit[0], '', r[4], r[5]))
    admin1 = {}
    for line in open(os.path.join(SHARED, 'geonames', 'admin1CodesASCII.txt'), encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if f[0].startswith('US.'):
            admin1[f[2].lower()] = (f[0][3:], f[3])
    for r in utf16_csv(os.path.join(repo, 'output-us-1.csv')):
        hit = admin1.get(r[0].lower())
        if hit:
            points.append((int(hit[1]), 'US', hit[0], r[4], r[5]))
    with open(os.path.join(HERE, 'points.tsv'), 'w', encoding='utf-8') as f:
        f.write('# geonameid\tcountry\tadmin1\tlat\tlon (GeoNames feature points, rounded to whole degrees)\n')
        for p in sorted(set(points)):
            f.write('\t'.join(map(str, p)) + '\n')


if __name__ == '__main__':
    main(sys.argv[1])
