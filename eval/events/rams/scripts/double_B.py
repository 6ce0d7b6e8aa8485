"""Annotator B's blind second coding of the passages with second_coder "B".

Coded exactly as code_B.py codes the main set, without looking at anyone else's coding.
Writes ../double-B.jsonl.
"""
from common import Coding, E, L

c = Coding(coder="B", out="double-B.jsonl", second=True)

c.doc("rams-a9f05c96dcc71c")  # email hack, no violence
c.doc("rams-20d5d77dd6c7ca")
c.doc("rams-1ab5367009c9cd")  # US withdrawal from Iraq recalled: a deployment, not coded
c.doc("rams-5729329ef36c36")
c.doc("rams-a3fdecf35f0e03")
c.doc("rams-7d2cef0c4b24fe")  # wars and jailings named only, as patterns
c.doc("rams-94bdaa66e6afe7")
c.doc("rams-3cae7ce82f40e8")
c.doc("rams-c82ee5a8c6a94b")  # a voter's wish, not a threat by an armed actor
c.doc("rams-be077f456c250d")

c.write()
