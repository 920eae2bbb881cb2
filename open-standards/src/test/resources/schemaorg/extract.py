# Writes terms-30.0.csv from the release files of schema.org 30.0, for the terms named on the
# command line and their supertypes. Run from a checkout of schemaorg/schemaorg:
#   python3 extract.py data/releases/30.0 Event Place name startDate ... > terms-30.0.csv
import csv, sys
release, used = sys.argv[1], sys.argv[2:]
def rows(name):
    return {r['id'].rsplit('/', 1)[1]: r for r in csv.DictReader(open(f'{release}/schemaorg-all-https-{name}.csv'))}
types, props = rows('types'), rows('properties')
short = lambda ids: ' '.join(i.strip().rsplit('/', 1)[1] for i in ids.split(',') if i.strip().startswith('https://schema.org/'))
layer = lambda r: 'pending' if 'pending' in r['isPartOf'] else 'core'
out, todo = {}, list(used)
while todo:
    term = todo.pop()
    if term in out:
        continue
    if term in props:
        r = props[term]; out[term] = ('property', layer(r), '', short(r['domainIncludes']))
    elif term in types:
        r = types[term]
        kind, parents = ('member', short(r['enumerationtype'])) if r['enumerationtype'] else ('type', short(r['subTypeOf']))
        out[term] = (kind, layer(r), parents, '')
        todo.extend(parents.split())
    else:
        sys.exit(f'{term} is not a term of this release')
w = csv.writer(sys.stdout, lineterminator='\n')
w.writerow(['term', 'kind', 'layer', 'parents', 'domainIncludes', 'used'])
for term in sorted(out, key=lambda t: (out[t][0], t)):
    w.writerow([term, *out[term], 'yes' if term in used else 'supertype'])
