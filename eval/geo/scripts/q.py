"""Quick gazetteer search: python3 q.py NAME [NAME...]  (uses a pickle cache in /tmp)."""
import os, pickle, sys
sys.path.insert(0, os.path.dirname(__file__))
import gaz
CACHE = "/tmp/gaz.pkl"
def get():
    if os.path.exists(CACHE):
        return pickle.load(open(CACHE, "rb"))
    g = gaz.load(); pickle.dump(g, open(CACHE, "wb")); return g
if __name__ == "__main__":
    g = get()
    for q in sys.argv[1:]:
        if q.isdigit():
            print("## id", q, g.describe(int(q))); continue
        print("##", q)
        for d in g.search(q, 8):
            d.pop("kind")
            print("   ", " ".join(f"{k}={v}" for k, v in d.items()))
